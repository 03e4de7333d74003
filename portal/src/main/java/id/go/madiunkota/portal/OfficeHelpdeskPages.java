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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The helpdesk agent's desk ({@code /kantor/helpdesk}): a phone or walk-in consultation recorded from the keyboard in
 * one short form (the channel and the caller's role preset to the usual, the first field focused), and the agent's
 * callback queue with its timers (due, overdue) and the "called back" button. A recorded consultation opens on its
 * own page, where it is answered, escalated to LKPP and closed ({@link OfficeConsultationPages}).
 */
@Path("/kantor/helpdesk")
@Produces(MediaType.TEXT_HTML)
public class OfficeHelpdeskPages {

    static final List<String> CHANNELS = List.of("PHONE", "WALK_IN", "EMAIL", "SMS");
    static final List<String> CALLER_ROLES = List.of("PROVIDER", "PROCUREMENT_OFFICIAL", "COMMITTEE", "OTHER");
    static final List<String> FIELDS = List.of("channel", "caller.name", "caller.role", "caller.organization",
            "caller.phone", "topic", "question");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final OfficePages office;
    private final Template desk;

    public OfficeHelpdeskPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            OfficePages office, @Location("office/helpdesk.html") Template desk) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.office = office;
        this.desk = desk;
    }

    /** A pending callback as the queue shows it: whom to call, about what, by when. */
    @TemplateData
    public record Callback(String id, String consultationId, String callerName, String callerPhone, String topic,
            String dueAt, boolean due, boolean overdue) {
    }

    @GET
    public Response desk(@QueryParam("selesai") String done, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(Form.empty().preset("channel", "PHONE").preset("caller.role", "PROVIDER"),
                "called".equals(done) ? Messages.of(language).get("office.helpdesk.done.called") : null, language,
                lang, 200);
    }

    /** Records the consultation; its page follows, where the agent answers or escalates it. */
    @POST
    @Path("konsultasi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response open(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!visitor.has(OfficeRoles.HELPDESK_AGENT)) {
            return office.notStaff(language, null, "/kantor/helpdesk");
        }
        Form form = Form.of(posted);
        ObjectNode body = form.json(FIELDS);
        Api.Answer answer = api.post("/api/helpdesk/consultations", body, language, visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), FIELDS);
            return show(form, null, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, "/kantor/helpdesk");
        }
        return Response.seeOther(URI.create("/kantor/helpdesk/konsultasi/" + answer.body().path("id").asText()
                + "?selesai=opened")).build();
    }

    /** The agent called the caller back: the callback leaves the queue. */
    @POST
    @Path("panggilan/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calledBack(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, null, "/kantor/helpdesk");
        }
        if (!visitor.has(OfficeRoles.HELPDESK_AGENT)) {
            return office.notStaff(language, null, "/kantor/helpdesk");
        }
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/helpdesk/callbacks/" + id + "/completion", form.json(List.of("note")),
                language, visitor.token(), form.key());
        if (!answer.ok() && answer.status() != 409) {
            return account.trouble(answer, language, null, "/kantor/helpdesk");
        }
        return Response.seeOther(URI.create("/kantor/helpdesk?selesai=called")).build();
    }

    /** The topic catalogue in the page's language ({@code GET /api/helpdesk/topics}, public). */
    static List<Views.Option> topics(Api api, String language) {
        Api.Answer topics = api.get("/api/helpdesk/topics", Map.of("page", 0, "size", 50), language, null);
        List<Views.Option> options = new ArrayList<>();
        topics.body().path("items").forEach(t -> options.add(new Views.Option(t.path("code").asText(),
                t.path("label").asText())));
        return options;
    }

    private Response show(Form form, String done, String language, String lang, int status) {
        String path = "/kantor/helpdesk";
        if (!visitor.has(OfficeRoles.HELPDESK_AGENT)) {
            return office.notStaff(language, lang, path);
        }
        Api.Answer callbacks = api.get("/api/helpdesk/callbacks", Map.of("page", 0, "size", 50), language,
                visitor.token());
        if (!callbacks.ok()) {
            return account.trouble(callbacks, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        List<Views.Option> topicOptions = topics(api, language);
        Map<String, String> topicWords = new java.util.HashMap<>();
        topicOptions.forEach(o -> topicWords.put(o.value(), o.label()));
        List<Callback> queue = new ArrayList<>();
        for (JsonNode c : callbacks.body().path("items")) {
            String topic = c.path("topic").asText(null);
            queue.add(new Callback(c.path("id").asText(), c.path("consultationId").asText(),
                    c.path("callerName").asText(null), c.path("callerPhone").asText(null),
                    topic == null ? null : topicWords.getOrDefault(topic, topic),
                    Views.clock(c.path("dueAt").asText()), c.path("due").asBoolean(), c.path("overdue").asBoolean()));
        }
        return pages.render(desk.data("form", form).data("done", done).data("callbacks", queue)
                .data("topics", topicOptions)
                .data("channels", OfficeViews.options(CHANNELS, "office.helpdesk.channel.", m))
                .data("roles", OfficeViews.options(CALLER_ROLES, "office.helpdesk.role.", m)), language, lang, path,
                status);
    }
}
