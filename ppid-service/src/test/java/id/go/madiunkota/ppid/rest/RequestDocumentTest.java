package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.document.DocumentUploads;
import id.go.madiunkota.common.document.TestFiles;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.service.RequestDocumentService;
import id.go.madiunkota.ppid.service.RequestIntakeService;
import id.go.madiunkota.ppid.support.Requests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The documents of a request: the representative's power of attorney (owner, tracking-code holder, officer) and the
 * information released (officer), read by staff, the owner and the tracking-code holder; another citizen gets 404.
 */
@QuarkusTest
class RequestDocumentTest {

    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final Caller OFFICER = new Caller("officer-1", "officer-1", Set.of(Roles.PPID_OFFICER));

    @Inject
    RequestIntakeService intake;

    @Inject
    Requests requests;

    @Inject
    RequestDocumentService documents;

    @Inject
    ObjectMapper mapper;

    @Test
    @TestSecurity(user = "citizen-a", roles = "citizen")
    void theOwnerAttachesThePowerOfAttorneyOfTheirRepresentative() {
        InformationRequest request = represented(Requests.citizen("citizen-a"));
        byte[] kuasa = TestFiles.pdf("Surat kuasa");
        given().multiPart("file", "surat-kuasa.pdf", kuasa, "application/pdf")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(200)
                .body("kind", equalTo("power-of-attorney"))
                .body("document.mediaType", equalTo("application/pdf"))
                .body("document.size", equalTo(kuasa.length));
        // again replaces it
        given().multiPart("file", "kuasa.jpg", TestFiles.jpeg(), "image/jpeg")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(200);
        String documentId = given().when().get(path(request, "/documents")).then().statusCode(200)
                .body("", hasSize(1)).body("[0].document.mediaType", equalTo("image/jpeg"))
                .extract().path("[0].document.id");
        byte[] back = given().when().get(path(request, "/documents/" + documentId)).then().statusCode(200)
                .contentType("image/jpeg").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment; filename=\"kuasa.jpg\""))
                .extract().asByteArray();
        assertThat(back).isEqualTo(TestFiles.jpeg());
    }

    @Test
    void theTrackingCodeHolderAttachesAndReadsWithoutAnAccount() {
        InformationRequest request = represented(Requests.ANONYMOUS);
        given().header("X-Tracking-Code", request.trackingCode())
                .multiPart("file", "kuasa.png", TestFiles.png(), "image/png")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(200);
        given().header("X-Tracking-Code", request.trackingCode()).when().get(path(request, "/documents"))
                .then().statusCode(200).body("", hasSize(1));
        // no code, or a wrong one: the request does not exist for this caller
        given().when().get(path(request, "/documents")).then().statusCode(404).contentType(PROBLEM);
        given().header("X-Tracking-Code", "AAAAA-BBBBB").multiPart("file", "k.png", TestFiles.png(), "image/png")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "citizen-a", roles = "citizen")
    void withoutARepresentativeNoPowerOfAttorneyIsTaken() {
        InformationRequest request = intake.submit(submit(RequestBodiesSupport.person()),
                Requests.citizen("citizen-a"));
        given().header("Accept-Language", "en").multiPart("file", "k.pdf", TestFiles.pdf("k"), "application/pdf")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("No representative"));
    }

    @Test
    @TestSecurity(user = "citizen-b", roles = "citizen")
    void anotherCitizenGets404ForEverything() {
        InformationRequest request = represented(Requests.citizen("citizen-a"));
        UUID released = releasedTo(request);
        given().when().get(path(request, "/documents")).then().statusCode(404).contentType(PROBLEM);
        given().when().get(path(request, "/documents/" + released)).then().statusCode(404);
        given().multiPart("file", "k.pdf", TestFiles.pdf("k"), "application/pdf")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(404);
        given().multiPart("file", "i.pdf", TestFiles.pdf("i"), "application/pdf")
                .when().post(path(request, "/released-information")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "citizen-a", roles = "citizen")
    void theOwnerDownloadsTheReleasedInformation() {
        InformationRequest request = represented(Requests.citizen("citizen-a"));
        UUID released = releasedTo(request);
        byte[] back = given().when().get(path(request, "/documents/" + released)).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(back).isEqualTo(TestFiles.pdf("DPA 2026"));
        given().when().get(path(request, "/documents")).then().body("kind", hasItem("released"));
        // a document of another request is not found through this one
        InformationRequest other = represented(Requests.citizen("citizen-a"));
        given().when().get(path(other, "/documents/" + released)).then().statusCode(404);
    }

    @Test
    void theTrackingCodeHolderDownloadsTheReleasedInformation() {
        InformationRequest request = represented(Requests.ANONYMOUS);
        UUID released = releasedTo(request);
        given().header("X-Tracking-Code", request.trackingCode()).when().get(path(request, "/documents/" + released))
                .then().statusCode(200).contentType("application/pdf");
        given().when().get(path(request, "/documents/" + released)).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void theOfficerAttachesReleasedInformationOnlyAfterAGrantingDecision() {
        InformationRequest request = represented(Requests.citizen("citizen-a"));
        given().header("Accept-Language", "en").multiPart("file", "i.pdf", TestFiles.pdf("i"), "application/pdf")
                .when().post(path(request, "/released-information")).then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("attach the released information"));
        decide(request, "GRANTED");
        String location = given().multiPart("file", "dpa.pdf", TestFiles.pdf("DPA"), "application/pdf")
                .when().post(path(request, "/released-information")).then().statusCode(201)
                .body("kind", equalTo("released")).extract().header("Location");
        assertThat(location).contains("/api/ppid/requests/" + request.id() + "/documents/");
        given().multiPart("file", "dpa-2.pdf", TestFiles.pdf("DPA 2"), "application/pdf")
                .when().post(path(request, "/released-information")).then().statusCode(201);
        given().when().get(path(request, "/documents")).then().statusCode(200).body("", hasSize(2));
        // the power of attorney comes before the decision, not after
        given().multiPart("file", "k.pdf", TestFiles.pdf("k"), "application/pdf")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = "auditor")
    void theAuditorReadsButAttachesNothing() {
        InformationRequest request = represented(Requests.citizen("citizen-a"));
        given().when().get(path(request, "/documents")).then().statusCode(200);
        given().multiPart("file", "k.pdf", TestFiles.pdf("k"), "application/pdf")
                .when().put(path(request, "/power-of-attorney")).then().statusCode(403);
    }

    /** Information released to {@code request}: decided GRANTED, one PDF attached by an officer. */
    private UUID releasedTo(InformationRequest request) {
        decide(request, "GRANTED");
        DocumentUploads.Upload upload = new DocumentUploads.Upload("dpa.pdf",
                new ByteArrayInputStream(TestFiles.pdf("DPA 2026")));
        return documents.attachReleased(request.id(), upload, OFFICER).document().id();
    }

    private void decide(InformationRequest request, String outcome) {
        requests.decided(request, outcome);
    }

    private InformationRequest represented(Caller by) {
        return requests.represented(by);
    }

    private SubmitRequest submit(Map<String, Object> body) {
        return mapper.convertValue(body, SubmitRequest.class);
    }

    private static String path(InformationRequest request, String rest) {
        return "/api/ppid/requests/" + request.id() + rest;
    }

    /** The valid body of the support class, under a name that does not clash with the api's RequestBodies. */
    private static final class RequestBodiesSupport {
        static Map<String, Object> person() {
            return id.go.madiunkota.ppid.support.RequestBodies.personRequest();
        }
    }
}
