package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SPSE training's public pages: the schedule of upcoming sessions with the places left, the registration for a
 * session (a procurement official declares the superior's decree, or shows it later), and its outcome in words. Same
 * pattern as {@link HelpdeskPages}. The certificate check is not here: the training API has no certificates yet.
 */
@Path("/layanan/pelatihan")
@Produces(MediaType.TEXT_HTML)
public class TrainingPages {

    static final List<String> PARTICIPANT_FIELDS = List.of("participant.name", "participant.type",
            "participant.organization", "participant.nik", "participant.nip", "participant.phone",
            "participant.email", "guestBookSignedAt", "decree.number", "decree.date");
    static final List<String> AUDIENCES = List.of("PROVIDER", "PROCUREMENT_OFFICIAL");
    static final List<String> OUTCOMES = List.of("CONFIRMED", "WAITLISTED", "PENDING_DECREE");
    /** How far ahead the schedule looks: half a year. */
    static final int DAYS_AHEAD = 183;

    private final Api api;
    private final PageRenderer pages;
    private final PortalPages portal;
    private final Visitor visitor;
    private final Clock clock;
    private final Template schedule;
    private final Template registration;
    private final Template registered;

    public TrainingPages(Api api, PageRenderer pages, PortalPages portal, Visitor visitor,
            @Location("training/schedule.html") Template schedule,
            @Location("training/registration.html") Template registration,
            @Location("training/registered.html") Template registered) {
        this.api = api;
        this.pages = pages;
        this.portal = portal;
        this.visitor = visitor;
        this.clock = Clock.system(Views.MADIUN);
        this.schedule = schedule;
        this.registration = registration;
        this.registered = registered;
    }

    /** The service's standard; this class's path would otherwise hide {@link PortalPages#service}. */
    @GET
    public Response standard(@QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        return portal.service(PortalService.TRAINING.slug(), lang, cookie);
    }

    @GET
    @Path("jadwal")
    public Response schedule(@QueryParam("untuk") String audience, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String chosen = audience != null && AUDIENCES.contains(audience) ? audience : null;
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("from", today);
        query.put("to", today.plusDays(DAYS_AHEAD));
        query.put("audience", chosen);
        query.put("size", 100);
        Api.Answer answer = api.get("/api/training/sessions", query, language, visitor.token());
        String path = "/layanan/pelatihan/jadwal" + (chosen == null ? "" : "?untuk=" + chosen);
        if (!answer.ok()) {
            return pages.unavailable(language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        List<Views.Session> sessions = new ArrayList<>();
        for (JsonNode item : answer.body().path("items")) {
            sessions.add(session(item, m, language));
        }
        List<Views.Option> audiences = AUDIENCES.stream()
                .map(a -> new Views.Option(a, m.get("training.audience." + a))).toList();
        return pages.render(schedule.data("sessions", sessions).data("audiences", audiences)
                .data("chosen", chosen == null ? "" : chosen), language, lang, path, 200);
    }

    @GET
    @Path("daftar")
    public Response registrationForm(@QueryParam("sesi") String sessionId, @QueryParam("lang") String lang,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return showRegistration(Form.empty(), sessionId, language, lang, 200);
    }

    @POST
    @Path("daftar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        Form form = Form.of(posted);
        String sessionId = uuidOrNull(form.valueOrNull("sesi"));
        if (sessionId == null) {
            return pages.notFound(language, null, "/layanan/pelatihan/daftar");
        }
        ObjectNode body = form.json(PARTICIPANT_FIELDS);
        if (body.has("guestBookSignedAt")) {
            body.put("guestBookSignedAt", instant(body.path("guestBookSignedAt").asText()));
        }
        Api.Answer answer = api.post("/api/training/sessions/" + sessionId + "/registrations", body, language,
                visitor.token(), form.key());
        if (!answer.ok()) {
            form.problem(answer.body(), PARTICIPANT_FIELDS);
            return showRegistration(form, sessionId, language, null, 400);
        }
        String status = answer.body().path("status").asText("");
        StringBuilder to = new StringBuilder("/layanan/pelatihan/terdaftar?sesi=").append(sessionId)
                .append("&status=").append(Api.segment(status));
        if (answer.body().path("waitlistPosition").isInt()) {
            to.append("&antrean=").append(answer.body().path("waitlistPosition").asInt());
        }
        if (answer.body().path("decree").isObject()) {
            to.append("&sk=1");
        }
        return Response.seeOther(URI.create(to.toString())).build();
    }

    /** The registration's outcome in words: place confirmed, on the waitlist at position N, or waiting for a decree. */
    @GET
    @Path("terdaftar")
    public Response registered(@QueryParam("sesi") String sessionId, @QueryParam("status") String status,
            @QueryParam("antrean") Integer position, @QueryParam("sk") String declared,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        String id = uuidOrNull(sessionId);
        String outcome = status != null && OUTCOMES.contains(status) ? status : null;
        StringBuilder path = new StringBuilder("/layanan/pelatihan/terdaftar");
        if (id == null || outcome == null) {
            return pages.notFound(language, lang, path.toString());
        }
        path.append("?sesi=").append(id).append("&status=").append(outcome);
        if (position != null) {
            path.append("&antrean=").append(position);
        }
        if ("1".equals(declared)) {
            path.append("&sk=1");
        }
        Api.Answer answer = api.get("/api/training/sessions/" + id, Map.of(), language, visitor.token());
        Views.Session session = answer.ok() ? session(answer.body(), Messages.of(language), language) : null;
        return pages.render(registered.data("session", session).data("status", outcome)
                .data("position", position == null ? 0 : position).data("declared", "1".equals(declared)),
                language, lang, path.toString(), 200);
    }

    private Response showRegistration(Form form, String sessionId, String language, String lang, int status) {
        String id = uuidOrNull(sessionId);
        String path = "/layanan/pelatihan/daftar" + (id == null ? "" : "?sesi=" + id);
        if (id == null) {
            return pages.notFound(language, lang, path);
        }
        Api.Answer answer = api.get("/api/training/sessions/" + id, Map.of(), language, visitor.token());
        if (!answer.ok()) {
            return pages.notFound(language, lang, path);
        }
        Views.Session session = session(answer.body(), Messages.of(language), language);
        form.preset("participant.type", session.audienceCode());
        return pages.render(registration.data("form", form).data("session", session)
                .data("official", "PROCUREMENT_OFFICIAL".equals(session.audienceCode())), language, lang, path,
                status);
    }

    static Views.Session session(JsonNode s, Map<String, String> m, String language) {
        String audience = s.path("audience").asText("");
        long left = s.path("placesLeft").asLong(0);
        String starts = s.path("startsAt").asText(null);
        String ends = s.path("endsAt").asText(null);
        String day = starts == null ? Views.day(s.path("date").asText(null), language)
                : Views.weekday(starts, language);
        String time = starts == null || ends == null ? null
                : Views.clock(starts) + "–" + Views.clock(ends) + " WIB";
        return new Views.Session(s.path("id").asText(), s.path("title").asText(),
                m.getOrDefault("training.audience." + audience, audience), audience, day, time,
                s.path("room").asText(null), s.path("trainer").asText(null), left, s.path("waitlisted").asLong(0),
                left <= 0, "CANCELLED".equals(s.path("status").asText()), s.path("calendarProvisional").asBoolean());
    }

    /** A {@code datetime-local} value ({@code 2026-12-01T08:15}) as an instant in Madiun; anything else as typed. */
    static String instant(String typed) {
        try {
            return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(java.time.LocalDateTime.parse(typed).atZone(Views.MADIUN));
        } catch (java.time.format.DateTimeParseException e) {
            return typed;
        }
    }

    private static String uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip()).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
