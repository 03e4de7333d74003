package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The citizen's requests and objections as the account pages show them, prepared from the PPID API's answers
 * ({@code RequestView}, {@code ObjectionView}): codes turned into words of the page's language, dates in words.
 */
public final class AccountViews {

    /** Still waiting for the PPID's decision: the owner may withdraw it. */
    static final Set<String> AWAITING_DECISION = Set.of("REGISTERED", "IN_PROGRESS", "EXTENDED");

    /** Ended without an answer to object to. */
    static final Set<String> ENDED = Set.of("WITHDRAWN", "INVALID");

    /** The grounds of an objection, UU 14/2008 Pasal 35 ayat (1) huruf a–g, in the API's order. */
    static final List<String> GROUNDS = List.of("REJECTED_UNDER_PASAL_17", "PERIODIC_INFORMATION_NOT_PUBLISHED",
            "REQUEST_NOT_ANSWERED", "ANSWERED_NOT_AS_REQUESTED", "REQUEST_NOT_FULFILLED", "UNREASONABLE_COST",
            "LATE_ANSWER");

    private AccountViews() {
    }

    /** One request of the citizen; the decision's parts are null until decided. */
    @TemplateData
    public record Request(String id, String registrationNumber, String trackingCode, String statusCode,
            String status, String receivedOn, String dueDate, boolean dueSoon, boolean overdue, String extendedOn,
            String extensionReason, String information, String purpose, String outcome, String decidedOn,
            List<String> exemptions, String decisionNote, String deliveredAt) {

        /** Undecided: the owner may withdraw it. */
        public boolean withdrawable() {
            return AWAITING_DECISION.contains(statusCode);
        }

        /**
         * The law may allow an objection: decided (or delivered, closed), or undecided past its due date. The API
         * has the last word (a ground the facts do not bear out, or too late, is refused with its reason).
         */
        public boolean objectable() {
            return !ENDED.contains(statusCode) && (!withdrawable() || overdue);
        }
    }

    /** One objection of the citizen. */
    @TemplateData
    public record Objection(String id, String registrationNumber, String requestId, String status,
            List<String> grounds, String reason, String filedOn, String dueDate, String outcome,
            String decisionReason, String decidedOn, String disputeDueDate, String silenceDisputeDueDate,
            String commissionCaseNumber, String disputeFiledOn) {
    }

    /** A checkbox of the objection form: the ground's code, its plain words, ticked or not. */
    @TemplateData
    public record Ground(String value, String label, boolean checked) {
    }

    /** One page of a list: the items, this page (from 1), the number of pages and the links around. */
    @TemplateData
    public record Paged<T>(List<T> items, int page, int pages, long total) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }

    static Request request(JsonNode r, Map<String, String> m, String lang) {
        JsonNode decision = r.path("decision");
        List<String> exemptions = new ArrayList<>();
        for (JsonNode ground : decision.path("exemptionGrounds")) {
            String article = text(ground, "article");
            String words = text(ground, "text");
            exemptions.add(article == null ? words : words == null ? article : article + ": " + words);
        }
        String outcome = text(decision, "outcome");
        return new Request(text(r, "id"), text(r, "registrationNumber"), text(r, "trackingCode"),
                text(r, "status"), words(m, "account.status.", text(r, "status")),
                Views.day(text(r, "receivedOn"), lang), Views.day(text(r, "dueDate"), lang),
                r.path("dueSoon").asBoolean(false), r.path("overdue").asBoolean(false),
                Views.day(text(r, "extendedOn"), lang), text(r, "extensionReason"),
                text(r, "informationRequested"), text(r, "purpose"),
                outcome == null ? null : words(m, "account.status.", outcome),
                Views.day(text(decision, "decidedOn"), lang), exemptions, text(decision, "note"),
                Views.when(text(r, "deliveredAt"), lang));
    }

    static Objection objection(JsonNode o, Map<String, String> m, String lang) {
        List<String> grounds = new ArrayList<>();
        for (JsonNode ground : o.path("grounds")) {
            grounds.add(words(m, "account.ground.", ground.asText()));
        }
        String outcome = text(o, "outcome");
        return new Objection(text(o, "id"), text(o, "registrationNumber"), text(o, "requestId"),
                words(m, "account.objectionStatus.", text(o, "status")), grounds, text(o, "reason"),
                Views.day(text(o, "filedOn"), lang), Views.day(text(o, "dueDate"), lang),
                outcome == null ? null : words(m, "account.outcome.", outcome), text(o, "decisionReason"),
                Views.day(text(o, "decidedOn"), lang), Views.day(text(o, "disputeDueDate"), lang),
                "FILED".equals(text(o, "status")) ? Views.day(text(o, "silenceDisputeDueDate"), lang) : null,
                text(o, "commissionCaseNumber"), Views.day(text(o, "disputeFiledOn"), lang));
    }

    /** The page of a list answer {@code {items, page, size, total}}, each item prepared by {@code item}. */
    static <T> Paged<T> paged(JsonNode answer, java.util.function.Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        answer.path("items").forEach(node -> items.add(item.apply(node)));
        int size = Math.max(1, answer.path("size").asInt(AccountPages.PAGE_SIZE));
        long total = answer.path("total").asLong(items.size());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Paged<>(items, answer.path("page").asInt(0) + 1, pages, total);
    }

    static List<Ground> grounds(Map<String, String> m, List<String> chosen) {
        return GROUNDS.stream().map(g -> new Ground(g, m.get("account.ground." + g), chosen.contains(g))).toList();
    }

    /** The words for a code, or the code itself when the portal does not know it yet (a newer API). */
    private static String words(Map<String, String> m, String prefix, String code) {
        return code == null ? null : m.getOrDefault(prefix + code, code);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
