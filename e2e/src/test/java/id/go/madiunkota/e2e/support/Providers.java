package id.go.madiunkota.e2e.support;

import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Providers in verification-service, through the gateway: the anonymous online registration with a unique NPWP per
 * call (so that reruns on the same database never meet the one-per-NPWP 409), and the verifier's steps. Used by the
 * verification story and by the training story, which needs a freshly activated provider.
 */
public final class Providers {

    /** The director's name and NIK, the provider's phone and address: personal data that no event may carry. */
    public static final String DIRECTOR_NAME = "Bambang Setiawan";
    public static final String DIRECTOR_NIK = "3577010505800003";
    public static final String PHONE = "0351467327";
    public static final String ADDRESS = "Jl. Mayjen Panjaitan No. 12, Kota Madiun";

    /** The checklist version in force (NIB era). */
    public static final String CHECKLIST = "NIB-2021";

    /** The verifier's demo user. */
    public static final String VERIFIER = "verifier";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A provider as registered: its id, the NPWP sent (15 digits) and its company name. */
    public record Registered(String id, String npwp, String companyName) {
    }

    /** A provider activated by an approved verification. */
    public record Activated(String providerId, String verificationId, String companyName, String npwp) {
    }

    private Providers() {
    }

    /**
     * A fresh old-form NPWP: 15 digits, the first not 0 (any 15 digits not all zero are valid, see
     * service-common's {@code Npwp}); 10^14 possibilities make a clash between runs practically impossible.
     */
    public static String uniqueNpwp() {
        StringBuilder digits = new StringBuilder().append(1 + RANDOM.nextInt(9));
        for (int i = 0; i < 14; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /** The anonymous online registration of a PT with a unique NPWP; checks the answer. */
    public static Registered register() {
        String npwp = uniqueNpwp();
        String companyName = "PT E2E Sinar Madiun " + npwp.substring(9);
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", companyName);
        body.put("businessForm", "PT");
        body.put("npwp", npwp);
        body.put("director", Map.of("name", DIRECTOR_NAME, "nik", DIRECTOR_NIK));
        body.put("email", "admin+" + npwp + "@sinar-madiun.example.id");
        body.put("phone", PHONE);
        body.put("address", ADDRESS);
        String id = Gateway.anonymous().contentType(ContentType.JSON).body(body)
                .when().post("/api/verification/providers")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("REGISTERED"))
                .body("companyName", equalTo(companyName))
                .body("businessForm", equalTo("PT"))
                .body("npwpMasked", not(equalTo(npwp)))
                .body("director.nikMasked", equalTo("3577********0003"))
                .extract().path("id");
        return new Registered(id, npwp, companyName);
    }

    /** The verifier starts a verification of the provider with {@link #CHECKLIST}; answers the verification. */
    public static JsonPath start(String providerId, int attempt) {
        return Gateway.as(VERIFIER).contentType(ContentType.JSON)
                .body(Map.of("providerId", providerId, "checklistVersion", CHECKLIST))
                .when().post("/api/verification/verifications")
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(201)
                .body("status", equalTo("IN_PROGRESS"))
                .body("providerId", equalTo(providerId))
                .body("attempt", equalTo(attempt))
                .body("checklistVersion", equalTo(CHECKLIST))
                .body("verifier", equalTo(VERIFIER))
                .body("documents.code", hasItem("NIB"))
                .extract().jsonPath();
    }

    /** The check of one document: original seen, copy received. */
    public static JsonPath check(String verificationId, String code) {
        return Gateway.as(VERIFIER).contentType(ContentType.JSON)
                .body(Map.of("originalSighted", true, "copyReceived", true, "note", "Asli dilihat, fotokopi diterima"))
                .when().put("/api/verification/verifications/" + verificationId + "/documents/" + code)
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("documents.find { it.code == '" + code + "' }.satisfied", equalTo(true))
                .extract().jsonPath();
    }

    /** The blacklist check of the NPWP. */
    public static JsonPath blacklist(String verificationId, boolean listed) {
        return post(verificationId, "blacklist-check",
                Map.of("listed", listed, "source", "Daftar Hitam Nasional LKPP (daftar-hitam.inaproc.id)"))
                .body("blacklistCheck.listed", equalTo(listed))
                .body("blacklistCheck.checkedAt", notNullValue())
                .extract().jsonPath();
    }

    /** Approves a verification whose documents and blacklist check are complete: the provider becomes ACTIVE. */
    public static JsonPath approve(String verificationId, String providerId) {
        JsonPath approved = post(verificationId, "decision",
                Map.of("outcome", "APPROVED", "missing", List.of(), "note", "Dokumen lengkap dan sah."))
                .body("status", equalTo("APPROVED"))
                .body("outcome", equalTo("APPROVED"))
                .body("decidedBy", equalTo(VERIFIER))
                .body("unsatisfiedItems", emptyIterable())
                .body("durationSeconds", notNullValue())
                .extract().jsonPath();
        Gateway.as(VERIFIER).when().get("/api/verification/providers/" + providerId)
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("activatedAt", notNullValue())
                .body("activatedByVerification", equalTo(verificationId));
        return approved;
    }

    /**
     * A new provider, registered and activated at its first verification: every document of the checklist checked,
     * not on the blacklist, approved.
     */
    public static Activated activateNew() {
        Registered provider = register();
        JsonPath verification = start(provider.id(), 1);
        String verificationId = verification.getString("id");
        for (String code : verification.<String>getList("documents.code")) {
            check(verificationId, code);
        }
        blacklist(verificationId, false);
        approve(verificationId, provider.id());
        return new Activated(provider.id(), verificationId, provider.companyName(), provider.npwp());
    }

    /** A verifier's POST on a step of a verification, answered 200. */
    public static io.restassured.response.ValidatableResponse post(String verificationId, String step,
            Map<String, ?> body) {
        var request = Gateway.as(VERIFIER);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/verification/verifications/" + verificationId + "/" + step)
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(200)
                .body("id", equalTo(verificationId));
    }
}
