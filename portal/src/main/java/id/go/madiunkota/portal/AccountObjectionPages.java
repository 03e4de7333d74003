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
 * The citizen's objections (keberatan, UU 14/2008 Pasal 35): the form to file one about their own request, as its
 * owner ({@code POST /api/ppid/requests/{id}/objections} with the citizen's token, no tracking code), and the list of
 * their objections with the superior's answer and the dispute window.
 */
@Path("/saya")
@Produces(MediaType.TEXT_HTML)
public class AccountObjectionPages {

    static final List<String> OBJECTION_FIELDS = List.of("grounds", "reason");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final Template form;
    private final Template list;

    public AccountObjectionPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            @Location("account/objection.html") Template form, @Location("account/objections.html") Template list) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.form = form;
        this.list = list;
    }

    @GET
    @Path("permohonan/{id}/keberatan")
    public Response objectionForm(@PathParam("id") String id, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(id, Form.empty(), List.of(), language, lang, 200);
    }

    @POST
    @Path("permohonan/{id}/keberatan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, null, "/saya/permohonan/" + Api.segment(id) + "/keberatan");
        }
        Form typed = Form.of(posted);
        List<String> chosen = posted.getOrDefault("grounds", List.of()).stream()
                .filter(AccountViews.GROUNDS::contains).distinct().toList();
        ObjectNode body = typed.json(List.of("reason"));
        ArrayNode grounds = body.putArray("grounds");
        chosen.forEach(grounds::add);
        Api.Answer answer = api.post("/api/ppid/requests/" + id + "/objections", body, language, visitor.token(),
                typed.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            typed.problem(answer.body(), OBJECTION_FIELDS);
            return show(id, typed, chosen, language, null, answer.status() == 400 ? 400 : answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, "/saya/permohonan/" + id + "/keberatan");
        }
        String number = answer.body().path("registrationNumber").asText("");
        return Response.seeOther(URI.create("/saya/keberatan?baru=" + Api.segment(number))).build();
    }

    @GET
    @Path("keberatan")
    public Response mine(@QueryParam("halaman") String pageParam, @QueryParam("baru") String filed,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        int page = AccountPages.page(pageParam);
        Api.Answer answer = api.get("/api/ppid/objections", Map.of("page", page - 1, "size", AccountPages.PAGE_SIZE),
                language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, "/saya/keberatan");
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Paged<AccountViews.Objection> found = AccountViews.paged(answer.body(),
                o -> AccountViews.objection(o, m, language));
        AccountViews.Objection fresh = filed == null ? null : found.items().stream()
                .filter(o -> filed.equals(o.registrationNumber())).findFirst().orElse(null);
        return pages.render(list.data("list", found).data("base", "/saya/keberatan").data("fresh", fresh),
                language, lang, "/saya/keberatan", 200);
    }

    private Response show(String id, Form typed, List<String> chosen, String language, String lang, int status) {
        String path = "/saya/permohonan/" + Api.segment(id) + "/keberatan";
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/requests/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Request request = AccountViews.request(answer.body(), m, language);
        return pages.render(form.data("r", request).data("form", typed)
                .data("grounds", AccountViews.grounds(m, chosen)), language, lang, path, status);
    }
}
