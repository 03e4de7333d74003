package id.go.madiunkota.verification.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies and HTTP steps for tests; bodies are valid unless a test changes them. */
public final class Fixtures {

    public static final String BASE = "/api/verification";
    /** A valid NIK: Kota Madiun (35 77), district 01, man born 5 May 1980, serial 0003. */
    public static final String DIRECTOR_NIK = "3577010505800003";
    /** A valid NIK: Kota Madiun, woman born 5 Dec 1992 (45 = 5 + 40), serial 0002. */
    public static final String REPRESENTATIVE_NIK = "3577014512920002";
    public static final String PHONE = "0351 467 999";
    public static final String ADDRESS = "Jl. Mayjen Panjaitan No. 12, Kota Madiun";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Items of NIB-2021 for a CV without a representative. */
    public static final List<String> NIB_ITEMS_CV = List.of("DIRECTOR_KTP", "COMPANY_NPWP", "NIB",
            "DEED_OF_ESTABLISHMENT", "REGISTRATION_FORM", "PARTICIPATION_FORM");

    private Fixtures() {
    }

    /** A fresh old-format NPWP, 15 digits, that no other test uses. */
    public static String npwp() {
        StringBuilder digits = new StringBuilder("9");
        for (int i = 0; i < 14; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /** {@code 99.999.999.9-999.999} for 15 digits. */
    public static String written(String npwp15) {
        return npwp15.substring(0, 2) + "." + npwp15.substring(2, 5) + "." + npwp15.substring(5, 8) + "."
                + npwp15.charAt(8) + "-" + npwp15.substring(9, 12) + "." + npwp15.substring(12);
    }

    /** A CV's online registration with a fresh NPWP. */
    public static Map<String, Object> provider() {
        Map<String, Object> body = new HashMap<>();
        body.put("companyName", "CV Maju Jaya Madiun");
        body.put("businessForm", "CV");
        body.put("npwp", npwp());
        body.put("nib", "9120001234567");
        body.put("director", new HashMap<>(Map.of("name", "Bambang Setiawan", "nik", DIRECTOR_NIK)));
        body.put("email", "admin@majujaya.co.id");
        body.put("phone", PHONE);
        body.put("address", ADDRESS);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> directorOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("director");
    }

    /** Registers {@code body} anonymously; the provider's id. */
    public static String register(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(BASE + "/providers")
                .then().statusCode(201).extract().path("id");
    }

    /** Registers a fresh CV; its id. */
    public static String registerProvider() {
        return register(provider());
    }

    /** Start body for {@code providerId} with checklist {@code version}, without a representative. */
    public static Map<String, Object> start(String providerId, String version) {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", providerId);
        body.put("checklistVersion", version);
        return body;
    }

    /** With a representative holding a power of attorney. */
    public static Map<String, Object> represented(Map<String, Object> start) {
        start.put("representative", new HashMap<>(Map.of("name", "Dewi Lestari", "nik", REPRESENTATIVE_NIK,
                "powerOfAttorney", "Surat kuasa bermaterai tanggal 12 Maret 2026")));
        return start;
    }

    /** Starts a NIB-2021 verification of {@code providerId} (needs a verifier identity); its id. */
    public static String startVerification(String providerId) {
        return given().contentType(ContentType.JSON).body(start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(201).extract().path("id");
    }

    /** Checks every given item of the verification as complete (original seen, copy received). */
    public static void checkAll(String verificationId, List<String> codes) {
        for (String code : codes) {
            given().contentType(ContentType.JSON).body(Map.of("originalSighted", true, "copyReceived", true))
                    .when().put(BASE + "/verifications/" + verificationId + "/documents/" + code)
                    .then().statusCode(200);
        }
    }

    /** Records a blacklist check. */
    public static void blacklist(String verificationId, boolean listed) {
        given().contentType(ContentType.JSON).body(Map.of("listed", listed, "source", "Daftar Hitam Nasional LKPP"))
                .when().post(BASE + "/verifications/" + verificationId + "/blacklist-check").then().statusCode(200);
    }

    /** POSTs a decision; the answer's status is checked by the caller. */
    public static io.restassured.response.ValidatableResponse decide(String verificationId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/verifications/" + verificationId + "/decision").then();
    }
}
