package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.directorOf;
import static id.go.madiunkota.verification.support.Fixtures.provider;
import static id.go.madiunkota.verification.support.Fixtures.register;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The online registration of providers, reading them, and the admin's suspension. */
@QuarkusTest
class ProviderRegistrationTest {

    private static ValidatableResponse post(Map<String, Object> body, String language) {
        return given().contentType(ContentType.JSON).header("Accept-Language", language).body(body)
                .when().post(BASE + "/providers").then();
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void anAnonymousRegistrationIsStoredRegisteredWithNpwpAndNikMasked() {
        Map<String, Object> body = provider();
        String npwp = (String) body.get("npwp");
        String id = post(body, "id").statusCode(201).extract().path("id");

        given().when().get(BASE + "/providers/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("companyName", equalTo("CV Maju Jaya Madiun"))
                .body("businessForm", equalTo("CV"))
                .body("status", equalTo("REGISTERED"))
                // the old 15-digit number is kept in its 16-digit form: 0 + the old number
                .body("npwpMasked", equalTo("09" + "*".repeat(11) + npwp.substring(12)))
                .body("nib", equalTo("9120001234567"))
                .body("director.name", equalTo("Bambang Setiawan"))
                .body("director.nikMasked", equalTo("3577********0003"))
                .body("director", not(hasKey("nik")))
                .body("$", not(hasKey("npwp")))
                .body("phone", equalTo(Fixtures.PHONE))
                .body("registeredAt", not(nullValue()))
                .body("activatedAt", nullValue());
    }

    @Test
    void theAnswerToTheRegistrationCarriesTheLocationOfTheProvider() {
        ValidatableResponse answer = post(provider(), "id").statusCode(201);
        String id = answer.extract().path("id");
        answer.header("Location", endsWith(BASE + "/providers/" + id))
                .body("status", equalTo("REGISTERED"))
                .body("director.nikMasked", equalTo("3577********0003"));
    }

    @Test
    void invalidFieldsAreNamedInBahasaIndonesia() {
        Map<String, Object> body = provider();
        body.put("npwp", "12345");
        body.put("nib", "12");
        body.remove("companyName");
        body.put("email", "bukan-email");
        directorOf(body).put("nik", "3577013202800001"); // 32 February
        post(body, "id").statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Data tidak valid"))
                .body("errors.field", hasItems("npwp", "nib", "companyName", "email", "director.nik"))
                .body("errors.find { it.field == 'nib' }.message", equalTo("harus NIB yang sah (13 digit)"));
    }

    @Test
    void invalidFieldsAreNamedInEnglish() {
        Map<String, Object> body = provider();
        body.put("nib", "0000000000000");
        body.put("phone", "call me");
        post(body, "en").statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItems("nib", "phone"))
                .body("errors.find { it.field == 'nib' }.message", equalTo("must be a valid 13-digit NIB"));
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
        "npwp, 01.234.567.8-621.00",
        "npwp, 0000000000000000",
        "npwp, 1234567890123456",
        "npwp, 01234567862100A",
        "nib, 912000123456",
        "nib, 91200012345678",
        "nib, 912000123456X",
        "director.nik, 3577010505800000",
        "director.nik, 9977010505800003",
        "director.nik, 357701050580003"})
    void malformedNumbersAreRefusedWithTheirField(String field, String value) {
        Map<String, Object> body = provider();
        if (field.startsWith("director.")) {
            directorOf(body).put("nik", value);
        } else {
            body.put(field, value);
        }
        post(body, "en").statusCode(400).body("errors.field", hasItem(field));
    }

    @Test
    void unknownFieldsAndUnknownBusinessFormsAre400() {
        Map<String, Object> body = provider();
        body.put("password", "x");
        post(body, "id").statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("password"));
        Map<String, Object> form = provider();
        form.put("businessForm", "UD");
        post(form, "en").statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theSameNpwpRegistersOnceInEitherForm() {
        Map<String, Object> first = provider();
        String npwp = (String) first.get("npwp");
        register(first);
        Map<String, Object> written = provider();
        written.put("npwp", Fixtures.written(npwp));
        post(written, "id").statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("NPWP sudah terdaftar"))
                .body("detail", not(containsString(npwp)));
        Map<String, Object> sixteen = provider();
        sixteen.put("npwp", "0" + npwp);
        post(sixteen, "en").statusCode(409).body("title", equalTo("NPWP already registered"));
    }

    @Test
    void concurrentRegistrationsOfOneNpwpGiveOneProvider() throws Exception {
        String npwp = Fixtures.npwp();
        int callers = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    Map<String, Object> body = provider();
                    body.put("npwp", npwp);
                    go.await();
                    return given().contentType(ContentType.JSON).body(body).when().post(BASE + "/providers")
                            .then().extract().statusCode();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void theListFindsAProviderByNpwpInAnyFormAndFiltersByStatus() {
        Map<String, Object> body = provider();
        String npwp = (String) body.get("npwp");
        String id = register(body);
        for (String form : List.of(npwp, Fixtures.written(npwp), "0" + npwp)) {
            given().queryParam("npwp", form).when().get(BASE + "/providers").then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                    .body("page", equalTo(0)).body("size", equalTo(20));
        }
        given().queryParam("status", "REGISTERED").queryParam("size", 5).when().get(BASE + "/providers")
                .then().statusCode(200).body("items.status", everyItem(equalTo("REGISTERED")))
                .body("size", equalTo(5));
        given().queryParam("npwp", "12").header("Accept-Language", "en").when().get(BASE + "/providers")
                .then().statusCode(400).body("errors[0].field", equalTo("npwp"))
                .body("errors[0].message", equalTo("must be a valid NPWP (15 or 16 digits)"));
        given().queryParam("size", 500).when().get(BASE + "/providers").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminDoesNotReadTheRegisterOfProviders() {
        given().when().get(BASE + "/providers/" + java.util.UUID.randomUUID()).then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        given().when().get(BASE + "/providers").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theAuditorReadsProvidersWithPersonalDataMasked() {
        String id = Fixtures.registerProvider();
        given().when().get(BASE + "/providers/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("email", equalTo("a****@majujaya.co.id"))
                .body("phone", equalTo(Fixtures.PHONE.substring(0, 4)
                        + "*".repeat(Fixtures.PHONE.length() - 6)
                        + Fixtures.PHONE.substring(Fixtures.PHONE.length() - 2)))
                .body("address", equalTo("***"))
                .body("npwpMasked", containsString("*"))
                .body("director.nikMasked", containsString("*"));
        given().queryParam("size", 100).when().get(BASE + "/providers").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.address", equalTo("***"))
                .body("items.address", everyItem(equalTo("***")))
                .body("items.email", everyItem(containsString("*@")));
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .when().post(BASE + "/providers/" + id + "/suspension").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void aVerifierSeesContactDataWhole() {
        String id = Fixtures.registerProvider();
        given().when().get(BASE + "/providers/" + id).then().statusCode(200)
                .body("email", equalTo("admin@majujaya.co.id"))
                .body("phone", equalTo(Fixtures.PHONE))
                .body("address", equalTo(Fixtures.ADDRESS));
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void anUnknownProviderIs404() {
        given().header("Accept-Language", "en").when().get(BASE + "/providers/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("title", equalTo("Not found"));
    }

    @Test
    void readingProvidersNeedsAToken() {
        given().when().get(BASE + "/providers").then().statusCode(401).contentType(Problem.MEDIA_TYPE);
        given().when().get(BASE + "/providers/" + java.util.UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .when().post(BASE + "/providers/" + java.util.UUID.randomUUID() + "/suspension")
                .then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void otherRolesMayNotReadProviders() {
        given().when().get(BASE + "/providers").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        given().when().get(BASE + "/providers/" + java.util.UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminSuspendsAProviderOnce() {
        String id = Fixtures.registerProvider();
        String path = BASE + "/providers/" + id + "/suspension";
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "BLACKLISTED", "note", "Tercantum dalam daftar hitam LKPP"))
                .when().post(path).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("suspension.reason", equalTo("BLACKLISTED"))
                .body("suspension.suspendedBy", equalTo("admin-1"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .when().post(path).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Perubahan status tidak diizinkan"));
        given().contentType(ContentType.JSON).body(Map.of("note", "tanpa alasan")).header("Accept-Language", "en")
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("reason"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .when().post(BASE + "/providers/" + java.util.UUID.randomUUID() + "/suspension")
                .then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void aVerifierMayNotSuspend() {
        given().contentType(ContentType.JSON).body(Map.of("reason", "OTHER"))
                .when().post(BASE + "/providers/" + java.util.UUID.randomUUID() + "/suspension")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }
}
