package id.go.madiunkota.portal;

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
import java.util.UUID;

/**
 * The logged-in citizen's pages (every path under {@code /saya} needs the login, see application.properties): their
 * requests, page by page, and one request with its withdrawal. The objections are {@link AccountObjectionPages}. Every
 * call carries the citizen's access token; the API shows only the citizen's own (another's request is a 404).
 */
@Path("/saya")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** Requests or objections on one page of a list. */
    static final int PAGE_SIZE = 10;

    static final List<String> WITHDRAWAL_FIELDS = List.of("reason");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final Template requests;
    private final Template request;
    private final Template error;

    public AccountPages(Api api, PageRenderer pages, Visitor visitor,
            @Location("account/requests.html") Template requests, @Location("account/request.html") Template request,
            @Location("error.html") Template error) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.requests = requests;
        this.request = request;
        this.error = error;
    }

    /**
     * Where Keycloak sends the citizen back (the OIDC callback), and where the header's "Masuk" leads: once logged
     * in, on to the page the citizen came from ({@code ke}, a path of this site only), else to their requests.
     */
    @GET
    @Path("masuk")
    public Response login(@QueryParam("ke") String back) {
        return Response.seeOther(URI.create(localPath(back) ? back : "/saya")).build();
    }

    @GET
    public Response mine(@QueryParam("halaman") String pageParam, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        int page = page(pageParam);
        Api.Answer answer = api.get("/api/ppid/requests/mine", Map.of("page", page - 1, "size", PAGE_SIZE), language,
                visitor.token());
        if (!answer.ok()) {
            return trouble(answer, language, lang, "/saya");
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Paged<AccountViews.Request> found = AccountViews.paged(answer.body(),
                r -> AccountViews.request(r, m, language));
        return pages.render(requests.data("list", found).data("base", "/saya").data("name", visitor.name()),
                language, lang, "/saya", 200);
    }

    @GET
    @Path("permohonan/{id}")
    public Response one(@PathParam("id") String id, @QueryParam("dicabut") String withdrawn,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(id, Form.empty(), "1".equals(withdrawn), language, lang, 200);
    }

    @POST
    @Path("permohonan/{id}/pencabutan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") String id, MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!uuid(id)) {
            return pages.notFound(language, null, "/saya/permohonan/" + Api.segment(id));
        }
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/ppid/requests/" + id + "/withdrawal", form.json(WITHDRAWAL_FIELDS),
                language, visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), WITHDRAWAL_FIELDS);
            return show(id, form, false, language, null, answer.status() == 400 ? 400 : 409);
        }
        if (!answer.ok()) {
            return trouble(answer, language, null, "/saya/permohonan/" + id);
        }
        return Response.seeOther(URI.create("/saya/permohonan/" + id + "?dicabut=1")).build();
    }

    private Response show(String id, Form form, boolean withdrawn, String language, String lang, int status) {
        String path = "/saya/permohonan/" + Api.segment(id);
        if (!uuid(id)) {
            return pages.notFound(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/requests/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return trouble(answer, language, lang, path);
        }
        AccountViews.Request found = AccountViews.request(answer.body(), Messages.of(language), language);
        return pages.render(request.data("r", found).data("form", form).data("withdrawn", withdrawn), language, lang,
                path, status);
    }

    /**
     * The page for an answer that is not the list or request asked for: 404 (none, or another citizen's), 401 (the
     * session's token was refused), 403 (an account that is no citizen's: staff use the office's own tools); any
     * other (429 past the rate limit) is the friendly 503 page.
     */
    Response trouble(Api.Answer answer, String language, String lang, String path) {
        return switch (answer.status()) {
            case 401 -> pages.render(error.data("titleKey", "account.expired.title")
                    .data("textKey", "account.expired.text"), language, lang, path, 401);
            case 403 -> pages.render(error.data("titleKey", "account.notCitizen.title")
                    .data("textKey", "account.notCitizen.text"), language, lang, path, 403);
            case 400, 404 -> pages.notFound(language, lang, path);
            default -> pages.unavailable(language, lang, path);
        };
    }

    /** A page number from the address, from 1; anything else is the first page. */
    static int page(String typed) {
        try {
            int page = Integer.parseInt(typed == null ? "1" : typed.strip());
            return page < 1 || page > 100_000 ? 1 : page;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static boolean uuid(String id) {
        try {
            UUID.fromString(id);
            return id.length() == 36;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    /** A path on this site ({@code /layanan/ppid}), never another site ({@code //evil.example}, {@code https:}). */
    static boolean localPath(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && !back.contains("\r") && !back.contains("\n");
    }
}
