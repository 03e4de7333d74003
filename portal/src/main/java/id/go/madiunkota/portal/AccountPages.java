package id.go.madiunkota.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The logged-in citizen's pages (every path under {@code /saya} needs the login, see application.properties): the way
 * back from the login, their requests and their objections, page by page. One request, its withdrawal and the
 * objection about it are {@link AccountRequestPages}. Every call carries the citizen's access token; the API shows
 * only the citizen's own.
 */
@Path("/saya")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** Requests or objections on one page of a list. */
    static final int PAGE_SIZE = 10;

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final Template requests;
    private final Template objections;
    private final Template error;

    public AccountPages(Api api, PageRenderer pages, Visitor visitor,
            @Location("account/requests.html") Template requests,
            @Location("account/objections.html") Template objections, @Location("error.html") Template error) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.requests = requests;
        this.objections = objections;
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
        return pages.render(requests.data("list", found).data("base", "/saya?").data("name", visitor.name()),
                language, lang, "/saya", 200);
    }

    /** The citizen's objections; {@code baru}, the number of one just filed, is confirmed at the top. */
    @GET
    @Path("keberatan")
    public Response objections(@QueryParam("halaman") String pageParam, @QueryParam("baru") String filed,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        int page = page(pageParam);
        Api.Answer answer = api.get("/api/ppid/objections", Map.of("page", page - 1, "size", PAGE_SIZE), language,
                visitor.token());
        if (!answer.ok()) {
            return trouble(answer, language, lang, "/saya/keberatan");
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Paged<AccountViews.Objection> found = AccountViews.paged(answer.body(),
                o -> AccountViews.objection(o, m, language));
        AccountViews.Objection fresh = filed == null ? null : found.items().stream()
                .filter(o -> filed.equals(o.registrationNumber())).findFirst().orElse(null);
        return pages.render(objections.data("list", found).data("base", "/saya/keberatan?").data("fresh", fresh),
                language, lang, "/saya/keberatan", 200);
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
