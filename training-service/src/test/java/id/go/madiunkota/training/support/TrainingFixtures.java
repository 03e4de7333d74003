package id.go.madiunkota.training.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.holiday.HolidayPredictor;
import id.go.madiunkota.training.api.RegistrationBodies;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.service.PpidCalendarClient;
import io.restassured.http.ContentType;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data: a year of its own per test class (far in the future, so that no other test's data and no event of
 * another service's tests touches it), its calendar seeded, and request bodies.
 */
public final class TrainingFixtures {

    private TrainingFixtures() {
    }

    /** The next year handed out by {@link #freshYear()}; the test database is emptied when the service starts. */
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger(2040);

    /**
     * A year of its own for a test class: no two calls in one run get the same year (random years collided, and one
     * class's "nothing was saved on that day" then counted another class's session). Years from 2070 on belong to
     * tests that name their year (CalendarFillTest fills 2071 and 2072 at calendar version 42, which a later fill at
     * version 1 does not change; ConsumersReading uses 2091-2098; {@link #latestYear()} 2095-2098).
     */
    public static int freshYear() {
        int year = NEXT_YEAR.getAndIncrement();
        if (year >= 2070) {
            throw new IllegalStateException("more test years handed out than 2040-2069 holds");
        }
        return year;
    }

    /**
     * A year after every other test class's, for a test that needs to know there is no later session (the test
     * database is shared by the classes of one run).
     */
    public static int latestYear() {
        return ThreadLocalRandom.current().nextInt(2095, 2099);
    }

    /**
     * Seeds the local calendar copy for {@code year} as a decreed year: New Year's Day and {@link #holiday(int)}, no
     * predicted holidays.
     */
    public static void seedCalendar(CalendarCopyService calendar, int year) {
        calendar.fill(List.of(new PpidCalendarClient.Day(LocalDate.of(year, 1, 1), "NATIONAL_HOLIDAY"),
                new PpidCalendarClient.Day(holiday(year), "NATIONAL_HOLIDAY")), Set.of(year), Set.of(), 1);
    }

    /** A Wednesday in March that the seeded calendar makes a holiday. */
    public static LocalDate holiday(int year) {
        return LocalDate.of(year, 3, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
    }

    /**
     * The {@code n}-th Monday (from 1) after 1 May (a holiday by law), or the Tuesday after it when that Monday is a
     * holiday fixed by law (1 June, Pancasila Day, is a Monday in 2043, 2048, 2054 …): working days in a seeded year.
     */
    public static LocalDate workingDay(int year, int n) {
        LocalDate monday = LocalDate.of(year, 5, 1).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
        return HolidayPredictor.isFixedHoliday(monday) ? monday.plusDays(1) : monday;
    }

    /** A session body: {@code hours} long from 09:00 WIB on {@code day}. */
    public static Map<String, Object> session(String audience, LocalDate day, int hours, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Pelatihan SPSE untuk " + audience);
        body.put("audience", audience);
        body.put("startsAt", day + "T09:00:00+07:00");
        body.put("endsAt", day + "T" + String.format("%02d", 9 + hours) + ":00:00+07:00");
        body.put("room", "Ruang Pelatihan LPSE");
        body.put("capacity", capacity);
        body.put("trainer", "Agus Prasetyo");
        return body;
    }

    /** Schedules a session as a trainer would (the caller runs under @TestSecurity with role trainer or admin). */
    public static String schedule(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/training/sessions")
                .then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    /** A provider's registration body. */
    public static Map<String, Object> provider(String name) {
        Map<String, Object> participant = new HashMap<>();
        participant.put("name", name);
        participant.put("type", "PROVIDER");
        participant.put("organization", "CV Maju Jaya");
        participant.put("nik", nikOf(name));
        participant.put("phone", "081234567890");
        participant.put("email", "peserta@majujaya.co.id");
        return registration(participant, null);
    }

    /**
     * A valid NIK (Kota Madiun, a birth date and a serial) that depends only on {@code name}: the same name is the
     * same person, different names are different people.
     */
    public static String nikOf(String name) {
        long h = Integer.toUnsignedLong(name.hashCode()) * 31 + name.length();
        int day = 1 + (int) (h % 28);
        int month = 1 + (int) (h / 28 % 12);
        int year = (int) (h / 336 % 100);
        int serial = 1 + (int) (h / 33_600 % 9_999);
        return String.format("357701%02d%02d%02d%04d", day, month, year, serial);
    }

    /** A procurement official's registration body, with a decree or without. */
    public static Map<String, Object> official(String name, String nip, boolean withDecree) {
        Map<String, Object> participant = new HashMap<>();
        participant.put("name", name);
        participant.put("type", "PROCUREMENT_OFFICIAL");
        participant.put("organization", "Dinas Pekerjaan Umum Kota Madiun");
        participant.put("nip", nip);
        participant.put("phone", "081298765432");
        return registration(participant, withDecree ? Map.of("number", "800/12/401.102/2026", "date", "2026-11-20")
                : null);
    }

    /** A registration on the public form (anonymous: nobody acts, the decree, if any, is declared, not seen). */
    public static String online(RegistrationService registrations, ObjectMapper mapper, String session,
            Map<String, Object> body) {
        RegistrationBodies.Register register = mapper.convertValue(body, RegistrationBodies.Register.class);
        return registrations.register(UUID.fromString(session), register, null, false).id().toString();
    }

    private static Map<String, Object> registration(Map<String, Object> participant, Map<String, Object> decree) {
        Map<String, Object> body = new HashMap<>();
        body.put("participant", participant);
        body.put("guestBookSignedAt", "2026-11-02T08:00:00Z");
        if (decree != null) {
            body.put("decree", decree);
        }
        return body;
    }
}
