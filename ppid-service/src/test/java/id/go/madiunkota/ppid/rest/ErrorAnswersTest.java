package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.ppid.calendar.rest.CalendarResourceTest;
import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The error answers of every protected endpoint, from one table: without a token 401, with a role the endpoint does
 * not admit 403, for an id that names nothing 404 — each as problem+json, in Bahasa Indonesia by default and in
 * English on {@code Accept-Language: en}. The bodies in the table are valid, so that each answer is about the caller
 * or the id, never about the input. Validation (400) and illegal transitions (409) are tested with each endpoint's
 * own rules in the resource tests.
 */
@QuarkusTest
class ErrorAnswersTest {

    private static final String PENDING = "{ID}";

    /** One protected endpoint, with a valid body if it takes one. */
    record Endpoint(String method, String path, Object body) {

        boolean namesResource() {
            return path.contains(PENDING);
        }

        Response call(RequestSpecification request, String language) {
            RequestSpecification spec = request.header("Accept-Language", language);
            if (body != null) {
                spec = spec.contentType(ContentType.JSON).body(body);
            }
            String target = "/api/ppid" + path.replace(PENDING, UUID.randomUUID().toString());
            return "GET".equals(method) ? spec.get(target) : "DELETE".equals(method) ? spec.delete(target)
                    : spec.post(target);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every endpoint that needs a token. */
    static final List<Endpoint> PROTECTED = List.of(
            new Endpoint("GET", "/requests", null),
            new Endpoint("GET", "/requests/mine", null),
            new Endpoint("GET", "/requests/{ID}", null),
            new Endpoint("POST", "/requests/{ID}/processing", null),
            new Endpoint("POST", "/requests/{ID}/extension", Map.of("reason", "Perlu menghimpun dari tiga bidang")),
            new Endpoint("POST", "/requests/{ID}/decision", Map.of("outcome", "GRANTED", "copyFormat", "SOFTCOPY",
                    "note", "Diberikan seluruhnya")),
            new Endpoint("POST", "/requests/{ID}/delivery", Map.of("deliveredAt", "2026-03-20T10:15:00+07:00",
                    "method", "EMAIL")),
            new Endpoint("POST", "/requests/{ID}/closure", null),
            new Endpoint("POST", "/requests/{ID}/withdrawal", Map.of("reason", "Tidak diperlukan lagi")),
            new Endpoint("POST", "/requests/{ID}/invalidation", Map.of("reason", "Permohonan tidak lengkap")),
            new Endpoint("GET", "/objections", null),
            new Endpoint("GET", "/objections/{ID}", null),
            new Endpoint("POST", "/objections/{ID}/decision", Map.of("outcome", "UPHELD", "reason", "Sudah diuji")),
            new Endpoint("POST", "/objections/{ID}/acceptance", null),
            new Endpoint("POST", "/objections/{ID}/dispute", Map.of("filedOn", "2026-05-04")),
            new Endpoint("GET", "/guestbook", null),
            new Endpoint("GET", "/guestbook/{ID}", null),
            new Endpoint("POST", "/guestbook", Map.of("visitorName", "Sri Wahyuni", "purpose", "Meminta informasi")),
            new Endpoint("POST", "/guestbook/{ID}/request-link",
                    Map.of("requestId", "0b8a1f5e-6c1d-4d2e-9a51-3f0c2b7e8d41")),
            new Endpoint("GET", "/reports/annual?year=2026", null),
            new Endpoint("POST", "/calendar/non-working-days", CalendarResourceTest.body("2026-12-30")),
            new Endpoint("DELETE", "/calendar/non-working-days/2026-12-30?reason=uji", null));

    @Test
    void withoutATokenEveryProtectedEndpointAnswers401() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : PROTECTED) {
            expect(wrong, endpoint, endpoint.call(given(), "id"), 401, "Perlu masuk");
            expect(wrong, endpoint, endpoint.call(given(), "en"), 401, "Authentication required");
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "trainer-1", roles = "trainer")
    void aRoleOfAnotherServiceGets403Everywhere() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : PROTECTED) {
            expect(wrong, endpoint, endpoint.call(given(), "id"), 403, "Akses ditolak");
            expect(wrong, endpoint, endpoint.call(given(), "en"), 403, "Forbidden");
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @TestSecurity(user = "staff-1", roles = {"ppid-officer", "ppid-superior"})
    void anIdThatNamesNothingGets404() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : PROTECTED) {
            if (endpoint.namesResource()) {
                expect(wrong, endpoint, endpoint.call(given(), "id"), 404, "Data tidak ditemukan");
                expect(wrong, endpoint, endpoint.call(given(), "en"), 404, "Not found");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anUnknownTrackingCodeOrRequestGets404ForAnyone() {
        List<String> wrong = new ArrayList<>();
        Endpoint tracking = new Endpoint("GET", "/tracking/ZZZZZ-ZZZZZ", null);
        expect(wrong, tracking, tracking.call(given(), "id"), 404, "Data tidak ditemukan");
        expect(wrong, tracking, tracking.call(given(), "en"), 404, "Not found");
        Endpoint objection = new Endpoint("POST", "/requests/{ID}/objections",
                Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"), "reason", "Tidak ada data pribadi"));
        expect(wrong, objection, objection.call(given().header("X-Tracking-Code", "ZZZZZ-ZZZZZ"), "en"),
                404, "Not found");
        assertThat(wrong).isEmpty();
    }

    private static void expect(List<String> wrong, Endpoint endpoint, Response response, int status, String title) {
        String contentType = response.getContentType();
        String actualTitle = contentType != null && contentType.startsWith(Problem.MEDIA_TYPE)
                ? response.jsonPath().getString("title") : null;
        if (response.statusCode() != status || !title.equals(actualTitle)) {
            wrong.add("%s: %d %s %s (expected %d %s)".formatted(endpoint, response.statusCode(), contentType,
                    actualTitle, status, title));
        }
    }
}
