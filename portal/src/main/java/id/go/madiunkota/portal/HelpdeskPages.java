package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The helpdesk's public pages: a complaint, suggestion or input about any of the four services, and its tracking by
 * code. The pattern every form of the portal follows: GET shows the form; POST sends it to the gateway; a refusal
 * shows the form again, as typed, with each message next to its field; a success redirects (so a reload sends
 * nothing twice) to the page that shows the code.
 */
@Path("/layanan/helpdesk")
@Produces(MediaType.TEXT_HTML)
public class HelpdeskPages {

    static final List<String> COMPLAINT_FIELDS = List.of("kind", "service", "complainant.name",
            "complainant.phone", "complainant.email", "content");

    private final Api api;
    private final PageRenderer pages;
    private final PortalPages portal;
    private final Visitor visitor;
    private final Template complaint;
    private final Template tracking;

    public HelpdeskPages(Api api, PageRenderer pages, PortalPages portal, Visitor visitor,
            @Location("helpdesk/complaint.html") Template complaint,
            @Location("helpdesk/tracking.html") Template tracking) {
        this.api = api;
        this.pages = pages;
        this.portal = portal;
        this.visitor = visitor;
        this.complaint = complaint;
        this.tracking = tracking;
    }

    /** The service's standard; this class's path would otherwise hide {@link PortalPages#service}. */
    @GET
    public Response standard(@QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        return portal.service(PortalService.HELPDESK.slug(), lang, cookie);
    }

    @GET
    @Path("pengaduan")
    public Response complaintForm(@QueryParam("lang") String lang, @QueryParam("layanan") String service,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        Form form = Form.empty();
        return showComplaint(form, service, language, lang, 200);
    }

    @POST
    @Path("pengaduan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response complaint(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/helpdesk/complaints", form.json(COMPLAINT_FIELDS), language, visitor.token(),
                form.key());
        if (!answer.ok()) {
            form.problem(answer.body(), COMPLAINT_FIELDS);
            return showComplaint(form, null, language, null, 400);
        }
        String code = answer.body().path("trackingCode").asText();
        return Response.seeOther(URI.create("/layanan/helpdesk/lacak?kode=" + Api.segment(code) + "&baru=1")).build();
    }

    @GET
    @Path("lacak")
    public Response track(@QueryParam("kode") String code, @QueryParam("baru") String fresh,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        Map<String, String> m = Messages.of(language);
        String path = "/layanan/helpdesk/lacak" + (code == null ? "" : "?kode=" + Api.segment(code));
        if (code == null || code.isBlank()) {
            return pages.render(tracking.data("code", "").data("found", null).data("missing", false)
                    .data("fresh", false), language, lang, path, 200);
        }
        Api.Answer answer = api.get("/api/helpdesk/complaints/tracking/" + Api.segment(code), Map.of(), language,
                null);
        if (!answer.ok()) {
            return pages.render(tracking.data("code", code.strip()).data("found", null).data("missing", true)
                    .data("fresh", false), language, lang, path, answer.status() == 404 ? 404 : 400);
        }
        JsonNode found = answer.body();
        Views.Tracked view = new Views.Tracked(found.path("trackingCode").asText(),
                m.get("helpdesk.kind." + found.path("kind").asText()),
                serviceName(m, found.path("service").asText()),
                m.get("helpdesk.status." + found.path("status").asText()),
                "ANSWERED".equals(found.path("status").asText()),
                Views.when(found.path("receivedAt").asText(null), language),
                found.path("answer").asText(null),
                Views.when(found.path("answeredAt").asText(null), language));
        return pages.render(tracking.data("code", view.code()).data("found", view).data("missing", false)
                .data("fresh", "1".equals(fresh)), language, lang, path, 200);
    }

    private Response showComplaint(Form form, String service, String language, String lang, int status) {
        Map<String, String> m = Messages.of(language);
        if (service != null && form.valueOrNull("service") == null) {
            PortalService.bySlug(service).ifPresent(s -> form.preset("service", s.name()));
        }
        List<Views.Option> kinds = List.of("COMPLAINT", "SUGGESTION", "INPUT").stream()
                .map(k -> new Views.Option(k, m.get("helpdesk.kind." + k))).toList();
        List<Views.Option> services = java.util.Arrays.stream(PortalService.values())
                .map(s -> new Views.Option(s.name(), m.get("service." + s.slug() + ".name"))).toList();
        return pages.render(complaint.data("form", form).data("kinds", kinds).data("services", services),
                language, lang, "/layanan/helpdesk/pengaduan", status);
    }

    private static String serviceName(Map<String, String> m, String apiName) {
        return PortalService.byApiName(apiName).map(s -> m.get("service." + s.slug() + ".name")).orElse(apiName);
    }
}
