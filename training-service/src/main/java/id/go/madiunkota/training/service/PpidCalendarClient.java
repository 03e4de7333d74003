package id.go.madiunkota.training.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;

/** The public calendar endpoints of ppid-service, read to fill the local copy when it is empty. */
@Path("/api/ppid/calendar")
@Produces(MediaType.APPLICATION_JSON)
public interface PpidCalendarClient {

    /** One page of a year's non-working days. */
    @GET
    @Path("/non-working-days")
    DayPage nonWorkingDays(@QueryParam("year") int year, @QueryParam("page") int page, @QueryParam("size") int size);

    /** Any working-day answer, read for the calendar version it carries. */
    @GET
    @Path("/working-days")
    WorkingDay workingDays(@QueryParam("from") LocalDate from, @QueryParam("add") int add);

    /** A page of ppid-service's non-working days. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DayPage(List<Day> items, int page, int size, long total, String yearCalendar) {
    }

    /** One non-working day as ppid-service publishes it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate date, String kind) {
    }

    /** A working-day answer; only its calendar version is used. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkingDay(LocalDate date, String calendarVersion) {
    }
}
