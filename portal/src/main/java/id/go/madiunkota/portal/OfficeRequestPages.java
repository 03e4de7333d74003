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
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request in the PPID officer's hands ({@code /kantor/ppid/permohonan/{id}}): its facts, its history with who
 * acted, and the moves of the flow its status allows — start, extend with a reason, decide (the outcome, the Pasal 17
 * grounds from the catalogue, the consequence test, withheld parts), deliver, close, declare invalid — each a
 * {@code POST /api/ppid/requests/{id}/<move>} with the officer's token. A refusal comes back next to its field in the
 * move's own form; the superior and the auditor read the page without the moves.
 */
@Path("/kantor/ppid/permohonan/{id}")
@Produces(MediaType.TEXT_HTML)
public class OfficeRequestPages {

    /** Each move: the fields its form sends as text (the decision's grounds and flag are added apart). */
    static final Map<String, List<String>> MOVES = Map.of(
            "processing", List.of(),
            "extension", List.of("reason"),
            "decision", List.of("outcome", "exemptionGrounds", "consequenceTest", "withheldParts", "heldBy",
                    "holderUnknown", "note"),
            "delivery", List.of("deliveredAt", "method"),
            "closure", List.of(),
            "invalidation", List.of("reason"));

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final OfficePages office;
    private final Template request;

    public OfficeRequestPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account, OfficePages office,
            @Location("office/ppid-request.html") Template request) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.office = office;
        this.request = request;
    }

    @GET
    public Response one(@PathParam("id") String id, @QueryParam("selesai") String done,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String shown = done != null && MOVES.containsKey(done) ? done : null;
        return show(id, shown, null, Form.empty(), List.of(), language, lang, 200);
    }

    @POST
    @Path("{move}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, @PathParam("move") String move,
            MultivaluedMap<String, String> posted, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        String path = "/kantor/ppid/permohonan/" + Api.segment(id);
        if (!AccountPages.uuid(id) || !MOVES.containsKey(move)) {
            return pages.notFound(language, null, path);
        }
        if (!visitor.has(OfficeRoles.PPID_OFFICER)) {
            return office.notStaff(language, null, path);
        }
        Form form = Form.of(posted);
        List<String> grounds = posted.getOrDefault("exemptionGrounds", List.of());
        Api.Answer answer = api.post("/api/ppid/requests/" + id + "/" + move, body(move, form, grounds), language,
                visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), MOVES.get(move));
            return show(id, null, move, form, grounds, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, path);
        }
        return Response.seeOther(URI.create(path + "?selesai=" + move)).build();
    }

    /** The move's JSON body: its text fields as typed, the grounds as a list, the delivery time in Madiun's zone. */
    static ObjectNode body(String move, Form form, List<String> grounds) {
        ObjectNode body = form.json(MOVES.get(move).stream()
                .filter(f -> !f.equals("exemptionGrounds") && !f.equals("holderUnknown") && !f.equals("deliveredAt"))
                .toList());
        if ("decision".equals(move)) {
            ArrayNode list = body.putArray("exemptionGrounds");
            grounds.stream().distinct().forEach(list::add);
            body.put("holderUnknown", "true".equals(form.valueOrNull("holderUnknown")));
        }
        if ("delivery".equals(move) && form.valueOrNull("deliveredAt") != null) {
            String typed = form.valueOrNull("deliveredAt");
            try {
                // a datetime-local field: the office's own time, sent with its offset
                body.put("deliveredAt", LocalDateTime.parse(typed).atZone(Views.MADIUN).toOffsetDateTime()
                        .toString());
            } catch (DateTimeParseException e) {
                body.put("deliveredAt", typed);
            }
        }
        return body;
    }

    private Response show(String id, String done, String failed, Form form, List<String> ticked, String language,
            String lang, int status) {
        String path = "/kantor/ppid/permohonan/" + Api.segment(id);
        if (!AccountPages.uuid(id)) {
            return pages.notFound(language, lang, path);
        }
        if (OfficeRoles.PPID_READERS.stream().noneMatch(visitor::has)) {
            return office.notStaff(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/requests/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        Api.Answer catalogue = api.get("/api/ppid/exemption-grounds", Map.of(), language, null);
        List<PpidViews.Ground> grounds = catalogue.ok() ? PpidViews.grounds(catalogue.body().path("items"), m)
                : List.of();
        Map<String, Form> forms = new HashMap<>();
        MOVES.keySet().forEach(move -> forms.put(move, move.equals(failed) ? form : Form.empty()));
        return pages.render(request.data("r", OfficeViews.request(answer.body(), m, language))
                .data("officer", visitor.has(OfficeRoles.PPID_OFFICER))
                .data("done", done == null ? null : m.get("office.ppid.done." + done)).data("failed", failed)
                .data("forms", forms).data("grounds", grounds).data("ticked", ticked)
                .data("outcomes", OfficeViews.options(OfficeViews.OUTCOMES, "account.status.", m))
                .data("methods", OfficeViews.options(OfficeViews.DELIVERY_METHODS, "ppid.deliveryMethod.", m)),
                language, lang, path, status);
    }
}
