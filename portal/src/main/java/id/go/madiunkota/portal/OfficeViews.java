package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the back office's PPID screens show, prepared from the PPID API's {@code RequestView}: the queue's rows and one
 * request with its history and the moves its status allows. Which moves the officer is offered follows the flow the
 * service enforces (README of ppid-service, "States"), so that no button leads to a 409.
 */
public final class OfficeViews {

    /** Decided: the answer can be delivered. */
    static final Set<String> DECIDED = Set.of("GRANTED", "PARTIALLY_GRANTED", "REJECTED", "NOT_HELD");
    static final List<String> OUTCOMES = List.of("GRANTED", "PARTIALLY_GRANTED", "REJECTED", "NOT_HELD");
    static final List<String> DELIVERY_METHODS = List.of("PICKUP", "EMAIL", "POST", "COURIER", "FAX");
    static final List<String> STATUSES = List.of("REGISTERED", "IN_PROGRESS", "EXTENDED", "GRANTED",
            "PARTIALLY_GRANTED", "REJECTED", "NOT_HELD", "DELIVERED", "CLOSED", "WITHDRAWN", "INVALID");

    private OfficeViews() {
    }

    /** One line of the queue. */
    @TemplateData
    public record Row(String id, String registrationNumber, String applicant, String channel, String receivedOn,
            String dueDate, boolean dueSoon, boolean overdue, boolean provisional, String status) {
    }

    /** One thing that happened to the request: its words, when, and the officer who did it (null: the system). */
    @TemplateData
    public record Event(String text, String when, String who) {
    }

    /** One request as the officer works on it. */
    @TemplateData
    public record Request(AccountViews.Request facts, String channel, String applicant, String applicantType,
            String nikMasked, String email, String representative, String obtainMethod, String deliveryMethod,
            boolean provisional, String consequenceTest, String withheldParts, String heldBy, List<Event> history) {

        public boolean canStart() {
            return "REGISTERED".equals(facts.statusCode());
        }

        /** Once, before the decision (the service also refuses it after the first 10 working days, with its reason). */
        public boolean canExtend() {
            return Set.of("REGISTERED", "IN_PROGRESS").contains(facts.statusCode()) && facts.extendedOn() == null;
        }

        public boolean canDecide() {
            return AccountViews.AWAITING_DECISION.contains(facts.statusCode());
        }

        public boolean canInvalidate() {
            return Set.of("REGISTERED", "IN_PROGRESS").contains(facts.statusCode());
        }

        public boolean canDeliver() {
            return DECIDED.contains(facts.statusCode());
        }

        public boolean canClose() {
            return "DELIVERED".equals(facts.statusCode());
        }
    }

    static Row row(JsonNode r, Map<String, String> m, String lang) {
        return new Row(text(r, "id"), text(r, "registrationNumber"), text(r.path("applicant"), "name"),
                words(m, "ppid.channel.", text(r, "channel")), Views.day(text(r, "receivedOn"), lang),
                Views.day(text(r, "dueDate"), lang), r.path("dueSoon").asBoolean(false),
                r.path("overdue").asBoolean(false), r.path("calendarProvisional").asBoolean(false),
                words(m, "account.status.", text(r, "status")));
    }

    static Request request(JsonNode r, Map<String, String> m, String lang) {
        JsonNode applicant = r.path("applicant");
        JsonNode decision = r.path("decision");
        return new Request(AccountViews.request(r, m, lang), words(m, "ppid.channel.", text(r, "channel")),
                text(applicant, "name"), words(m, "office.applicantType.", text(applicant, "type")),
                text(applicant, "nikMasked"), text(applicant, "email"), text(applicant, "representativeName"),
                words(m, "office.obtainMethod.", text(r, "obtainMethod")),
                words(m, "ppid.deliveryMethod.", text(r, "deliveryMethod")),
                r.path("calendarProvisional").asBoolean(false), text(decision, "consequenceTest"),
                text(decision, "withheldParts"), text(decision, "heldBy"), history(r, decision, m, lang));
    }

    /** What happened, oldest first, from the request's own dates and the names of the officers who acted. */
    static List<Event> history(JsonNode r, JsonNode decision, Map<String, String> m, String lang) {
        List<Event> events = new ArrayList<>();
        events.add(new Event(m.get("office.history.received").replace("{0}",
                String.valueOf(words(m, "ppid.channel.", text(r, "channel")))), Views.when(text(r, "receivedAt"),
                lang), text(r, "recordedBy")));
        if (r.hasNonNull("extendedOn")) {
            events.add(new Event(m.get("office.history.extended").replace("{0}",
                    String.valueOf(Views.day(text(r, "dueDate"), lang))), Views.day(text(r, "extendedOn"), lang),
                    text(r, "extendedBy")));
        }
        if (decision.isObject()) {
            events.add(new Event(m.get("office.history.decided").replace("{0}",
                    String.valueOf(words(m, "account.status.", text(decision, "outcome")))),
                    Views.day(text(decision, "decidedOn"), lang), text(decision, "decidedBy")));
        }
        if (r.hasNonNull("deliveredAt")) {
            events.add(new Event(m.get("office.history.delivered"), Views.when(text(r, "deliveredAt"), lang),
                    text(r, "deliveredBy")));
        }
        String status = text(r, "status");
        if (Set.of("CLOSED", "WITHDRAWN", "INVALID").contains(status)) {
            events.add(new Event(words(m, "account.status.", status), null, null));
        }
        return events;
    }

    /** The options of a drop-down or radio group: the API's code and its words in the page's language. */
    static List<Views.Option> options(List<String> codes, String prefix, Map<String, String> m) {
        return codes.stream().map(code -> new Views.Option(code, m.getOrDefault(prefix + code, code))).toList();
    }

    private static String words(Map<String, String> m, String prefix, String code) {
        return code == null ? null : m.getOrDefault(prefix + code, code);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
