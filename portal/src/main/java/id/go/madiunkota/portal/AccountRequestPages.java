package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import java.util.List;
import java.util.Map;

/**
 * One request of the logged-in citizen ({@code GET /api/ppid/requests/{id}}; another citizen's is a 404): its facts
 * and decision, its withdrawal while undecided, and the objection about it (keberatan, UU 14/2008 Pasal 35) filed as
 * its owner ({@code POST /api/ppid/requests/{id}/objections} with the citizen's token, no tracking code). A class of
 * its own because its path is longer than {@link AccountPages}' (a class path hides another's methods).
 */
@Path("/saya/permohonan/{id}")
@Produces(MediaType.TEXT_HTML)
public class AccountRequestPages {

    static final List<String> WITHDRAWAL_FIELDS = List.of("reason");
    static final List<String> OBJECTION_FIELDS = List.of("grounds", "reason");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final Template request;
    private final Template objection;
    private final Downloads downloads;

    public AccountRequestPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            @Location("account/request.html") Template request,
            @Location("account/objection.html") Template objection, Downloads downloads) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.request = request;
        this.objection = objection;
        this.downloads = downloads;
    }

    @GET
    public Response one(@PathParam("id") String id, @QueryParam("dicabut") String withdrawn,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(request, id, "", Form.empty(), List.of(), "1".equals(withdrawn), language, lang, 200);
    }

    @POST
    @Path("pencabutan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, null, "/saya/permohonan/" + Api.segment(id));
        }
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/ppid/requests/" + id + "/withdrawal", form.json(WITHDRAWAL_FIELDS),
                language, visitor.token(), form.key());
        if (refused(answer)) {
            form.problem(answer.body(), WITHDRAWAL_FIELDS);
            return show(request, id, "", form, List.of(), false, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, "/saya/permohonan/" + id);
        }
        return Response.seeOther(URI.create("/saya/permohonan/" + id + "?dicabut=1")).build();
    }

    @GET
    @Path("keberatan")
    public Response objectionForm(@PathParam("id") String id, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(objection, id, "/keberatan", Form.empty(), List.of(), false, language, lang, 200);
    }

    @POST
    @Path("keberatan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, null, "/saya/permohonan/" + Api.segment(id) + "/keberatan");
        }
        Form form = Form.of(posted);
        List<String> chosen = posted.getOrDefault("grounds", List.of()).stream()
                .filter(AccountViews.GROUNDS::contains).distinct().toList();
        ObjectNode body = form.json(List.of("reason"));
        ArrayNode grounds = body.putArray("grounds");
        chosen.forEach(grounds::add);
        Api.Answer answer = api.post("/api/ppid/requests/" + id + "/objections", body, language, visitor.token(),
                form.key());
        if (refused(answer)) {
            form.problem(answer.body(), OBJECTION_FIELDS);
            return show(objection, id, "/keberatan", form, chosen, false, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, "/saya/permohonan/" + id + "/keberatan");
        }
        String number = answer.body().path("registrationNumber").asText("");
        return Response.seeOther(URI.create("/saya/keberatan?baru=" + Api.segment(number))).build();
    }

    /** A letter of the citizen's own request, the PDF from {@code GET /api/ppid/requests/{id}/letters/{kind}}. */
    @GET
    @Path("surat/{kind}")
    public Response letter(@PathParam("id") String id, @PathParam("kind") String kind,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        String page = "/saya/permohonan/" + Api.segment(id) + "/surat/" + Api.segment(kind);
        if (!AccountPages.uuid(id) || !PpidViews.LETTERS.contains(kind)) {
            return pages.notFound(language, null, page);
        }
        return downloads.pass("/api/ppid/requests/" + id + "/letters/" + kind, visitor.token(), Map.of(), language,
                page);
    }

    /** A refusal the form shows: fields missing or malformed (400), the wrong state (409), a rule of the law (422). */
    private static boolean refused(Api.Answer answer) {
        return answer.status() == 400 || answer.status() == 409 || answer.status() == 422;
    }

    /** The request's page, or its objection form ({@code tail} "/keberatan"), with the form as typed. */
    private Response show(Template page, String id, String tail, Form form, List<String> chosen, boolean withdrawn,
            String language, String lang, int status) {
        String path = "/saya/permohonan/" + Api.segment(id) + tail;
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/requests/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Request found = AccountViews.request(answer.body(), m, language);
        return pages.render(page.data("r", found).data("letters", PpidViews.letters(answer.body(), m))
                .data("form", form).data("withdrawn", withdrawn)
                .data("grounds", AccountViews.grounds(m, chosen)), language, lang, path, status);
    }
}
