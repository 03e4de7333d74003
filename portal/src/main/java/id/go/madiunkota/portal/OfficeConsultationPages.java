package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One consultation at the helpdesk agent's desk ({@code /kantor/helpdesk/konsultasi/{id}}): the caller, the question,
 * the time against the standard (LKPP's wait shown apart), and the moves its status allows — answer directly,
 * escalate to LKPP (a callback is queued), record LKPP's answer, tell the caller (accepted, or back to open), close.
 */
@Path("/kantor/helpdesk/konsultasi/{id}")
@Produces(MediaType.TEXT_HTML)
public class OfficeConsultationPages {

    /** Each move and the fields of its form. */
    static final Map<String, List<String>> MOVES = Map.of(
            "resolution", List.of("answer"),
            "escalation", List.of("note"),
            "lkpp-answer", List.of("answer", "lkppReference"),
            "relay", List.of("accepted"),
            "closure", List.of());
    static final List<String> DONE = List.of("opened", "resolution", "escalation", "lkpp-answer", "relay", "closure");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final OfficePages office;
    private final Template page;

    public OfficeConsultationPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            OfficePages office, @Location("office/consultation.html") Template page) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.office = office;
        this.page = page;
    }

    /** The consultation as the agent works on it. */
    @TemplateData
    public record Consultation(String id, String statusCode, String status, String channel, String callerName,
            String callerRole, String organization, String phone, String topic, String question, String openedAt,
            String answer, String lkppAnswer, String lkppReference, int targetMinutes, long elapsedMinutes,
            long lkppWaitMinutes, boolean withinTarget, boolean relayed) {

        public boolean canResolve() {
            return "OPEN".equals(statusCode);
        }

        public boolean canEscalate() {
            return "OPEN".equals(statusCode);
        }

        public boolean canRecordLkpp() {
            return "ESCALATED".equals(statusCode);
        }

        public boolean canRelay() {
            return "ANSWERED".equals(statusCode) && !relayed;
        }

        public boolean canClose() {
            return "RESOLVED".equals(statusCode) || "ANSWERED".equals(statusCode) && relayed;
        }
    }

    @GET
    public Response one(@PathParam("id") String id, @QueryParam("selesai") String done,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String shown = done != null && DONE.contains(done) ? Messages.of(language).get("office.helpdesk.done." + done)
                : null;
        return show(id, shown, null, Form.empty(), language, lang, 200);
    }

    @POST
    @Path("{move}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, @PathParam("move") String move,
            MultivaluedMap<String, String> posted, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        String path = "/kantor/helpdesk/konsultasi/" + Api.segment(id);
        if (!AccountPages.uuid(id) || !MOVES.containsKey(move)) {
            return pages.notFound(language, null, path);
        }
        if (!visitor.has(OfficeRoles.HELPDESK_AGENT)) {
            return office.notStaff(language, null, path);
        }
        Form form = Form.of(posted);
        ObjectNode body = form.json(MOVES.get(move).stream().filter(f -> !f.equals("accepted")).toList());
        if ("relay".equals(move)) {
            body.put("accepted", "true".equals(form.valueOrNull("accepted")));
        }
        Api.Answer answer = api.post("/api/helpdesk/consultations/" + id + "/" + move, body, language,
                visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), MOVES.get(move));
            return show(id, null, move, form, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, path);
        }
        return Response.seeOther(URI.create(path + "?selesai=" + move)).build();
    }

    private Response show(String id, String done, String failed, Form form, String language, String lang,
            int status) {
        String path = "/kantor/helpdesk/konsultasi/" + Api.segment(id);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, lang, path);
        }
        if (!visitor.has(OfficeRoles.HELPDESK_AGENT)) {
            return office.notStaff(language, lang, path);
        }
        Api.Answer answer = api.get("/api/helpdesk/consultations/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, Form> forms = new HashMap<>();
        MOVES.keySet().forEach(move -> forms.put(move, move.equals(failed) ? form : Form.empty()));
        Consultation found = consultation(answer.body(), Messages.of(language), language);
        String topic = OfficeHelpdeskPages.topics(api, language).stream().filter(o -> o.value().equals(found.topic()))
                .map(Views.Option::label).findFirst().orElse(found.topic());
        Map<String, String> m = Messages.of(language);
        String time = m.get("office.helpdesk.minutes").replace("{0}", String.valueOf(found.elapsedMinutes()))
                .replace("{1}", String.valueOf(found.targetMinutes()));
        if (found.lkppWaitMinutes() > 0) {
            time += "; " + m.get("office.helpdesk.lkppWait").replace("{0}", String.valueOf(found.lkppWaitMinutes()));
        }
        return pages.render(page.data("c", found).data("topic", topic).data("time", time)
                .data("done", done).data("forms", forms), language, lang, path, status);
    }

    static Consultation consultation(JsonNode c, Map<String, String> m, String lang) {
        JsonNode caller = c.path("caller");
        JsonNode timing = c.path("timing");
        JsonNode last = c.path("escalations").isArray() && !c.path("escalations").isEmpty()
                ? c.path("escalations").get(c.path("escalations").size() - 1) : null;
        String status = c.path("status").asText();
        return new Consultation(c.path("id").asText(), status,
                m.getOrDefault("office.helpdesk.status." + status, status),
                m.getOrDefault("office.helpdesk.channel." + c.path("channel").asText(), c.path("channel").asText()),
                caller.path("name").asText(null),
                m.getOrDefault("office.helpdesk.role." + caller.path("role").asText(), caller.path("role").asText()),
                caller.path("organization").asText(null), caller.path("phone").asText(null),
                c.path("topic").asText(null), c.path("question").asText(null),
                Views.when(c.path("openedAt").asText(null), lang), c.path("answer").asText(null),
                last == null ? null : last.path("answer").asText(null),
                last == null ? null : last.path("lkppReference").asText(null), timing.path("targetMinutes").asInt(),
                timing.path("elapsedMinutes").asLong(), timing.path("lkppWaitSeconds").asLong() / 60,
                timing.path("withinTarget").asBoolean(), last != null && last.hasNonNull("relayedAt"));
    }
}
