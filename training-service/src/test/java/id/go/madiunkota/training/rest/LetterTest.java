package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.letter.IndonesianDates;
import id.go.madiunkota.testing.PdfText;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Training's letters read back with PDFBox: the attendance list (Daftar Hadir) and the certificate (Sertifikat
 * Pelatihan) with its code, which anyone checks without a token.
 */
@QuarkusTest
class LetterTest {

    private static final Pattern CODE = Pattern.compile("Kode sertifikat: ([2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5})");
    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    TestClock clock;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void theAttendanceListAndTheCertificateCarryTheSessionAndTheParticipant() {
        LocalDate day = TrainingFixtures.workingDay(YEAR, 2);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER", day, 3, 5));
        String rina = register(session, "Rina Kartika");
        String joko = register(session, "Joko Susilo");
        String certificate = "/api/training/registrations/" + rina + "/letters/certificate";
        given().when().get(certificate).then().statusCode(409).contentType("application/problem+json");

        clock.set(OffsetDateTime.of(day.atTime(9, 30), ZoneOffset.ofHours(7)));
        given().contentType(ContentType.JSON).body(Map.of("registrationId", rina))
                .when().post("/api/training/sessions/" + session + "/attendance").then().statusCode(200);
        byte[] list = given().when().get("/api/training/sessions/" + session + "/letters/attendance-list")
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", startsWith("inline; filename=\"daftar-hadir-SPSE-"))
                .extract().asByteArray();
        assertThat(PdfText.of("training-attendance-list", list).text()).contains("PEMERINTAH KOTA MADIUN",
                        "DAFTAR HADIR PELATIHAN SPSE",
                        "Pelatihan SPSE untuk PROVIDER", IndonesianDates.dayAndDate(day), "09.00–12.00 WIB",
                        "Ruang Pelatihan LPSE", "Agus Prasetyo", "Rina Kartika", "Joko Susilo", "CV Maju Jaya",
                        "09.30 WIB", "Jumlah peserta terdaftar: 2; hadir: 1.")
                .doesNotContain(TrainingFixtures.nikOf("Rina Kartika"), "081234567890", "peserta@majujaya.co.id");

        given().contentType(ContentType.JSON).body(Map.of("understood", true))
                .when().post("/api/training/registrations/" + rina + "/completion").then().statusCode(200);
        String text = PdfText.of("training-certificate", given().when().get(certificate).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray()).text();
        assertThat(text).contains("SERTIFIKAT PELATIHAN", "Rina Kartika", "CV Maju Jaya",
                        "Pelatihan SPSE untuk PROVIDER", "Madiun, " + IndonesianDates.date(day))
                .doesNotContain(TrainingFixtures.nikOf("Rina Kartika"), "081234567890");
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).isTrue();

        String check = given().when().get("/api/training/certificates/" + code.group(1)).then().statusCode(200)
                .body("code", equalTo(code.group(1))).body("holderName", equalTo("Rina Kartika"))
                .body("trainingTitle", equalTo("Pelatihan SPSE untuk PROVIDER"))
                .body("trainingDate", equalTo(day.toString())).body("completedOn", equalTo(day.toString()))
                .body("$", not(hasKey("nik"))).body("$", not(hasKey("phone")))
                .extract().asString();
        assertThat(check).doesNotContain(TrainingFixtures.nikOf("Rina Kartika"), "081234567890",
                "peserta@majujaya.co.id");
        given().when().get("/api/training/registrations/" + joko + "/letters/certificate").then().statusCode(409);
        given().header("Accept-Language", "en")
                .when().get("/api/training/sessions/" + session + "/letters/certificate").then().statusCode(404)
                .body("detail", equalTo("There is no letter kind 'certificate'. The kinds are: attendance-list."));
        given().when().get("/api/training/sessions/" + UUID.randomUUID() + "/letters/attendance-list")
                .then().statusCode(404);
    }

    @Test
    void anyoneChecksACertificateWithoutATokenAndAnUnknownCodeIsNotFound() {
        given().when().get("/api/training/certificates/ZZZZZ-ZZZZZ").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/training/sessions/" + UUID.randomUUID() + "/letters/attendance-list")
                .then().statusCode(401);
        given().when().get("/api/training/registrations/" + UUID.randomUUID() + "/letters/certificate")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenMayNotReadTheAttendanceList() {
        given().when().get("/api/training/sessions/" + UUID.randomUUID() + "/letters/attendance-list")
                .then().statusCode(403);
    }

    private static String register(String session, String name) {
        return given().contentType(ContentType.JSON).body(TrainingFixtures.provider(name))
                .when().post("/api/training/sessions/" + session + "/registrations").then().statusCode(201)
                .extract().path("id");
    }
}
