package id.go.madiunkota.portal;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The PPID's public pages: the online request for public information (the Komisi Informasi's form, a person or an
 * organisation, a representative with power of attorney) and the exemption grounds in plain words. The tracking of a
 * request and its objection are {@link PpidTrackingPages}. The form follows {@link HelpdeskPages}: a refusal shows it
 * again as typed with each message next to its field; a request received redirects to its tracking page.
 */
@Path("/layanan/ppid")
@Produces(MediaType.TEXT_HTML)
public class PpidPages {

    /** Every field of the API's submit body, named as the API names it. */
    static final List<String> REQUEST_FIELDS = List.of("applicant.type", "applicant.name", "applicant.nik",
            "applicant.legalEntityNumber", "applicant.address", "applicant.occupation", "applicant.phone",
            "applicant.email", "representative.name", "representative.nik", "representative.powerOfAttorney",
            "informationRequested", "purpose", "obtainMethod", "copyFormat", "deliveryMethod");

    private static final List<String> REPRESENTATIVE = List.of("representative.name", "representative.nik",
            "representative.powerOfAttorney");

    /** The label of each field, for the summary of what was refused. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("applicant.type", "ppid.request.type"),
            Map.entry("applicant.name", "ppid.request.name"), Map.entry("applicant.nik", "ppid.request.nikShort"),
            Map.entry("applicant.legalEntityNumber", "ppid.request.legalEntityShort"),
            Map.entry("applicant.address", "ppid.request.address"),
            Map.entry("applicant.occupation", "ppid.request.occupationShort"),
            Map.entry("applicant.phone", "ppid.request.phone"), Map.entry("applicant.email", "ppid.request.email"),
            Map.entry("representative.name", "ppid.request.representativeName"),
            Map.entry("representative.nik", "ppid.request.representativeNik"),
            Map.entry("representative.powerOfAttorney", "ppid.request.powerOfAttorney"),
            Map.entry("informationRequested", "ppid.request.informationRequested"),
            Map.entry("purpose", "ppid.request.purpose"), Map.entry("obtainMethod", "ppid.request.obtainMethod"),
            Map.entry("copyFormat", "ppid.request.copyFormat"),
            Map.entry("deliveryMethod", "ppid.request.deliveryMethod"));

    private final Api api;
    private final PageRenderer pages;
    private final PortalPages portal;
    private final Visitor visitor;
    private final Template request;
    private final Template exemptions;

    public PpidPages(Api api, PageRenderer pages, PortalPages portal, Visitor visitor,
            @Location("ppid/request.html") Template request,
            @Location("ppid/exemptions.html") Template exemptions) {
        this.api = api;
        this.pages = pages;
        this.portal = portal;
        this.visitor = visitor;
        this.request = request;
        this.exemptions = exemptions;
    }

    /** The service's standard; this class's path would otherwise hide {@link PortalPages#service}. */
    @GET
    public Response standard(@QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        return portal.service(PortalService.PPID.slug(), lang, cookie);
    }

    @GET
    @Path("permohonan")
    public Response requestForm(@QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return showRequest(Form.empty(), language, lang, 200);
    }

    @POST
    @Path("permohonan")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/ppid/requests", form.json(sent(form)), language, visitor.token(),
                form.key());
        if (!answer.ok()) {
            form.problem(answer.body(), REQUEST_FIELDS);
            return showRequest(form, language, null, 400);
        }
        String code = answer.body().path("trackingCode").asText();
        return Response.seeOther(URI.create("/layanan/ppid/lacak?kode=" + Api.segment(code) + "&baru=1")).build();
    }

    @GET
    @Path("pengecualian")
    public Response exemptionGrounds(@QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        Api.Answer answer = api.get("/api/ppid/exemption-grounds", Map.of(), language, null);
        if (!answer.ok()) {
            return pages.unavailable(language, lang, "/layanan/ppid/pengecualian");
        }
        List<PpidViews.Ground> grounds = PpidViews.grounds(answer.body().path("items"), Messages.of(language));
        return pages.render(exemptions.data("grounds", grounds), language, lang, "/layanan/ppid/pengecualian", 200);
    }

    /**
     * The fields sent: only the identity number that fits the applicant's type (a person's NIK, an organisation's
     * legal-entity number), the representative only when one is named, and the copy's format and delivery only
     * when a copy is asked for. What the visitor typed in a field that does not apply stays on the page.
     */
    static List<String> sent(Form form) {
        String type = form.valueOrNull("applicant.type");
        boolean copy = !"VIEW".equals(form.valueOrNull("obtainMethod"));
        boolean represented = REPRESENTATIVE.stream().anyMatch(f -> form.valueOrNull(f) != null);
        List<String> fields = new ArrayList<>();
        for (String field : REQUEST_FIELDS) {
            boolean applies = switch (field) {
                case "applicant.nik" -> !"ORGANIZATION".equals(type);
                case "applicant.legalEntityNumber" -> !"PERSON".equals(type);
                case "copyFormat", "deliveryMethod" -> copy;
                default -> !REPRESENTATIVE.contains(field) || represented;
            };
            if (applies) {
                fields.add(field);
            }
        }
        return fields;
    }

    private Response showRequest(Form form, String language, String lang, int status) {
        Map<String, String> m = Messages.of(language);
        Map<String, String> labels = new java.util.HashMap<>();
        LABELS.forEach((field, key) -> labels.put(field, m.get(key)));
        boolean representativeOpen = REPRESENTATIVE.stream()
                .anyMatch(f -> form.valueOrNull(f) != null || form.error(f) != null);
        return pages.render(request.data("form", form).data("labels", labels)
                .data("representativeOpen", representativeOpen)
                .data("types", options(m, "ppid.applicantType.", "PERSON", "ORGANIZATION"))
                .data("obtainMethods", options(m, "ppid.obtainMethod.", "VIEW", "COPY"))
                .data("copyFormats", options(m, "ppid.copyFormat.", "SOFTCOPY", "HARDCOPY"))
                .data("deliveryMethods", options(m, "ppid.deliveryMethod.", "EMAIL", "PICKUP", "POST", "COURIER",
                        "FAX")),
                language, lang, "/layanan/ppid/permohonan", status);
    }

    static List<Views.Option> options(Map<String, String> m, String prefix, String... values) {
        return Arrays.stream(values).map(v -> new Views.Option(v, m.get(prefix + v))).toList();
    }
}
