package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.BrowserStory;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.SuiteClock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A training registration told in a real browser: the trainer schedules a provider session of one place (through the
 * gateway, with a real token); the schedule shows it with its place; the first provider's form, sent without a NIK,
 * comes back with the API's message next to the NIK field; corrected, the place is confirmed; the second provider is
 * put on the waiting list and told the position. The trainer's list of registrations shows both as the pages said.
 *
 * <p>The session is a Thursday at least 70 days ahead, later than the session {@link TrainingStoryTest} schedules, so
 * that the invitation of that story's newly activated provider never goes to this full session.
 */
class TrainingRegistrationBrowserTest extends BrowserStory {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    @Test
    void aPlaceIsConfirmedAndTheNextProviderWaitsInLine() {
        String title = "Pelatihan SPSE penyedia (browser " + ThreadLocalRandom.current().nextInt(100_000) + ")";
        String session = scheduleOnePlace(title);

        browser.open("/layanan/pelatihan/jadwal?untuk=PROVIDER", "schedule");
        assertThat(browser.has("jadwal")).isTrue();

        browser.open("/layanan/pelatihan/daftar?sesi=" + session, "form");
        assertThat(browser.text("sesi")).contains(title);
        fillProvider("Dewi Lestari", "CV Dewi Jaya").submit("nik-missing");
        assertThat(browser.errorFor("participant.nik")).isNotBlank();
        assertThat(browser.value("participant.name")).isEqualTo("Dewi Lestari");
        assertThat(browser.value("participant.organization")).isEqualTo("CV Dewi Jaya");

        browser.fill("participant.nik", nik()).submit("confirmed");
        assertThat(browser.path()).startsWith("/layanan/pelatihan/terdaftar");
        assertThat(browser.text("status")).isEqualTo("Tempat Anda sudah pasti.");

        browser.forgetCookies();
        browser.open("/layanan/pelatihan/daftar?sesi=" + session, "second-form");
        fillProvider("Agus Santoso", "PT Agus Makmur").fill("participant.nik", nik()).submit("waitlisted");
        assertThat(browser.text("status")).startsWith("Sesi sudah penuh. Urutan Anda di daftar tunggu:");
        assertThat(browser.text("antrean")).isEqualTo("1");

        List<String> statuses = Gateway.as("trainer").when().get("/api/training/sessions/" + session
                + "/registrations").then().statusCode(200).extract().path("items.status");
        assertThat(statuses).containsExactly("CONFIRMED", "WAITLISTED");
    }

    private static String nik() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("357701%02d%02d%02d%04d", 1 + random.nextInt(28), 1 + random.nextInt(12),
                random.nextInt(100), 1 + random.nextInt(9_999));
    }

    private id.go.madiunkota.e2e.support.Browser fillProvider(String name, String company) {
        return browser.fill("participant.name", name).fill("participant.organization", company)
                .fill("participant.phone", "081234509876")
                .set("guestBookSignedAt", SuiteClock.today().minusDays(1) + "T08:30"); // not in the future
    }

    /** A provider session of one place on the first Thursday from 70 days ahead that the calendar accepts. */
    private static String scheduleOnePlace(String title) {
        LocalDate today = SuiteClock.today();
        List<String> refusals = new ArrayList<>();
        for (LocalDate day = today.plusDays(70); !day.isAfter(today.plusDays(180)); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.THURSDAY) {
                continue;
            }
            OffsetDateTime startsAt = OffsetDateTime.of(day, LocalTime.of(13, 0), WIB);
            Response response = Gateway.as("trainer").contentType(ContentType.JSON)
                    .body(Map.of("title", title, "audience", "PROVIDER", "startsAt", startsAt.toString(),
                            "endsAt", startsAt.plusHours(3).toString(), "room", "Ruang Pelatihan LPSE",
                            "capacity", 1, "trainer", "Agus Prasetyo, S.Kom."))
                    .when().post("/api/training/sessions");
            if (response.statusCode() == 201) {
                return response.path("id");
            }
            refusals.add(day + ": " + response.statusCode() + " " + response.path("detail"));
        }
        throw new AssertionError("no Thursday 70-180 days ahead was accepted: " + refusals);
    }
}
