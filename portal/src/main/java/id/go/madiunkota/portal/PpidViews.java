package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the PPID pages show, prepared from the gateway's answers ({@code TrackingView}, {@code GroundView}). */
public final class PpidViews {

    /** The grounds of an objection (UU 14/2008 Pasal 35 ayat 1), as the API's {@code ObjectionGround} names them. */
    static final List<String> OBJECTION_GROUNDS = List.of("REJECTED_UNDER_PASAL_17",
            "PERIODIC_INFORMATION_NOT_PUBLISHED", "REQUEST_NOT_ANSWERED", "ANSWERED_NOT_AS_REQUESTED",
            "REQUEST_NOT_FULFILLED", "UNREASONABLE_COST", "LATE_ANSWER");

    /** The request's letters (UU 14/2008 and Perki 1/2021), in the order the law has them written. */
    static final List<String> LETTERS = List.of("receipt", "extension", "decision");

    private static final Set<String> ENDED_WITHOUT_DECISION = Set.of("WITHDRAWN", "INVALID");

    private PpidViews() {
    }

    /** A legal ground for withholding information: its article, the law's words (Indonesian) and plain words. */
    public record Ground(String code, String article, String law, String plain) {
    }

    /** One step of a request's life: what happened (its words), the day (null when the API gives none). */
    public record Step(String kind, String text, String day, LocalDate date) {
    }

    /** A check box: the value sent, its words, whether it is ticked. */
    public record Check(String value, String label, boolean checked) {
    }

    /** The newest objection as tracking shows it; dates in the page's language, null when not (yet) known. */
    public record Objection(String registrationNumber, String status, String statusText, String outcomeText,
            String filedOn, String dueDate, String decidedOn, String disputeFiledOn, String disputeDueDate,
            String silenceDisputeDueDate, String silenceText) {

        /** Still with the PPID's superior: no second objection until it is answered. */
        public boolean open() {
            return "FILED".equals(status);
        }
    }

    /** A request as its tracking page shows it. */
    public record Tracked(String id, String code, String registrationNumber, String status, String statusText,
            String receivedOn, String dueDate, boolean overdue, boolean awaiting, boolean provisional,
            String outcome, String outcomeText, String outcomeExplained, List<String> grounds, String decidedOn,
            Objection objection, List<Step> steps, String laterText, String objectionDueDate,
            boolean objectionTooLate) {

        /** Whether the law allows an objection now: a decision was given, or the deadline passed without one. */
        public boolean objectionAllowed() {
            return id != null && !ENDED_WITHOUT_DECISION.contains(status) && (decidedOn != null || overdue)
                    && (objection == null || !objection.open()) && !objectionTooLate;
        }

        /** Still within the response period: an objection becomes possible after the due date. */
        public boolean objectionLater() {
            return awaiting && !overdue;
        }

        public boolean hasGrounds() {
            return !grounds.isEmpty();
        }
    }

    /** The tracking answer in the page's language, with its timeline in the order things happened. */
    static Tracked tracked(JsonNode t, String code, Map<String, String> m, String lang) {
        String status = t.path("status").asText();
        String outcome = t.path("outcome").asText(null);
        Objection objection = objection(t.path("objection"), m, lang);
        List<String> grounds = new ArrayList<>();
        t.path("exemptionGrounds").forEach(g -> grounds.add(article(g.asText(), m) + ": "
                + m.getOrDefault("ppid.ground." + g.asText(), g.asText())));
        boolean awaiting = Set.of("REGISTERED", "IN_PROGRESS", "EXTENDED").contains(status);
        return new Tracked(t.path("id").asText(null), code, t.path("registrationNumber").asText(), status,
                m.getOrDefault("ppid.status." + status, status), day(t, "receivedOn", lang), day(t, "dueDate", lang),
                t.path("overdue").asBoolean(), awaiting, t.path("calendarProvisional").asBoolean(), outcome,
                outcome == null ? null : m.getOrDefault("ppid.outcome." + outcome, outcome),
                outcome == null ? null : m.get("ppid.decision." + outcome), grounds, day(t, "decidedOn", lang),
                objection, steps(t, status, outcome, m, lang),
                m.get("ppid.objection.later").replace("{0}", String.valueOf(day(t, "dueDate", lang))),
                day(t, "objectionDueDate", lang), t.hasNonNull("objectionDueDate")
                        && LocalDate.now(Views.MADIUN).isAfter(LocalDate.parse(t.path("objectionDueDate").asText())));
    }

    private static Objection objection(JsonNode o, Map<String, String> m, String lang) {
        if (o.isMissingNode() || o.isNull()) {
            return null;
        }
        String status = o.path("status").asText();
        String outcome = o.path("outcome").asText(null);
        return new Objection(o.path("registrationNumber").asText(), status,
                m.getOrDefault("ppid.objection.status." + status, status),
                outcome == null ? null : m.getOrDefault("ppid.objection.outcome." + outcome, outcome),
                day(o, "filedOn", lang), day(o, "dueDate", lang), day(o, "decidedOn", lang),
                day(o, "disputeFiledOn", lang), day(o, "disputeDueDate", lang), day(o, "silenceDisputeDueDate", lang),
                m.get("ppid.dispute.silence").replace("{0}", String.valueOf(day(o, "dueDate", lang))));
    }

    /** The steps with a day in the order of their days (ties in the order of the law), then those without one. */
    static List<Step> steps(JsonNode t, String status, String outcome, Map<String, String> m, String lang) {
        List<Step> steps = new ArrayList<>();
        add(steps, "received", m.get("ppid.step.received"), t, "receivedOn", lang);
        if (t.hasNonNull("extendedOn")) {
            add(steps, "extended", m.get("ppid.step.extended").replace("{0}", day(t, "dueDate", lang)), t,
                    "extendedOn", lang);
        }
        if (outcome != null && t.hasNonNull("decidedOn")) {
            add(steps, "decided", m.get("ppid.step.decided").replace("{0}",
                    m.getOrDefault("ppid.outcome." + outcome, outcome)), t, "decidedOn", lang);
        }
        add(steps, "delivered", m.get("ppid.step.delivered"), t, "deliveredOn", lang);
        JsonNode o = t.path("objection");
        if (o.isObject()) {
            add(steps, "objectionFiled", m.get("ppid.step.objectionFiled")
                    .replace("{0}", o.path("registrationNumber").asText()), o, "filedOn", lang);
            String objectionOutcome = o.path("outcome").asText(null);
            if (objectionOutcome != null) {
                add(steps, "objectionDecided", m.get("ppid.step.objectionDecided").replace("{0}",
                        m.getOrDefault("ppid.objection.outcome." + objectionOutcome, objectionOutcome)), o,
                        "decidedOn", lang);
            }
            add(steps, "disputeFiled", m.get("ppid.step.disputeFiled"), o, "disputeFiledOn", lang);
        }
        steps.sort(Comparator.comparing(Step::date, Comparator.nullsLast(Comparator.naturalOrder())));
        if (Set.of("WITHDRAWN", "INVALID", "CLOSED").contains(status)) {
            steps.add(new Step(status.toLowerCase(Locale.ROOT), m.get("ppid.step." + status), null, null));
        }
        return steps;
    }

    /**
     * The letters written so far for the request of a tracking or request answer: the receipt always, the extension
     * once extended, the written notice once decided; each as its kind and its title in the page's language.
     */
    static List<Views.Option> letters(JsonNode r, Map<String, String> m) {
        List<Views.Option> letters = new ArrayList<>();
        letters.add(new Views.Option("receipt", m.get("ppid.letter.receipt")));
        if (r.hasNonNull("extendedOn")) {
            letters.add(new Views.Option("extension", m.get("ppid.letter.extension")));
        }
        if (r.hasNonNull("decidedOn") || r.path("decision").isObject()) {
            letters.add(new Views.Option("decision", m.get("ppid.letter.decision")));
        }
        return letters;
    }

    /** The article of an exemption ground's code: {@code PASAL_17_H} is "Pasal 17 huruf h". */
    static String article(String code, Map<String, String> m) {
        if (code.startsWith("PASAL_17_")) {
            return m.get("ppid.article17").replace("{0}", code.substring(9).toLowerCase(Locale.ROOT));
        }
        return "PASAL_6_3".equals(code) ? m.get("ppid.article6") : code;
    }

    private static void add(List<Step> steps, String kind, String text, JsonNode node, String field, String lang) {
        String iso = node.path(field).asText(null);
        if (iso != null && !iso.isBlank()) {
            steps.add(new Step(kind, text, Views.day(iso, lang), LocalDate.parse(iso)));
        }
    }

    private static String day(JsonNode node, String field, String lang) {
        return Views.day(node.path(field).asText(null), lang);
    }

    /** The exemption grounds of {@code GET /api/ppid/exemption-grounds}, each with its plain words. */
    static List<Ground> grounds(JsonNode items, Map<String, String> m) {
        List<Ground> grounds = new ArrayList<>();
        for (JsonNode g : items) {
            String code = g.path("code").asText();
            String article = article(code, m);
            grounds.add(new Ground(code, article.equals(code) ? g.path("article").asText() : article,
                    g.path("text").asText(),
                    m.get("ppid.ground." + code)));
        }
        return grounds;
    }

    /** The objection's grounds as check boxes, ticked as the visitor sent them. */
    static List<Check> objectionGrounds(Map<String, String> m, List<String> ticked) {
        return OBJECTION_GROUNDS.stream()
                .map(g -> new Check(g, m.get("ppid.objectionGround." + g), ticked.contains(g))).toList();
    }
}
