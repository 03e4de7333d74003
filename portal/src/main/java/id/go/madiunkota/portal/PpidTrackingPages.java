package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * A PPID request tracked by its code: the timeline, the decision in short, the dispute window, and the objection
 * form when the law allows one. An objection is filed with the tracking code (header {@code X-Tracking-Code}), so
 * no account is needed; a refusal shows the tracking page again with the messages next to the objection's fields.
 */
@Path("/layanan/ppid/lacak")
@Produces(MediaType.TEXT_HTML)
public class PpidTrackingPages {

    static final List<String> OBJECTION_FIELDS = List.of("grounds", "reason");
    private static final String PATH = "/layanan/ppid/lacak";

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final Template tracking;
    private final Downloads downloads;

    public PpidTrackingPages(Api api, PageRenderer pages, Visitor visitor,
            @Location("ppid/tracking.html") Template tracking, Downloads downloads) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.tracking = tracking;
        this.downloads = downloads;
    }

    @GET
    public Response track(@QueryParam("kode") String code, @QueryParam("baru") String fresh,
            @QueryParam("keberatan") String objected, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        Form objection = Form.empty();
        return show(code, objection, List.of(), language, lang, "1".equals(fresh), "1".equals(objected), 200);
    }

    @POST
    @Path("keberatan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        Form form = Form.of(posted);
        String code = form.value("kode");
        List<String> grounds = posted.getOrDefault("grounds", List.of()).stream()
                .filter(PpidViews.OBJECTION_GROUNDS::contains).distinct().toList();
        Api.Answer found = lookUp(code, language);
        if (found == null || !found.ok()) {
            return show(code, form, grounds, language, null, false, false, 400);
        }
        if (!found.body().hasNonNull("id")) {
            // a gateway whose tracking answer does not name the request yet: say so rather than fail
            form.problem(JsonNodeFactory.instance.objectNode()
                    .put("detail", Messages.of(language).get("ppid.objection.unavailable")), OBJECTION_FIELDS);
            return show(code, form, grounds, language, null, false, false, 503);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        grounds.forEach(body.putArray("grounds")::add);
        if (form.valueOrNull("reason") != null) {
            body.put("reason", form.value("reason"));
        }
        Api.Answer answer = api.post("/api/ppid/requests/" + Api.segment(found.body().path("id").asText())
                + "/objections", body, language, visitor.token(), form.key(), Map.of("X-Tracking-Code", code.strip()));
        if (!answer.ok()) {
            if (answer.body().path("type").asText("").contains("/objection.ground-")) {
                // a ground the request's facts do not bear out: said next to the grounds
                form.reject("grounds", answer.body().path("detail").asText());
            } else {
                form.problem(answer.body(), OBJECTION_FIELDS);
            }
            return show(code, form, grounds, language, null, false, false, 400);
        }
        return Response.seeOther(URI.create(PATH + "?kode=" + Api.segment(code) + "&keberatan=1")).build();
    }

    /**
     * A letter of the request (receipt, extension, decision) for the holder of its tracking code: the PDF from
     * {@code GET /api/ppid/requests/{id}/letters/{kind}} with the code as {@code X-Tracking-Code}.
     */
    @GET
    @Path("surat/{kind}")
    public Response letter(@PathParam("kind") String kind, @QueryParam("kode") String code,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        String page = PATH + "/surat/" + Api.segment(kind);
        Api.Answer found = lookUp(code, language);
        if (!PpidViews.LETTERS.contains(kind) || found == null || !found.ok() || !found.body().hasNonNull("id")) {
            return pages.notFound(language, null, page);
        }
        return downloads.pass("/api/ppid/requests/" + Api.segment(found.body().path("id").asText()) + "/letters/"
                + kind, visitor.token(), Map.of("X-Tracking-Code", code.strip()), language, page);
    }

    private Api.Answer lookUp(String code, String language) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return api.get("/api/ppid/tracking/" + Api.segment(code), Map.of(), language, null);
    }

    private Response show(String code, Form objection, List<String> grounds, String language, String lang,
            boolean fresh, boolean objected, int status) {
        Map<String, String> m = Messages.of(language);
        String typed = code == null ? "" : code.strip();
        String path = PATH + (typed.isEmpty() ? "" : "?kode=" + Api.segment(typed));
        Api.Answer answer = lookUp(typed, language);
        var page = tracking.data("code", typed).data("objectionForm", objection)
                .data("labels", Map.of("grounds", m.get("ppid.objection.grounds"),
                        "reason", m.get("ppid.objection.reason")))
                .data("grounds", PpidViews.objectionGrounds(m, grounds));
        if (answer == null) {
            return pages.render(page.data("found", null).data("missing", false).data("fresh", false)
                    .data("objected", false), language, lang, path, 200);
        }
        if (!answer.ok()) {
            return pages.render(page.data("found", null).data("missing", true).data("fresh", false)
                    .data("objected", false), language, lang, path, answer.status() == 404 ? 404 : 400);
        }
        PpidViews.Tracked view = PpidViews.tracked(answer.body(), typed, m, language);
        return pages.render(page.data("found", view).data("letters", PpidViews.letters(answer.body(), m))
                .data("missing", false).data("fresh", fresh)
                .data("objected", objected && view.objection() != null), language, lang, path, status);
    }
}
