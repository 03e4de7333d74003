package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objections (keberatan) as the PPID's superior works on them ({@code /kantor/ppid/keberatan}): the queue with
 * each objection's 30-working-day clock (UU 14/2008 Pasal 36), one objection with the request it is about, and the
 * superior's decision ({@code POST /api/ppid/objections/{id}/decision}, upheld or overturned with reasons). The
 * officer and the auditor read them without the decision.
 */
@Path("/kantor/ppid/keberatan")
@Produces(MediaType.TEXT_HTML)
public class OfficeObjectionPages {

    static final List<String> STATUSES = List.of("FILED", "DECIDED", "ACCEPTED", "ESCALATED");
    static final List<String> OUTCOMES = List.of("UPHELD", "OVERTURNED");
    static final List<String> DECISION_FIELDS = List.of("outcome", "reason");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final OfficePages office;
    private final Template queue;
    private final Template one;

    public OfficeObjectionPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            OfficePages office, @Location("office/objections.html") Template queue,
            @Location("office/objection.html") Template one) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.office = office;
        this.queue = queue;
        this.one = one;
    }

    /** One objection as the office reads it: words in the page's language, the clock while it is open. */
    @TemplateData
    public record Objection(String id, String registrationNumber, String requestId, String statusCode,
            String status, List<String> grounds, String reason, String filedOn, String dueDate, boolean overdue,
            String outcome, String decisionReason, String decidedOn, String decidedBy, String disputeDueDate) {

        public boolean open() {
            return "FILED".equals(statusCode);
        }
    }

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("halaman") String pageParam,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String path = "/kantor/ppid/keberatan";
        if (OfficeRoles.PPID_READERS.stream().noneMatch(visitor::has)) {
            return office.notStaff(language, lang, path);
        }
        int page = AccountPages.page(pageParam);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        Map<String, Object> query = new HashMap<>();
        query.put("page", page - 1);
        query.put("size", OfficePages.PAGE_SIZE);
        query.put("status", chosen);
        Api.Answer answer = api.get("/api/ppid/objections", query, language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Paged<Objection> found = AccountViews.paged(answer.body(), o -> objection(o, m, language));
        return pages.render(queue.data("list", found).data("status", chosen)
                .data("base", path + "?" + (chosen == null ? "" : "status=" + chosen + "&"))
                .data("statuses", OfficeViews.options(STATUSES, "ppid.objection.status.", m)), language, lang, path,
                200);
    }

    @GET
    @Path("{id}")
    public Response show(@PathParam("id") String id, @QueryParam("selesai") String done,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(id, "1".equals(done), Form.empty(), language, lang, 200);
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        String path = "/kantor/ppid/keberatan/" + Api.segment(id);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, null, path);
        }
        if (!visitor.has(OfficeRoles.PPID_SUPERIOR)) {
            return office.notStaff(language, null, path);
        }
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/ppid/objections/" + id + "/decision", form.json(DECISION_FIELDS),
                language, visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), DECISION_FIELDS);
            return show(id, false, form, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, path);
        }
        return Response.seeOther(URI.create(path + "?selesai=1")).build();
    }

    private Response show(String id, boolean done, Form form, String language, String lang, int status) {
        String path = "/kantor/ppid/keberatan/" + Api.segment(id);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, lang, path);
        }
        if (OfficeRoles.PPID_READERS.stream().noneMatch(visitor::has)) {
            return office.notStaff(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/objections/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        return pages.render(one.data("o", objection(answer.body(), m, language)).data("done", done)
                .data("form", form).data("superior", visitor.has(OfficeRoles.PPID_SUPERIOR))
                .data("outcomes", OfficeViews.options(OUTCOMES, "ppid.objection.outcome.", m)), language, lang,
                path, status);
    }

    static Objection objection(JsonNode o, Map<String, String> m, String lang) {
        List<String> grounds = new ArrayList<>();
        o.path("grounds").forEach(g -> grounds.add(m.getOrDefault("ppid.objectionGround." + g.asText(), g.asText())));
        String status = o.path("status").asText();
        String outcome = o.path("outcome").asText(null);
        String due = o.path("dueDate").asText(null);
        return new Objection(o.path("id").asText(), o.path("registrationNumber").asText(),
                o.path("requestId").asText(null), status, m.getOrDefault("ppid.objection.status." + status, status),
                grounds, o.path("reason").asText(null), Views.day(o.path("filedOn").asText(null), lang),
                Views.day(due, lang), "FILED".equals(status) && due != null
                        && LocalDate.now(Views.MADIUN).isAfter(LocalDate.parse(due)),
                outcome == null ? null : m.getOrDefault("ppid.objection.outcome." + outcome, outcome),
                o.path("decisionReason").asText(null), Views.day(o.path("decidedOn").asText(null), lang),
                o.path("decidedBy").asText(null), Views.day(o.path("disputeDueDate").asText(null), lang));
    }
}
