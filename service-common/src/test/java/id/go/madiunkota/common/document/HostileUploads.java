package id.go.madiunkota.common.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.problem.Problem;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/**
 * The hostile uploads every upload route must refuse with a clear 4xx problem, leaving no document and no temporary
 * file: HTML and ZIP named x.pdf (415), zero bytes (400), one byte over the limit (413, counted while reading), far
 * over it (413, by Content-Length), a broken multipart body (400), no {@code file} part (400). Travels in
 * service-common's test-jar for each service's HostileInputTest.
 */
public final class HostileUploads {

    private HostileUploads() {
    }

    /**
     * Sends each hostile upload.
     *
     * @param caller adds what the route needs to a request (a role is given by the test's {@code @TestSecurity})
     * @param method {@code PUT} or {@code POST}
     * @param path the upload route
     * @param limit the service's {@code madiun.documents.max-size} in the test profile
     * @param uploads the service's {@code quarkus.http.body.uploads-directory} in the test profile
     * @param stored how many documents the record has; must not change
     */
    public static void refuseAll(UnaryOperator<RequestSpecification> caller, String method, String path, long limit,
            Path uploads, IntSupplier stored) {
        int before = stored.getAsInt();
        send(caller, method, path, "x.pdf", TestFiles.html(), 415, "File type not accepted");
        send(caller, method, path, "x.pdf", TestFiles.zip(), 415, "File type not accepted");
        send(caller, method, path, "x.pdf", new byte[0], 400, "Empty file");
        send(caller, method, path, "x.pdf", TestFiles.pdfOfSize((int) limit + 1), 413, "File too large");
        send(caller, method, path, "x.pdf", TestFiles.pdfOfSize((int) (limit + DocumentUploadFilter.MULTIPART_ALLOWANCE
                + 1024)), 413, "File too large");
        caller.apply(given().header("Accept-Language", "en"))
                .contentType("multipart/form-data; boundary=" + TestFiles.BROKEN_BOUNDARY)
                .body(TestFiles.brokenMultipart().getBytes(StandardCharsets.ISO_8859_1))
                .when().request(method, path)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("title", equalTo("Unreadable multipart body"));
        caller.apply(given().header("Accept-Language", "en"))
                .multiPart("lampiran", "x.pdf", TestFiles.pdf("x"), "application/pdf")
                .when().request(method, path)
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("title", equalTo("No file"));
        assertThat(stored.getAsInt()).as("documents after hostile uploads").isEqualTo(before);
        assertThat(TestFiles.awaitNoFilesUnder(uploads)).as("temporary upload files left").isZero();
    }

    private static void send(UnaryOperator<RequestSpecification> caller, String method, String path, String name,
            byte[] bytes, int status, String title) {
        caller.apply(given().header("Accept-Language", "en")).multiPart("file", name, bytes, "application/pdf")
                .when().request(method, path)
                .then().statusCode(status).contentType(Problem.MEDIA_TYPE).body("title", equalTo(title));
    }
}
