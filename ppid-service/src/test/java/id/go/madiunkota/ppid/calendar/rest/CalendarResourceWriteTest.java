package id.go.madiunkota.ppid.calendar.rest;

import static id.go.madiunkota.ppid.calendar.rest.CalendarResourceTest.PROBLEM;
import static id.go.madiunkota.ppid.calendar.rest.CalendarResourceTest.api;
import static id.go.madiunkota.ppid.calendar.rest.CalendarResourceTest.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.go.madiunkota.ppid.CalendarDb;
import id.go.madiunkota.ppid.calendar.service.NoticeProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin changes the calendar through the API; other roles may not; a refused or failed change saves nothing.
 * Each test uses its own day in 2029 (no other test uses that year) and removes what it adds.
 */
@QuarkusTest
class CalendarResourceWriteTest {

    @Inject
    DataSource dataSource;

    private CalendarDb db;

    @BeforeEach
    void setUp() {
        db = new CalendarDb(dataSource);
    }

    @Test
    @TestSecurity(user = "ppid-officer", roles = "ppid-officer")
    void anOfficerMayNotChangeTheCalendar() {
        api().contentType(ContentType.JSON).body(body("2029-03-05"))
                .when().post("calendar/non-working-days")
                .then().statusCode(403).contentType(PROBLEM)
                .body("title", equalTo("Akses ditolak"));
        api().queryParam("reason", "uji").when().delete("calendar/non-working-days/2026-03-19")
                .then().statusCode(403).contentType(PROBLEM);
        assertThat(db.stored(LocalDate.parse("2029-03-05"))).isFalse();
        assertThat(db.stored(LocalDate.parse("2026-03-19"))).isTrue();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminAddsADayThatAnyoneThenReadsAndRemovesIt() {
        LocalDate day = LocalDate.parse("2029-03-05");
        int before = db.version();
        String location = api().contentType(ContentType.JSON).body(body(day.toString()))
                .when().post("calendar/non-working-days")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/api/ppid/calendar/non-working-days/2029-03-05"))
                .body("date", equalTo("2029-03-05"))
                .body("kind", equalTo("AD_HOC"))
                .body("name", equalTo("Libur tambahan uji"))
                .body("source", equalTo("Keppres uji"))
                .body("addedBy", equalTo("admin"))
                .body("addedAt", notNullValue())
                .extract().header("Location");
        try {
            api().when().get(location.substring(location.indexOf("/calendar/") + 1))
                    .then().statusCode(200).body("date", equalTo("2029-03-05"));
            api().queryParam("from", "2029-03-02").queryParam("add", 1).when().get("calendar/working-days")
                    .then().statusCode(200)
                    .body("date", equalTo("2029-03-06"))
                    .body("calendarVersion", equalTo(String.valueOf(before + 1)));
            assertThat(db.lastChangedEvent(day)).containsAllEntriesOf(Map.of("aggregateid", "2029",
                    "change", "ADDED", "calendarVersion", String.valueOf(before + 1)));
            assertThat(db.row("select changed_by, reason from calendar_change where date = ?", day))
                    .containsEntry("changed_by", "admin").containsEntry("reason", "Ditetapkan untuk pengujian");
        } finally {
            api().queryParam("reason", "Selesai diuji").when().delete("calendar/non-working-days/2029-03-05")
                    .then().statusCode(204);
        }
        assertThat(db.version()).isEqualTo(before + 2);
        assertThat(db.lastChangedEvent(day)).containsEntry("change", "REMOVED").containsEntry("reason",
                "Selesai diuji");
        api().queryParam("from", "2029-03-02").queryParam("add", 1).when().get("calendar/working-days")
                .then().statusCode(200).body("date", equalTo("2029-03-05"));
        api().queryParam("reason", "lagi").when().delete("calendar/non-working-days/2029-03-05")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aDayThatIsAlreadyNonWorkingIsAConflictAndSavesNothing() {
        LocalDate nyepi = LocalDate.parse("2026-03-19");
        Footprint before = footprint(nyepi);
        api().contentType(ContentType.JSON).body(body(nyepi.toString()))
                .when().post("calendar/non-working-days")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", endsWith("/calendar-day-exists"))
                .body("title", equalTo("Hari sudah tercatat sebagai hari tidak bekerja"))
                .body("detail", equalTo("Tanggal 2026-03-19 sudah tercatat sebagai hari tidak bekerja "
                        + "(Hari Suci Nyepi (Tahun Baru Saka 1948))."));
        api().header("Accept-Language", "en").contentType(ContentType.JSON).body(body(nyepi.toString()))
                .when().post("calendar/non-working-days")
                .then().statusCode(409).contentType(PROBLEM)
                .body("title", equalTo("Already a non-working day"))
                .body("detail", containsString("2026-03-19 is already a non-working day"));
        assertThat(footprint(nyepi)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aDayMoreThanTwoYearsBackCannotBeChanged() {
        LocalDate old = LocalDate.parse("2020-01-02");
        Footprint before = footprint(old);
        api().header("Accept-Language", "en").contentType(ContentType.JSON).body(body(old.toString()))
                .when().post("calendar/non-working-days")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/calendar-date-too-old"))
                .body("title", equalTo("Date too far back"))
                .body("detail", containsString("2020-01-02"));
        assertThat(footprint(old)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aChangeWhoseFollowUpFailsIsRolledBackWhole() {
        LocalDate day = NoticeProbe.FAILING_DATE;
        Footprint before = footprint(day);
        api().contentType(ContentType.JSON).body(body(day.toString()))
                .when().post("calendar/non-working-days")
                .then().statusCode(500).contentType(PROBLEM)
                .body("title", equalTo("Kesalahan sistem"));
        assertThat(footprint(day)).isEqualTo(before);
        assertThat(db.stored(day)).isFalse();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void invalidBodiesAreRefusedWithTheFieldsNamedAndSaveNothing() {
        LocalDate day = LocalDate.parse("2029-04-02");
        Footprint before = footprint(day);
        Map<String, Object> noDate = body(day.toString());
        noDate.remove("date");
        noDate.remove("reason");
        api().contentType(ContentType.JSON).body(noDate).when().post("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", org.hamcrest.Matchers.contains("date", "reason"))
                .body("errors.find { it.field == 'date' }.message", equalTo("wajib diisi"));

        Map<String, Object> unknownKind = body(day.toString());
        unknownKind.put("kind", "BIRTHDAY");
        api().header("Accept-Language", "en").contentType(ContentType.JSON).body(unknownKind)
                .when().post("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Unreadable request body"))
                .body("errors.field", org.hamcrest.Matchers.contains("kind"))
                .body("errors[0].message", equalTo("must be one of: NATIONAL_HOLIDAY, CUTI_BERSAMA, AD_HOC, LOCAL"));

        Map<String, Object> unknownField = body(day.toString());
        unknownField.put("colour", "red");
        api().header("Accept-Language", "en").contentType(ContentType.JSON).body(unknownField)
                .when().post("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("Unknown field 'colour'."))
                .body("errors.field", hasItem("colour"));

        Map<String, Object> badDate = body("2029-02-30");
        api().contentType(ContentType.JSON).body(badDate).when().post("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Isi permintaan tidak dapat dibaca"))
                .body("errors.field", org.hamcrest.Matchers.contains("date"));

        Map<String, Object> tooLong = body(day.toString());
        tooLong.put("name", "x".repeat(201));
        api().contentType(ContentType.JSON).body(tooLong).when().post("calendar/non-working-days")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"));

        assertThat(footprint(day)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void removingNeedsAReasonAndAnExistingDay() {
        api().header("Accept-Language", "en").when().delete("calendar/non-working-days/2026-03-19")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("reason"));
        api().queryParam("reason", "uji").when().delete("calendar/non-working-days/2029-04-03")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/calendar-day-not-found"));
        assertThat(db.stored(LocalDate.parse("2026-03-19"))).isTrue();
    }

    /** What a change would have touched: the version, and the audit and outbox rows about the day. */
    private record Footprint(int version, long auditRows, long events, long allEvents) {
    }

    private Footprint footprint(LocalDate day) {
        return new Footprint(db.version(), db.auditRows(day), db.changedEvents(day),
                db.count("select count(*) from outbox_event where type = 'ppid.CalendarChanged'"));
    }
}
