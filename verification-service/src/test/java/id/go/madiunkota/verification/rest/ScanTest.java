package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.registerProvider;
import static id.go.madiunkota.verification.support.Fixtures.startVerification;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.madiunkota.common.document.TestFiles;
import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The scans of a verification's documents: attached by the verifier, read by verifier and auditor, no one else. */
@QuarkusTest
class ScanTest {

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void theVerifierAttachesAScanPerDocumentAndReadsItBack() {
        String id = startVerification(registerProvider());
        byte[] nib = TestFiles.pdf("NIB 9120001234567");
        given().multiPart("file", "nib.pdf", nib, "application/octet-stream")
                .when().put(scan(id, "NIB")).then().statusCode(200)
                .body("code", equalTo("NIB"))
                .body("document.mediaType", equalTo("application/pdf"))
                .body("document.size", equalTo(nib.length))
                .body("document.fileName", equalTo("nib.pdf"));
        given().multiPart("file", "ktp.jpg", TestFiles.jpeg(), "image/jpeg")
                .when().put(scan(id, "DIRECTOR_KTP")).then().statusCode(200)
                .body("document.mediaType", equalTo("image/jpeg"));
        // again for NIB replaces the first scan
        given().multiPart("file", "nib-2.png", TestFiles.png(), "image/png")
                .when().put(scan(id, "NIB")).then().statusCode(200);
        given().when().get(BASE + "/verifications/" + id + "/scans").then().statusCode(200)
                .body("", hasSize(2)).body("code", org.hamcrest.Matchers.contains("DIRECTOR_KTP", "NIB"))
                .body("[1].document.fileName", equalTo("nib-2.png"));
        byte[] back = given().when().get(scan(id, "NIB")).then().statusCode(200).contentType("image/png")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("filename=\"nib-2.png\""))
                .extract().asByteArray();
        assertThat(back).isEqualTo(TestFiles.png());
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void anUnknownItemVerificationOrScanIs404() {
        String id = startVerification(registerProvider());
        given().multiPart("file", "tdp.pdf", TestFiles.pdf("TDP"), "application/pdf")
                .when().put(scan(id, "TDP")).then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().multiPart("file", "nib.pdf", TestFiles.pdf("NIB"), "application/pdf")
                .when().put(scan(UUID.randomUUID().toString(), "NIB")).then().statusCode(404);
        given().header("Accept-Language", "en").when().get(scan(id, "NIB")).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("title", equalTo("Document not found"));
        given().when().get(BASE + "/verifications/" + id + "/scans").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theAuditorReadsButDoesNotAttach() {
        given().multiPart("file", "nib.pdf", TestFiles.pdf("NIB"), "application/pdf")
                .when().put(scan(UUID.randomUUID().toString(), "NIB")).then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        given().when().get(BASE + "/verifications/" + UUID.randomUUID() + "/scans").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "citizen-1", roles = "citizen")
    void aCitizenMayNotReadScans() {
        given().when().get(scan(UUID.randomUUID().toString(), "NIB")).then().statusCode(403);
        given().when().get(BASE + "/verifications/" + UUID.randomUUID() + "/scans").then().statusCode(403);
    }

    @Test
    void withoutATokenItIs401() {
        given().multiPart("file", "nib.pdf", TestFiles.pdf("NIB"), "application/pdf")
                .when().put(scan(UUID.randomUUID().toString(), "NIB")).then().statusCode(401);
        given().when().get(scan(UUID.randomUUID().toString(), "NIB")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "verifier-1", roles = "verifier")
    void noScanIsAttachedToAnArchivedVerification() {
        String id = startVerification(registerProvider());
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "missing", java.util.List.of("NIB")))
                .when().post(BASE + "/verifications/" + id + "/decision").then().statusCode(200);
        given().when().post(BASE + "/verifications/" + id + "/signature").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARS-VER-2026-001"))
                .when().post(BASE + "/verifications/" + id + "/archive").then().statusCode(200);
        given().header("Accept-Language", "en").multiPart("file", "nib.pdf", TestFiles.pdf("NIB"), "application/pdf")
                .when().put(scan(id, "NIB")).then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("attaching a document scan"));
    }

    @Test
    void theOpenApiDocumentsTheMultipartBodyAndTheRefusalsOfAnUpload() {
        io.restassured.path.json.JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        String put = "paths.'/api/verification/verifications/{id}/documents/{code}/scan'.put";
        assertThat(doc.getString(put + ".requestBody.content.'multipart/form-data'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/DocumentUpload");
        assertThat(doc.getString("components.schemas.DocumentUpload.properties.file.format")).isEqualTo("binary");
        assertThat(doc.getMap(put + ".responses")).containsKeys("200", "400", "401", "403", "404", "409", "413",
                "415");
        assertThat(doc.getMap(put + ".responses.'415'.content")).containsKey(Problem.MEDIA_TYPE);
    }

    static String scan(String verificationId, String code) {
        return BASE + "/verifications/" + verificationId + "/documents/" + code + "/scan";
    }
}
