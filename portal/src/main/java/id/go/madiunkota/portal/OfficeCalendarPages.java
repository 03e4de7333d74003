package id.go.madiunkota.portal;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The working-day calendar as the administrator keeps it ({@code /kantor/kalender?tahun=}): a year's non-working days
 * and whether the year runs on a decree or, provisionally, on predicted holidays; an ad-hoc day added or removed with
 * its reason; a year's decree (SKB 3 Menteri) entered as CSV. Every change goes through the PPID API, which versions
 * the calendar, audits the change and recomputes the open deadlines.
 */
@Path("/kantor/kalender")
@Produces(MediaType.TEXT_HTML)
public class OfficeCalendarPages {

    static final String PATH = "/kantor/kalender";
    static final List<String> DAY_FIELDS = List.of("date", "kind", "name", "source", "reason");
    static final List<String> KINDS = List.of("AD_HOC", "LOCAL", "NATIONAL_HOLIDAY", "CUTI_BERSAMA");

    private final Api api;
    private final PageRenderer pages;
    private final Visitor visitor;
    private final AccountPages account;
    private final OfficePages office;
    private final Template calendar;

    public OfficeCalendarPages(Api api, PageRenderer pages, Visitor visitor, AccountPages account,
            OfficePages office, @Location("office/calendar.html") Template calendar) {
        this.api = api;
        this.pages = pages;
        this.visitor = visitor;
        this.account = account;
        this.office = office;
        this.calendar = calendar;
    }

    /** One non-working day: its date in words, kind, name, source, who added it. */
    @TemplateData
    public record Day(String iso, String date, String kind, String name, String source, String addedBy) {
    }

    @GET
    public Response year(@QueryParam("tahun") String year, @QueryParam("selesai") String done,
            @QueryParam("lang") String lang, @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(lang, cookie);
        return show(year(year), done, Form.empty().preset("kind", "AD_HOC"), Form.empty(), language, lang, 200);
    }

    @POST
    @Path("hari")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addDay(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!visitor.has(OfficeRoles.ADMIN)) {
            return office.notStaff(language, null, PATH);
        }
        Form form = Form.of(posted);
        int year = year(form.value("tahun"));
        Api.Answer answer = api.post("/api/ppid/calendar/non-working-days", form.json(DAY_FIELDS), language,
                visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), DAY_FIELDS);
            return show(year, null, form, Form.empty(), language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, PATH);
        }
        return Response.seeOther(URI.create(PATH + "?tahun=" + year + "&selesai=added")).build();
    }

    @POST
    @Path("hapus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeDay(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!visitor.has(OfficeRoles.ADMIN)) {
            return office.notStaff(language, null, PATH);
        }
        Form form = Form.of(posted);
        int year = year(form.value("tahun"));
        // the removal's fields are named apart from the add form's (day, why), so that each keeps its own
        Api.Answer answer = api.delete("/api/ppid/calendar/non-working-days/" + Api.segment(form.value("day")),
                Map.of("reason", form.value("why")), language, visitor.token());
        if (!answer.ok() && answer.status() != 404) {
            return account.trouble(answer, language, null, PATH);
        }
        return Response.seeOther(URI.create(PATH + "?tahun=" + year + "&selesai=removed")).build();
    }

    @POST
    @Path("skb")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decree(MultivaluedMap<String, String> posted,
            @CookieParam(PageRenderer.LANG_COOKIE) String cookie) {
        String language = PageRenderer.language(null, cookie);
        if (!visitor.has(OfficeRoles.ADMIN)) {
            return office.notStaff(language, null, PATH);
        }
        Form form = Form.of(posted);
        int year = year(form.value("tahun"));
        Api.Answer answer = api.postText("/api/ppid/calendar/decrees", form.value("csv"), "text/csv", language,
                visitor.token(), form.key());
        if (answer.status() == 400 || answer.status() == 409 || answer.status() == 422) {
            form.problem(answer.body(), List.of());
            return show(year, null, Form.empty().preset("kind", "AD_HOC"), form, language, null, answer.status());
        }
        if (!answer.ok()) {
            return account.trouble(answer, language, null, PATH);
        }
        return Response.seeOther(URI.create(PATH + "?tahun=" + answer.body().path("year").asInt(year)
                + "&selesai=decree")).build();
    }

    private Response show(int year, String done, Form day, Form decree, String language, String lang, int status) {
        String path = PATH + "?tahun=" + year;
        if (!visitor.has(OfficeRoles.ADMIN)) {
            return office.notStaff(language, lang, path);
        }
        Api.Answer answer = api.get("/api/ppid/calendar/non-working-days", Map.of("year", year, "size", 366),
                language, visitor.token());
        if (!answer.ok()) {
            return account.trouble(answer, language, lang, path);
        }
        Map<String, String> m = Messages.of(language);
        List<Day> days = new ArrayList<>();
        for (JsonNode d : answer.body().path("items")) {
            String kind = d.path("kind").asText();
            days.add(new Day(d.path("date").asText(), Views.day(d.path("date").asText(), language),
                    m.getOrDefault("office.calendar.kind." + kind, kind), d.path("name").asText(),
                    d.path("source").asText(null), d.path("addedBy").asText(null)));
        }
        boolean provisional = "PROVISIONAL".equals(answer.body().path("yearCalendar").asText());
        String doneText = done == null ? null : m.get("office.calendar.done." + done);
        return pages.render(calendar.data("year", year).data("days", days).data("provisional", provisional)
                .data("done", doneText).data("dayForm", day).data("decreeForm", decree)
                .data("kinds", OfficeViews.options(KINDS, "office.calendar.kind.", m))
                .data("previous", year - 1).data("next", year + 1), language, lang, path, status);
    }

    /** The year asked for (2000–2100), else this year in Madiun. */
    static int year(String typed) {
        try {
            int year = Integer.parseInt(typed == null ? "" : typed.strip());
            return year < 2000 || year > 2100 ? LocalDate.now(Views.MADIUN).getYear() : year;
        } catch (NumberFormatException e) {
            return LocalDate.now(Views.MADIUN).getYear();
        }
    }
}
