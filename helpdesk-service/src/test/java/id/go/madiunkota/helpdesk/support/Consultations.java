package id.go.madiunkota.helpdesk.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** The consultation steps over HTTP, for tests running under a helpdesk-agent identity. */
public final class Consultations {

    public static final String BASE = "/api/helpdesk/consultations";

    private Consultations() {
    }

    /** Opens the consultation of {@link Bodies#consultation()} and returns its id. */
    public static String open() {
        return open(Bodies.consultation());
    }

    public static String open(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(BASE)
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse step(String id, String step, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(BASE + "/" + id + "/" + step).then();
    }

    public static ValidatableResponse resolve(String id) {
        return step(id, "resolution", Map.of("answer", "User ID dibuka kembali."));
    }

    public static ValidatableResponse escalate(String id) {
        return step(id, "escalation", Map.of("note", "Perlu konfirmasi LKPP."));
    }

    public static ValidatableResponse lkppAnswer(String id) {
        return step(id, "lkpp-answer", Map.of("answer", "Unggah ulang dengan peramban terbaru.",
                "lkppReference", "LKPP-HD-2026-004512"));
    }

    public static ValidatableResponse relay(String id, boolean accepted) {
        return step(id, "relay", Map.of("accepted", accepted));
    }

    public static ValidatableResponse close(String id) {
        return step(id, "closure", null);
    }
}
