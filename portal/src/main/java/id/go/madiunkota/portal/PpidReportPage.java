package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The PPID's annual report on its information services, as the public reads it ({@code GET
 * /api/ppid/reports/annual/public}): how many requests came in and by which channel, how they ended, the exemption
 * grounds cited, how long decisions took, and the objections and disputes. The year in progress by default; the
 * three before it one link away.
 */
@Path("/layanan/ppid/laporan")
@Produces(MediaType.TEXT_HTML)
public class PpidReportPage {

    static final String PATH = "/layanan/ppid/laporan";
    private static final int FIRST_YEAR = 2000;

    private final Api api;
    private final PageRenderer pages;
    private final Template report;

    public PpidReportPage(Api api, PageRenderer pages, @Location("ppid/report.html") Template report) {
        this.api = api;
        this.pages = pages;
        this.report = report;
    }

    /** One line of a table: its words and its figure. */
    public record Line(String label, String value) {
    }

    /** A year to link to; {@code current} for the one shown. */
    public record YearLink(int year, boolean current) {
    }

    @GET
    public Response page(@QueryParam("tahun") String year, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        int thisYear = LocalDate.now(Views.MADIUN).getYear();
        int shown = parse(year, thisYear);
        String path = PATH + "?tahun=" + shown;
        if (shown < FIRST_YEAR || shown > thisYear) {
            return pages.notFound(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/reports/annual/public", Map.of("year", shown), language, null);
        if (!answer.ok()) {
            return pages.unavailable(language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        JsonNode r = answer.body();
        List<YearLink> years = new ArrayList<>();
        for (int y = thisYear; y >= Math.max(FIRST_YEAR, thisYear - 3); y--) {
            years.add(new YearLink(y, y == shown));
        }
        return pages.render(report.data("year", shown).data("years", years).data("inProgress", shown == thisYear)
                .data("total", r.path("requests").path("total").asLong())
                .data("extended", r.path("requests").path("extended").asLong())
                .data("channels", lines(r.path("channels"), "ppid.channel.", m))
                .data("outcomes", lines(r.path("outcomes"), "ppid.report.outcome.", m))
                .data("grounds", grounds(r.path("rejectionGrounds"), m))
                .data("timing", timing(r.path("timing"), m, language))
                .data("objections", objections(r.path("objections"), m)), language, lang, path, 200);
    }

    private static int parse(String year, int fallback) {
        if (year == null || year.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Line> lines(JsonNode counts, String prefix, Map<String, String> m) {
        List<Line> lines = new ArrayList<>();
        counts.fields().forEachRemaining(e -> lines.add(new Line(m.getOrDefault(prefix + e.getKey(), e.getKey()),
                e.getValue().asText())));
        return lines;
    }

    private static List<Line> grounds(JsonNode grounds, Map<String, String> m) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode g : grounds) {
            String code = g.path("code").asText();
            lines.add(new Line(g.path("article").asText(code) + ": "
                    + m.getOrDefault("ppid.ground." + code, g.path("text").asText("")), g.path("count").asText()));
        }
        return lines;
    }

    private static List<Line> timing(JsonNode t, Map<String, String> m, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(m.get("ppid.report.decided"), t.path("decided").asText()));
        if (t.hasNonNull("averageWorkingDaysToDecision")) {
            lines.add(new Line(m.get("ppid.report.average"), String.format(locale, "%.1f %s",
                    t.path("averageWorkingDaysToDecision").asDouble(), m.get("ppid.report.workingDays"))));
            lines.add(new Line(m.get("ppid.report.longest"), t.path("maximumWorkingDaysToDecision").asText() + " "
                    + m.get("ppid.report.workingDays")));
            lines.add(new Line(m.get("ppid.report.onTime"), String.format(locale, "%.0f%%",
                    t.path("decidedOnTimeShare").asDouble() * 100)));
        }
        return lines;
    }

    private static List<Line> objections(JsonNode o, Map<String, String> m) {
        List<Line> lines = new ArrayList<>();
        for (String key : List.of("total", "upheld", "overturned", "undecided", "disputes")) {
            lines.add(new Line(m.get("ppid.report.objections." + key), o.path(key).asText("0")));
        }
        o.path("disputeOutcomes").fields().forEachRemaining(e -> lines.add(new Line(
                m.getOrDefault("ppid.report.dispute." + e.getKey(), e.getKey()), e.getValue().asText())));
        return lines;
    }
}
