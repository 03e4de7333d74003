package id.go.madiunkota.portal;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What the templates show, prepared from the gateway's answers. */
public final class Views {

    /** The office's time zone: every time on a page is Madiun's. */
    static final java.time.ZoneId MADIUN = java.time.ZoneId.of("Asia/Jakarta");

    private Views() {
    }

    /** One choice of a radio group or a list: the value sent to the API and its words on the page. */
    public record Option(String value, String label) {
    }

    /** A complaint as its tracking page shows it; the answer and its time are null until answered. */
    public record Tracked(String code, String kind, String service, String status, boolean answered,
            String receivedAt, String answer, String answeredAt) {
    }

    /** A checklist version in force and its documents: those always asked, and those asked of a representative. */
    public record Checklist(String title, String version, String effectiveFrom, List<Document> always,
            List<Document> represented) {
    }

    /** One document to bring: its name in the page's language and whether the original, a copy or both. */
    public record Document(String code, String name, String what) {
    }

    /**
     * A provider's registration as its status page shows it: {@code stage} is WAITING (no verification yet),
     * IN_PROGRESS, REJECTED (bring {@code missing} and come again), ACTIVE or SUSPENDED.
     */
    public record ProviderStatus(String reference, String companyName, String businessForm, String stage,
            String statusText, String next, String registeredAt, String activatedAt, int attempt, String decidedAt,
            List<String> missing, String businessFormCode) {
    }

    /** A training session of the public schedule. */
    public record Session(String id, String title, String audience, String audienceCode, String day, String time,
            String room, String trainer, long placesLeft, long waitlisted, boolean full, boolean cancelled,
            boolean provisional) {
    }

    /** A service on the home page; time and cost are null when its standard could not be read. */
    @TemplateData

    public record ServiceCard(String slug, String name, String description, String time, String cost,
            String firstStep, String firstStepLabel) {
    }

    /** A service's page: its standard with the 14 components. */
    @TemplateData
    public record StandardPage(String slug, String name, String title, String decreeNumber, String effectiveDate,
            int version, String source, List<ComponentView> components) {
    }

    /** One component: its name in the page's language, its text (always Bahasa Indonesia) as lines. */
    @TemplateData
    public record ComponentView(int number, String name, List<String> lines, boolean derived, String note) {

        /** More than one line: shown as a list. */
        public boolean list() {
            return lines.size() > 1;
        }

        /** Every line carries its own number ("1. …"): the list shows those, not bullets as well. */
        public boolean numbered() {
            return list() && lines.stream().allMatch(line -> line.matches("\\d+[.)]\\s.*"));
        }
    }

    static StandardPage page(PortalService service, Standard standard, java.util.Map<String, String> m, String lang) {
        List<ComponentView> components = standard.components() == null ? List.of() : standard.components().stream()
                .map(c -> new ComponentView(c.number(), m.getOrDefault("component." + c.code(), c.name()),
                        lines(c.content()), Boolean.TRUE.equals(c.derived()), c.note()))
                .toList();
        return new StandardPage(service.slug(), m.get("service." + service.slug() + ".name"), standard.title(),
                standard.decreeNumber(), date(standard.effectiveDate(), lang), standard.version(), standard.source(),
                components);
    }

    /** The text's non-blank lines, without a leading list dash. */
    static List<String> lines(String content) {
        if (content == null) {
            return List.of();
        }
        return Arrays.stream(content.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.startsWith("- ") ? l.substring(2).strip() : l).toList();
    }

    /** The first line of a text, for the home page's short facts. */
    static String firstLine(String content) {
        List<String> lines = lines(content);
        return lines.isEmpty() ? null : lines.get(0);
    }

    /** An instant from the API as a date and time in Madiun (WIB), in the page's language; null stays null. */
    public static String when(String instant, String lang) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return java.time.OffsetDateTime.parse(instant).atZoneSameInstant(MADIUN)
                .format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm 'WIB'", locale));
    }

    /** The day of an instant in Madiun with its weekday ("Selasa, 8 Desember 2026"); null stays null. */
    public static String weekday(String instant, String lang) {
        if (instant == null || instant.isBlank()) {
            return null;
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return java.time.OffsetDateTime.parse(instant).atZoneSameInstant(MADIUN)
                .format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale));
    }

    /** The time of day of an instant in Madiun, as Indonesians write it ("09.00"). */
    public static String clock(String instant) {
        return java.time.OffsetDateTime.parse(instant).atZoneSameInstant(MADIUN)
                .format(DateTimeFormatter.ofPattern("HH.mm"));
    }

    /** A date from the API ({@code 2026-12-14}) in the page's language; null stays null. */
    public static String day(String isoDate, String lang) {
        return isoDate == null || isoDate.isBlank() ? null : date(LocalDate.parse(isoDate), lang);
    }

    static String date(LocalDate date, String lang) {
        if (date == null) {
            return null;
        }
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }
}
