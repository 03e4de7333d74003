package id.go.madiunkota.portal;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's back office, behind the login: its home ({@code /kantor}) lists the workspace of each staff role the
 * visitor holds, and the PPID's request queue ({@code /kantor/ppid}: {@code GET /api/ppid/requests} with the
 * officer's token) with its filters. A citizen, or a role without a workspace here, is told so (403) and never sees
 * another role's screens.
 */
@Path("/kantor")
@Produces(MediaType.TEXT_HTML)
public class OfficePages {

    static final int PAGE_SIZE = 20;

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final Template home;
    private final Template queue;
    private final Template error;

    public OfficePages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            @Location("office/home.html") Template home, @Location("office/ppid-queue.html") Template queue,
            @Location("error.html") Template error) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.home = home;
        this.queue = queue;
        this.error = error;
    }

    /** A role's workspace on the office's home: the role in words, where it works (null: not built here yet). */
    @TemplateData
    public record Workspace(String role, String title, String href, String text) {
    }

    @GET
    public Response home(@QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        if (!visitor.staff()) {
            return notStaff(language, lang, "/kantor");
        }
        Map<String, String> m = Messages.of(language);
        List<Workspace> workspaces = OfficeRoles.STAFF.stream().filter(visitor::has)
                .map(role -> new Workspace(role, m.get("office.role." + role), OfficeRoles.workspace(role),
                        m.get("office.workspace." + role)))
                .toList();
        return pages.render(home.data("workspaces", workspaces).data("name", visitor.name()), language, lang,
                "/kantor", 200);
    }

    /**
     * The PPID's requests, newest first, one page of {@value #PAGE_SIZE}: filtered by status, overdue only, or a search
     * in the registration number and the applicant's name; due-soon, overdue and provisional-calendar marks.
     */
    @GET
    @Path("ppid")
    public Response ppidQueue(@QueryParam("status") String status, @QueryParam("terlambat") String overdue,
            @QueryParam("cari") String search, @QueryParam("halaman") String pageParam,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String path = "/kantor/ppid";
        if (OfficeRoles.PPID_READERS.stream().noneMatch(visitor::has)) {
            return notStaff(language, lang, path);
        }
        int page = AccountPages.page(pageParam);
        String chosen = status != null && OfficeViews.STATUSES.contains(status) ? status : null;
        boolean lateOnly = "1".equals(overdue);
        String typed = search == null || search.isBlank() ? null : search.strip();
        Map<String, Object> query = new HashMap<>();
        query.put("page", page - 1);
        query.put("size", PAGE_SIZE);
        query.put("status", chosen);
        query.put("overdue", lateOnly ? "true" : null);
        query.put("q", typed == null ? null : typed.length() > 100 ? typed.substring(0, 100) : typed);
        Api.Answer answer = api.get("/api/ppid/requests", query, language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        AccountViews.Paged<OfficeViews.Row> found = AccountViews.paged(answer.body(),
                r -> OfficeViews.row(r, m, language));
        StringBuilder base = new StringBuilder(path).append("?");
        if (chosen != null) {
            base.append("status=").append(chosen).append("&");
        }
        if (lateOnly) {
            base.append("terlambat=1&");
        }
        if (typed != null) {
            base.append("cari=").append(Api.segment(typed)).append("&");
        }
        return pages.render(queue.data("list", found).data("status", chosen).data("overdue", lateOnly)
                .data("search", typed).data("base", base.toString())
                .data("statuses", OfficeViews.options(OfficeViews.STATUSES, "account.status.", m)), language, lang,
                path, 200);
    }

    /** The 403 page of a visitor whose roles do not open this screen. */
    Response notStaff(String language, String lang, String path) {
        return pages.render(error.data("titleKey", "office.notStaff.title").data("textKey", "office.notStaff.text"),
                language, lang, path, 403);
    }
}
