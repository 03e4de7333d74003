package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.DIRECTOR_NIK;
import static id.go.madiunkota.verification.support.Fixtures.checkAll;
import static id.go.madiunkota.verification.support.Fixtures.decide;
import static id.go.madiunkota.verification.support.Fixtures.provider;
import static id.go.madiunkota.verification.support.Fixtures.startVerification;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The status of a registration by its public reference: anonymous, no personal data, the same 404 for a reference
 * that is nobody's and for one that is not a reference, and after a rejection the documents to bring.
 */
@QuarkusTest
class RegistrationStatusTest {

    private static ExtractableResponse<Response> registered(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(BASE + "/providers")
                .then().statusCode(201).extract();
    }

    @Test
    void theRegistrationGivesAReferenceWithWhichAnyoneReadsTheStatusWithoutPersonalData() {
        ExtractableResponse<Response> answer = registered(provider());
        String reference = answer.path("registrationReference");
        assertThat(TrackingCodes.wellFormed(reference)).as(reference).isTrue();

        String body = given().when().get(BASE + "/providers/status/" + reference).then().statusCode(200)
                .body("registrationReference", equalTo(reference))
                .body("companyName", equalTo("CV Maju Jaya Madiun"))
                .body("businessForm", equalTo("CV"))
                .body("status", equalTo("REGISTERED"))
                .body("registeredAt", not(nullValue()))
                .body("activatedAt", nullValue())
                .body("verification", nullValue())
                .body("$", not(hasKey("id")))
                .body("$", not(hasKey("director")))
                .body("$", not(hasKey("npwpMasked")))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("address")))
                .extract().asString();
        assertThat(body).doesNotContain(DIRECTOR_NIK, "3577********", "Bambang", Fixtures.PHONE, Fixtures.ADDRESS,
                "majujaya", answer.<String>path("id"));
    }

    @Test
    void theReferenceIsReadInAnyCaseAndWithSpacesAround() {
        String reference = registered(provider()).path("registrationReference");
        given().when().get(BASE + "/providers/status/ " + reference.toLowerCase(Locale.ROOT) + " ").then()
                .statusCode(200).body("registrationReference", equalTo(reference));
    }

    @Test
    void eachRegistrationHasAReferenceOfItsOwn() {
        String first = registered(provider()).path("registrationReference");
        String second = registered(provider()).path("registrationReference");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anIndividualBusinessIsShownWithoutItsNameWhichIsAPersons() {
        Map<String, Object> body = provider();
        body.put("businessForm", "INDIVIDUAL");
        body.put("companyName", "Sri Wahyuni");
        String reference = registered(body).path("registrationReference");
        String answer = given().when().get(BASE + "/providers/status/" + reference).then().statusCode(200)
                .body("businessForm", equalTo("INDIVIDUAL"))
                .body("companyName", nullValue())
                .extract().asString();
        assertThat(answer).doesNotContain("Sri Wahyuni");
    }

    @Test
    void anUnknownReferenceAndAMalformedOneAreTheSame404InEitherLanguage() {
        for (String reference : List.of("K7QX2-MB9TD", "not-a-reference", "00000-00000")) {
            given().header("Accept-Language", "id").when().get(BASE + "/providers/status/" + reference).then()
                    .statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("title", equalTo("Nomor referensi pendaftaran tidak dikenal"))
                    .body("detail", equalTo("Tidak ada pendaftaran penyedia dengan nomor referensi "
                            + reference.toUpperCase(Locale.ROOT)
                            + ". Periksa kembali nomor referensi yang Anda terima saat mendaftar."));
        }
        given().header("Accept-Language", "en").when().get(BASE + "/providers/status/K7QX2-MB9TD").then()
                .statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Unknown registration reference"))
                .body("detail", equalTo("There is no provider registration with the reference K7QX2-MB9TD. "
                        + "Check the reference you were given when you registered."));
    }

    @Test
    void aReferenceTooLongIsRefusedNot500() {
        given().when().get(BASE + "/providers/status/" + "A".repeat(200)).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void afterARejectionTheStatusNamesTheDocumentsToBringInBothLanguages() {
        ExtractableResponse<Response> answer = registered(provider());
        String reference = answer.path("registrationReference");
        String verification = startVerification(answer.path("id"));
        given().when().get(BASE + "/providers/status/" + reference).then().statusCode(200)
                .body("verification.attempt", equalTo(1))
                .body("verification.status", equalTo("IN_PROGRESS"))
                .body("verification.outcome", nullValue())
                .body("verification.decidedAt", nullValue());

        checkAll(verification, List.of("DIRECTOR_KTP", "COMPANY_NPWP", "DEED_OF_ESTABLISHMENT", "REGISTRATION_FORM",
                "PARTICIPATION_FORM", "NIB"));
        decide(verification, Map.of("outcome", "REJECTED", "missing", List.of("NIB"), "note", "NIB kedaluwarsa"))
                .statusCode(200);
        String body = given().when().get(BASE + "/providers/status/" + reference).then().statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("verification.status", equalTo("REJECTED"))
                .body("verification.outcome", equalTo("REJECTED"))
                .body("verification.decidedAt", not(nullValue()))
                .body("verification.missing.code", contains("NIB"))
                .body("verification.missing[0].name", not(nullValue()))
                .body("verification.missing[0].nameEn", not(nullValue()))
                .body("verification", not(hasKey("verifier")))
                .extract().asString();
        // the verifier's internal note and name stay inside
        assertThat(body).doesNotContain("kedaluwarsa", "verifier-1");
    }
}
