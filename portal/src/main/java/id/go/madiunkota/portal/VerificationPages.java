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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provider verification's public pages: the online registration before the visit to LPSE, what to bring to the
 * visit (from the checklist in force), and the status of a registration by its reference. Same pattern as
 * {@link HelpdeskPages}.
 */
@Path("/layanan/verifikasi")
@Produces(MediaType.TEXT_HTML)
public class VerificationPages {

    static final List<String> REGISTRATION_FIELDS = List.of("companyName", "businessForm", "npwp", "nib",
            "director.name", "director.nik", "email", "phone", "address");
    static final List<String> BUSINESS_FORMS = List.of("PT", "CV", "FIRM", "COOPERATIVE", "INDIVIDUAL");

    private final Api api;
    private final PageRenderer pages;
    private final PortalPages portal;
    private final Visitor visitor;
    private final Template registration;
    private final Template registered;
    private final Template status;

    public VerificationPages(Api api, PageRenderer pages, PortalPages portal, Visitor visitor,
            @Location("verification/registration.html") Template registration,
            @Location("verification/registered.html") Template registered,
            @Location("verification/status.html") Template status) {
        this.api = api;
        this.pages = pages;
        this.portal = portal;
        this.visitor = visitor;
        this.registration = registration;
        this.registered = registered;
        this.status = status;
    }

    /** The service's standard; this class's path would otherwise hide {@link PortalPages#service}. */
    @GET
    public Response standard(@QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        return portal.service(PortalService.VERIFICATION.slug(), lang, cookie);
    }

    @GET
    @Path("daftar")
    public Response registrationForm(@QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return showRegistration(Form.empty(), language, lang, 200);
    }

    @POST
    @Path("daftar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        Form form = Form.of(posted);
        Api.Answer answer = api.post("/api/verification/providers", form.json(REGISTRATION_FIELDS), language,
                visitor.token(), form.key());
        if (!answer.ok()) {
            form.problem(answer.body(), REGISTRATION_FIELDS);
            return showRegistration(form, language, null, 400);
        }
        String reference = answer.body().path("registrationReference").asText("");
        String businessForm = answer.body().path("businessForm").asText("");
        // a gateway without references yet (an older verification-service) still leads to what to bring
        String query = (reference.isEmpty() ? "" : "ref=" + Api.segment(reference) + "&") + "bentuk="
                + Api.segment(businessForm);
        return Response.seeOther(URI.create("/layanan/verifikasi/terdaftar?" + query)).build();
    }

    /** After the registration: the reference, and what to bring to the visit for this business form. */
    @GET
    @Path("terdaftar")
    public Response registered(@QueryParam("ref") String reference, @QueryParam("bentuk") String businessForm,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String form = businessForm != null && BUSINESS_FORMS.contains(businessForm) ? businessForm : null;
        String path = "/layanan/verifikasi/terdaftar?ref=" + Api.segment(reference)
                + (form == null ? "" : "&bentuk=" + form);
        if (reference == null || reference.isBlank()) {
            path = "/layanan/verifikasi/terdaftar" + (form == null ? "" : "?bentuk=" + form);
        }
        Map<String, String> m = Messages.of(language);
        Views.Checklist checklist = checklist(form, language);
        return pages.render(registered.data("reference", reference == null ? "" : reference.strip())
                .data("businessForm", form == null ? null : m.get("verification.form." + form))
                .data("checklist", checklist), language, lang, path, 200);
    }

    @GET
    @Path("status")
    public Response status(@QueryParam("ref") String reference, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String path = "/layanan/verifikasi/status" + (reference == null ? "" : "?ref=" + Api.segment(reference));
        if (reference == null || reference.isBlank()) {
            return pages.render(status.data("reference", "").data("found", null).data("missing", false),
                    language, lang, path, 200);
        }
        Api.Answer answer = api.get("/api/verification/providers/status/" + Api.segment(reference), Map.of(),
                language, visitor.token());
        if (!answer.ok()) {
            return pages.render(status.data("reference", reference.strip()).data("found", null)
                    .data("missing", true), language, lang, path, answer.status() == 404 ? 404 : 400);
        }
        Views.ProviderStatus found = providerStatus(answer.body(), Messages.of(language), language);
        return pages.render(status.data("reference", found.reference()).data("found", found).data("missing", false),
                language, lang, path, 200);
    }

    private Response showRegistration(Form form, String language, String lang, int status) {
        Map<String, String> m = Messages.of(language);
        List<Views.Option> forms = BUSINESS_FORMS.stream()
                .map(f -> new Views.Option(f, m.get("verification.form." + f))).toList();
        return pages.render(registration.data("form", form).data("forms", forms), language, lang,
                "/layanan/verifikasi/daftar", status);
    }

    /** The checklist in force, its items that apply to the business form (all when none is known). */
    private Views.Checklist checklist(String businessForm, String language) {
        Api.Answer answer = api.get("/api/verification/checklists", Map.of("size", 100), language, null);
        if (!answer.ok()) {
            return null;
        }
        JsonNode current = null;
        for (JsonNode version : answer.body().path("items")) {
            if (version.path("current").asBoolean(false)) {
                current = version;
            }
        }
        if (current == null) {
            return null;
        }
        List<Views.Document> always = new ArrayList<>();
        List<Views.Document> represented = new ArrayList<>();
        for (JsonNode item : current.path("items")) {
            if (!appliesTo(item, businessForm)) {
                continue;
            }
            Views.Document document = document(item, Messages.of(language), language);
            (item.path("representedOnly").asBoolean(false) ? represented : always).add(document);
        }
        return new Views.Checklist(current.path("title").asText(""), current.path("version").asText(""),
                Views.day(current.path("effectiveFrom").asText(null), language), always, represented);
    }

    private static boolean appliesTo(JsonNode item, String businessForm) {
        JsonNode forms = item.path("businessForms");
        if (businessForm == null || !forms.isArray() || forms.isEmpty()) {
            return true;
        }
        for (JsonNode form : forms) {
            if (businessForm.equals(form.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Views.Document document(JsonNode item, Map<String, String> m, String language) {
        String name = "en".equals(language) && item.hasNonNull("nameEn") ? item.path("nameEn").asText()
                : item.path("name").asText();
        boolean original = item.path("original").asBoolean(false);
        boolean copy = item.path("copy").asBoolean(false);
        String what = original && copy ? m.get("verification.bring.both")
                : original ? m.get("verification.bring.original") : m.get("verification.bring.copy");
        return new Views.Document(item.path("code").asText(), name, what);
    }

    private static Views.ProviderStatus providerStatus(JsonNode found, Map<String, String> m, String language) {
        String providerStatus = found.path("status").asText();
        JsonNode verification = found.path("verification");
        boolean rejected = "REJECTED".equals(verification.path("outcome").asText(null));
        boolean inProgress = "IN_PROGRESS".equals(verification.path("status").asText(null));
        String stage;
        if (!"REGISTERED".equals(providerStatus)) {
            stage = providerStatus;
        } else if (inProgress) {
            stage = "IN_PROGRESS";
        } else if (rejected) {
            stage = "REJECTED";
        } else {
            stage = "WAITING";
        }
        List<String> missing = new ArrayList<>();
        if (rejected && !inProgress) {
            for (JsonNode item : verification.path("missing")) {
                String name = "en".equals(language) ? item.path("nameEn").asText(null) : item.path("name").asText(null);
                missing.add(name == null ? item.path("code").asText() : name);
            }
        }
        String form = found.path("businessForm").asText(null);
        return new Views.ProviderStatus(found.path("registrationReference").asText(),
                found.path("companyName").asText(null),
                form == null ? null : m.getOrDefault("verification.form." + form, form), stage,
                m.get("verification.stage." + stage), m.get("verification.stage." + stage + ".next"),
                Views.when(found.path("registeredAt").asText(null), language),
                Views.when(found.path("activatedAt").asText(null), language),
                verification.isObject() ? verification.path("attempt").asInt() : 0,
                Views.when(verification.path("decidedAt").asText(null), language), missing, form);
    }
}
