package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.document.TestFiles;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.RegistrationService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scan of an official's decree: attached and read by the trainer, for officials' registrations only. */
@QuarkusTest
class DecreeScanTest {

    private static final int YEAR = TrainingFixtures.freshYear();

    @Inject
    CalendarCopyService calendar;

    @Inject
    RegistrationService registrations;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void seed() {
        TrainingFixtures.seedCalendar(calendar, YEAR);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void theTrainerAttachesTheDecreeScanAndReadsItBack() {
        String registration = officialRegistration(1, "Budi Santoso", "198503102010011001");
        given().when().get(scan(registration)).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        byte[] sk = TestFiles.pdf("SK 800/12/401.102/2026");
        given().multiPart("file", "sk.pdf", sk, "application/pdf").when().put(scan(registration))
                .then().statusCode(200).body("mediaType", equalTo("application/pdf")).body("size", equalTo(sk.length));
        // again replaces it
        given().multiPart("file", "sk.jpg", TestFiles.jpeg(), "image/jpeg").when().put(scan(registration))
                .then().statusCode(200).body("fileName", equalTo("sk.jpg"));
        byte[] back = given().when().get(scan(registration)).then().statusCode(200).contentType("image/jpeg")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("filename=\"sk.jpg\""))
                .extract().asByteArray();
        assertThat(back).isEqualTo(TestFiles.jpeg());
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aProvidersRegistrationNeedsNoDecreeAndAnUnknownOneIs404() {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 3, 10));
        String provider = TrainingFixtures.online(registrations, mapper, session,
                TrainingFixtures.provider("Siti Aminah"));
        given().header("Accept-Language", "en").multiPart("file", "sk.pdf", TestFiles.pdf("SK"), "application/pdf")
                .when().put(scan(provider)).then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("No decree needed"));
        given().multiPart("file", "sk.pdf", TestFiles.pdf("SK"), "application/pdf")
                .when().put(scan(UUID.randomUUID().toString())).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void noScanForACancelledRegistration() {
        String registration = officialRegistration(3, "Dewi Lestari", "199001012015022002");
        given().contentType(ContentType.JSON).body(Map.of("reason", "Tidak jadi ikut"))
                .when().post("/api/training/registrations/" + registration + "/cancellation").then().statusCode(200);
        given().header("Accept-Language", "en").multiPart("file", "sk.pdf", TestFiles.pdf("SK"), "application/pdf")
                .when().put(scan(registration)).then().statusCode(409)
                .body("detail", containsString("attach the scan of the decree"));
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void otherRolesAreRefused() {
        given().multiPart("file", "sk.pdf", TestFiles.pdf("SK"), "application/pdf")
                .when().put(scan(UUID.randomUUID().toString())).then().statusCode(403);
        given().when().get(scan(UUID.randomUUID().toString())).then().statusCode(403);
    }

    @Test
    void withoutATokenItIs401() {
        given().when().get(scan(UUID.randomUUID().toString())).then().statusCode(401);
    }

    /** An official's registration on the public form, in a session of week {@code week} (as a trainer schedules). */
    String officialRegistration(int week, String name, String nip) {
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(YEAR, week), 3, 10));
        return TrainingFixtures.online(registrations, mapper, session, TrainingFixtures.official(name, nip, true));
    }

    static String scan(String registration) {
        return "/api/training/registrations/" + registration + "/decree/scan";
    }
}
