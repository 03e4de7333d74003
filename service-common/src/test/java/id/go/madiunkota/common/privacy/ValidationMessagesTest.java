package id.go.madiunkota.common.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The messages of {@link ValidNik}, {@link ValidNpwp} and the standard constraints, from this module's
 * ContributorValidationMessages bundles, in the caller's language; refused input is not stored.
 */
@QuarkusTest
class ValidationMessagesTest {

    private static final String PEOPLE = "/privacy-test/people";

    @Inject
    Validator validator;

    @Inject
    DataSource dataSource;

    @ParameterizedTest(name = "{0} {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            "nik  | 3577010101900000     | en | must be a valid 16-digit NIK",
            "nik  | 3577010101900000     | id | harus NIK 16 digit yang sah",
            "nik  | 35770101019000       |    | harus NIK 16 digit yang sah",
            "nik  |                      | en | must not be null",
            "nik  |                      | id | wajib diisi",
            "npwp | 01.234.567.8-901     | en | must be a valid NPWP of 15 or 16 digits",
            "npwp | 01.234.567.8-901     | id | harus NPWP 15 atau 16 digit yang sah",
            "name | ''                   | en | must not be blank",
            "name | ''                   | id | tidak boleh kosong",
            "name | LONG                 | en | size must be between 0 and 100",
            "name | LONG                 | id | ukuran harus antara 0 dan 100",
    })
    void aFieldIsRefusedOnceInTheCallersLanguageWithoutItsValue(String field, String value, String language,
            String message) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Budi", "nik", PersonalDataTest.uniqueNik(),
                "npwp", "012345678901000"));
        body.put(field, "LONG".equals(value) ? "x".repeat(101) : value);
        var request = given().contentType(ContentType.JSON).body(body);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        int before = people();
        ValidatableResponse refused = request.post(PEOPLE).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains(field))
                .body("errors.message", contains(message));
        if (value != null && !value.isEmpty()) {
            assertThat(refused.extract().asString()).doesNotContain(value);
        }
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void theValidatorUsesTheDefaultLocaleIndonesianOutsideARequest() {
        Set<ConstraintViolation<Applicant>> violations = validator.validate(new Applicant("123", "456"));
        assertThat(violations).extracting(ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder("harus NIK 16 digit yang sah", "harus NPWP 15 atau 16 digit yang sah");
        assertThat(validator.validate(new Applicant(null, null))).isEmpty();
        assertThat(validator.validate(new Applicant("3577010101900001", "01.234.567.8-901.000"))).isEmpty();
    }

    @Test
    void aValidPersonIsStored() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("name", "Budi", "nik", PersonalDataTest.uniqueNik(), "npwp", "3577010101900001"))
                .post(PEOPLE).then().statusCode(201).body("npwp", equalTo("35***********001"));
    }

    /** A DTO as a service writes one. */
    public record Applicant(@ValidNik String nik, @ValidNpwp String npwp) {
    }

    private int people() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM privacy_test_person");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
