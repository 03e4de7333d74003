package id.go.madiunkota.training.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.support.TrainingFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A participant's name, NIK, NIP, phone and e-mail are encrypted in the database and never written to the log. */
@QuarkusTest
class PersonalDataTest {

    private static final int YEAR = TrainingFixtures.freshYear();
    private static final String NAME = "Dewi Kusumaningrum Rahasia";
    private static final String NIP = "197001012000032001";

    @Inject
    CalendarCopyService calendar;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void participantsPersonalDataIsEncryptedAtRestAndKeptOutOfTheLog() throws Exception {
        TrainingFixtures.seedCalendar(calendar, YEAR);
        String session = TrainingFixtures.schedule(TrainingFixtures.session("PROCUREMENT_OFFICIAL",
                TrainingFixtures.workingDay(YEAR, 1), 3, 10));
        String id = given().contentType(ContentType.JSON).body(TrainingFixtures.official(NAME, NIP, true))
                .when().post("/api/training/sessions/" + session + "/registrations")
                .then().statusCode(201).body("participant.name", equalTo(NAME)).body("participant.nip", equalTo(NIP))
                .extract().path("id");

        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT participant_name, nip, phone, email, nip_hash FROM registration WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(id));
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).startsWith("v1:").doesNotContain(NAME);
                assertThat(rows.getString(2)).startsWith("v1:").doesNotContain(NIP);
                assertThat(rows.getString(3)).startsWith("v1:").doesNotContain("081298765432");
                assertThat(rows.getString(5)).isNotBlank().doesNotContain(NIP);
            }
        }
        String providers = TrainingFixtures.schedule(TrainingFixtures.session("PROVIDER",
                TrainingFixtures.workingDay(YEAR, 2), 3, 10));
        String nik = TrainingFixtures.nikOf("Peserta Penyedia Rahasia");
        String provider = given().contentType(ContentType.JSON)
                .body(TrainingFixtures.provider("Peserta Penyedia Rahasia"))
                .when().post("/api/training/sessions/" + providers + "/registrations")
                .then().statusCode(201).body("participant.nikMasked", equalTo(nik.substring(0, 4) + "********"
                        + nik.substring(12)))
                .extract().path("id");
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT nik, nik_hash FROM registration WHERE id = ?")) {
            statement.setObject(1, UUID.fromString(provider));
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).startsWith("v1:").doesNotContain(nik);
                assertThat(rows.getString(2)).isNotBlank().doesNotContain(nik);
            }
        }
        Path log = Path.of("target/training-test.log");
        assertThat(log).as("the test profile writes its log to a file").exists();
        String written = Files.readString(log);
        // positive control: the log holds this registration's own line, by id
        assertThat(written).contains("Registration " + id + " for session " + session);
        assertThat(written).doesNotContain(NAME, NIP, "081298765432", nik);
    }
}
