package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The document checklists: the two seeded versions, filtering by provider, and an admin's new version. */
@QuarkusTest
class ChecklistResourceTest {

    private static Map<String, Object> item(String code) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("name", "Sertifikat standar dan fotokopinya");
        item.put("nameEn", "Standard certificate and a copy");
        item.put("original", true);
        item.put("copy", true);
        return item;
    }

    private static Map<String, Object> newVersion(String version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("title", "Dokumen verifikasi penyedia masa depan");
        body.put("effectiveFrom", "2099-01-01");
        body.put("items", List.of(item("DIRECTOR_KTP"), item("STANDARD_CERTIFICATE")));
        return body;
    }

    @Test
    void anyoneReadsTheVersionsAndTheNibEraSetIsCurrent() {
        given().when().get(BASE + "/checklists").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", greaterThanOrEqualTo(2));
        List<Map<String, Object>> all = allVersions();
        assertThat(all).extracting(v -> v.get("version")).contains("SEED-2010", "NIB-2021");
        assertThat(all).filteredOn(v -> "NIB-2021".equals(v.get("version"))).singleElement()
                .satisfies(v -> assertThat(v.get("current")).isEqualTo(true));
        assertThat(all).filteredOn(v -> "SEED-2010".equals(v.get("version"))).singleElement()
                .satisfies(v -> assertThat(v.get("current")).isEqualTo(false))
                .satisfies(v -> assertThat((List<?>) v.get("items")).hasSize(8));
        // newest effective first: the 2010 set is after the 2021 one
        List<Object> names = all.stream().map(v -> v.get("version")).toList();
        assertThat(names.indexOf("SEED-2010")).isGreaterThan(names.indexOf("NIB-2021"));
    }

    @Test
    void theVersionsArePagedAndASizeOverTheLimitIsRefused() {
        int total = given().when().get(BASE + "/checklists").then().statusCode(200).extract().path("total");
        given().queryParam("page", total - 1).queryParam("size", 1).when().get(BASE + "/checklists").then()
                .statusCode(200).body("items", hasSize(1)).body("page", equalTo(total - 1))
                .body("total", equalTo(total));
        given().queryParam("page", total).queryParam("size", 1).when().get(BASE + "/checklists").then()
                .statusCode(200).body("items", hasSize(0)).body("total", equalTo(total));
        given().queryParam("size", 101).header("Accept-Language", "en").when().get(BASE + "/checklists").then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("errors.field", hasItem("size"));
    }

    /** Every version, read page by page (earlier runs leave their 2099 test versions in the database). */
    private static List<Map<String, Object>> allVersions() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0;; page++) {
            io.restassured.path.json.JsonPath json = given().queryParam("page", page).queryParam("size", 100).when()
                    .get(BASE + "/checklists").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            all.addAll(items);
            if (items.isEmpty() || all.size() >= json.getLong("total")) {
                return all;
            }
        }
    }

    @Test
    void theSeedsSetHoldsItsEightDocuments() {
        given().when().get(BASE + "/checklists/SEED-2010").then().statusCode(200)
                .body("items.code", contains("DIRECTOR_KTP", "POWER_OF_ATTORNEY", "COMPANY_NPWP", "SIUP_SIUJK", "TDP",
                        "DEED_OF_ESTABLISHMENT", "REGISTRATION_FORM", "PARTICIPATION_FORM"))
                .body("items.find { it.code == 'POWER_OF_ATTORNEY' }.representedOnly", equalTo(true))
                .body("items.find { it.code == 'TDP' }.original", equalTo(true))
                .body("items.find { it.code == 'TDP' }.copy", equalTo(true));
    }

    @Test
    void theItemsDependOnBusinessFormAndRepresentative() {
        given().queryParam("businessForm", "INDIVIDUAL").when().get(BASE + "/checklists/NIB-2021").then()
                .statusCode(200)
                .body("appliesTo.businessForm", equalTo("INDIVIDUAL"))
                .body("items.code", contains("DIRECTOR_KTP", "COMPANY_NPWP", "NIB", "REGISTRATION_FORM",
                        "PARTICIPATION_FORM"));
        given().queryParam("businessForm", "PT").queryParam("represented", true)
                .when().get(BASE + "/checklists/NIB-2021").then().statusCode(200)
                .body("appliesTo.represented", equalTo(true))
                .body("items.code", hasItems("POWER_OF_ATTORNEY", "DEED_OF_ESTABLISHMENT"))
                .body("items.code", not(hasItem("SIUP_SIUJK")));
    }

    @Test
    void anUnknownVersionIs404() {
        given().header("Accept-Language", "id").when().get(BASE + "/checklists/NO-SUCH").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("title", equalTo("Data tidak ditemukan"));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anAdminPublishesANewVersionWithoutACodeChange() {
        String version = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = newVersion(version);
        ((Map<String, Object>) ((List<?>) body.get("items")).get(1)).put("businessForms", List.of("PT", "CV"));
        given().contentType(ContentType.JSON).body(body).when().post(BASE + "/checklists").then().statusCode(201)
                .header("Location", endsWith("/checklists/" + version))
                .body("version", equalTo(version))
                .body("current", equalTo(false))
                .body("items", hasSize(2));
        given().queryParam("businessForm", "INDIVIDUAL").when().get(BASE + "/checklists/" + version).then()
                .statusCode(200).body("items.code", contains("DIRECTOR_KTP"));
        given().contentType(ContentType.JSON).body(newVersion(version)).when().post(BASE + "/checklists").then()
                .statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Versi daftar dokumen sudah ada"));
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void anInvalidVersionIs400WithItsFields() {
        Map<String, Object> body = newVersion("bad version");
        body.put("items", List.of());
        body.remove("effectiveFrom");
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(body)
                .when().post(BASE + "/checklists").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Invalid data"))
                .body("errors.field", hasItems("version", "items", "effectiveFrom"));
        Map<String, Object> twice = newVersion("TEST-TWICE");
        twice.put("items", List.of(item("NIB"), item("NIB")));
        given().contentType(ContentType.JSON).header("Accept-Language", "id").body(twice)
                .when().post(BASE + "/checklists").then().statusCode(400)
                .body("errors[0].field", equalTo("items"))
                .body("errors[0].message", equalTo("kode dokumen tidak boleh ganda dalam satu versi"));
    }

    @Test
    void publishingNeedsAToken() {
        given().contentType(ContentType.JSON).body(newVersion("TEST-ANON")).when().post(BASE + "/checklists")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void onlyAnAdminPublishes() {
        given().contentType(ContentType.JSON).body(newVersion("TEST-VERIFIER")).when().post(BASE + "/checklists")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = "admin")
    void twoAdminsPublishingOneVersionAtTheSameMomentGetOne201AndOne409() throws Exception {
        String version = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ExecutorService admins = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(admins.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).body(newVersion(version))
                            .when().post(BASE + "/checklists");
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(201, 409);
            Response refused = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertThat(refused.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(refused.jsonPath().getString("title")).isEqualTo("Versi daftar dokumen sudah ada");
        } finally {
            admins.shutdownNow();
        }
        assertThat(allVersions()).filteredOn(v -> version.equals(v.get("version"))).hasSize(1);
    }
}
