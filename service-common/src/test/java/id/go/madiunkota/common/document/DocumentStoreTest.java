package id.go.madiunkota.common.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The shared document machinery over HTTP, against the real PostgreSQL: what is kept, what is refused. */
@QuarkusTest
class DocumentStoreTest {

    private static final Path UPLOADS = Path.of("target/file-uploads");

    private final String owner = "test:" + UUID.randomUUID() + ":SCAN";

    @AfterEach
    void noTemporaryFileIsLeft() {
        assertThat(TestFiles.awaitNoFilesUnder(UPLOADS)).isZero();
    }

    @Test
    void aPdfIsStoredWithItsDetectedTypeSizeAndHashAndComesBackByteForByte() throws Exception {
        byte[] pdf = TestFiles.pdf("akta");
        String id = upload("akta pendirian.pdf", pdf, "text/plain").statusCode(200)
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("fileName", equalTo("akta pendirian.pdf"))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))))
                .extract().path("id");
        byte[] back = given().when().get("/documents-test/" + owner + "/" + id).then().statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", equalTo("attachment; filename=\"akta pendirian.pdf\"; "
                        + "filename*=UTF-8''akta%20pendirian.pdf"))
                .extract().asByteArray();
        assertThat(back).isEqualTo(pdf);
    }

    @Test
    void pngAndJpegAreTakenWhateverTheirNameAndTheDownloadNameGetsTheRightExtension() {
        String png = upload("scan", TestFiles.png(), "application/pdf").statusCode(200)
                .body("mediaType", equalTo("image/png")).extract().path("id");
        given().when().get("/documents-test/" + owner + "/" + png).then().statusCode(200).contentType("image/png")
                .header("Content-Disposition", containsString("filename=\"scan.png\""));
        upload("ktp.jpg", TestFiles.jpeg(), "image/png").statusCode(200).body("mediaType", equalTo("image/jpeg"));
        // a second upload replaced the first (the test resource deletes the owner's documents first)
        given().when().get("/documents-test/" + owner).then().statusCode(200).body("", hasSize(1))
                .body("[0].mediaType", equalTo("image/jpeg"));
    }

    @Test
    void aPathOrControlCharactersInTheNameAreDropped() {
        upload("..\\..\\etc\\passwd.pdf", TestFiles.pdf("x"), "application/pdf").statusCode(200)
                .body("fileName", equalTo("passwd.pdf"));
        upload("scan\tktp.pdf", TestFiles.pdf("x"), "application/pdf").statusCode(200)
                .body("fileName", equalTo("scanktp.pdf"));
        upload("..", TestFiles.pdf("x"), "application/pdf").statusCode(200).body("fileName", equalTo("dokumen"));
    }

    @Test
    void htmlOrZipUnderAPdfNameIs415WithTheDetectedTypeNamed() {
        upload("x.pdf", TestFiles.html(), "application/pdf").statusCode(415)
                .body("detail", containsString("text/html"));
        upload("x.pdf", TestFiles.zip(), "application/pdf").statusCode(415).body("detail", containsString("zip"));
        nothingStored();
    }

    @Test
    void everyHostileUploadIsRefusedAndLeavesNothing() {
        HostileUploads.refuseAll(request -> request, "PUT", "/documents-test/" + owner, 65536, UPLOADS,
                () -> given().when().get("/documents-test/" + owner).then().extract().path("size()"));
    }

    @Test
    void theLimitItselfIsAccepted() {
        upload("x.pdf", TestFiles.pdfOfSize(65537), "application/pdf").statusCode(413)
                .body("detail", containsString("0.06 MiB"));
        upload("x.pdf", TestFiles.pdfOfSize(65536), "application/pdf").statusCode(200).body("size", equalTo(65536));
    }

    @Test
    void anUnknownDocumentIs404() {
        given().when().get("/documents-test/" + owner + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Dokumen tidak ditemukan"));
    }

    private void nothingStored() {
        given().when().get("/documents-test/" + owner).then().statusCode(200).body("", hasSize(0));
    }

    private ValidatableResponse upload(String name, byte[] bytes, String declaredType) {
        return given().header("Accept-Language", "en").multiPart("file", name, bytes, declaredType)
                .when().put("/documents-test/" + owner).then();
    }
}
