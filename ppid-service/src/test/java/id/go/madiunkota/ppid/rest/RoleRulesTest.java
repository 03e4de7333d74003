package id.go.madiunkota.ppid.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.problem.Problem;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may call what, role by role, from one table (design/api.md): a role the endpoint does not admit gets 403
 * problem+json titled in the caller's language, before its body is even looked at; a role it admits gets past the
 * door (a list answers 200, an id that names nothing 404, an empty body 400) — never 401 or 403.
 */
@QuarkusTest
class RoleRulesTest {

    private static final String CITIZEN = "citizen";
    private static final String OFFICER = "ppid-officer";
    private static final String SUPERIOR = "ppid-superior";
    private static final String AUDITOR = "auditor";
    private static final String ADMIN = "admin";
    private static final Set<String> READERS = Set.of(OFFICER, SUPERIOR, AUDITOR);

    /**
     * One endpoint: the roles it admits, a valid body for the refusals, and what an admitted role gets with a random
     * id (or, for an endpoint that creates, with an empty body, so that nothing is created).
     */
    record Rule(String method, String path, Object body, Set<String> admits, int admittedStatus) {

        Response call(String language, boolean admitted) {
            RequestSpecification spec = given().header("Accept-Language", language);
            Object sent = admitted && admittedStatus == 400 ? Map.of() : body;
            if (sent != null) {
                spec = spec.contentType(ContentType.JSON).body(sent);
            }
            String target = "/api/ppid" + path.replace("{ID}", UUID.randomUUID().toString());
            return switch (method) {
                case "GET" -> spec.get(target);
                case "DELETE" -> spec.delete(target);
                default -> spec.post(target);
            };
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule("GET", "/requests", null, READERS, 200),
            new Rule("GET", "/requests/mine", null, Set.of(CITIZEN), 200),
            new Rule("GET", "/requests/{ID}", null, Set.of(OFFICER, SUPERIOR, AUDITOR, CITIZEN), 404),
            new Rule("POST", "/requests/{ID}/processing", null, Set.of(OFFICER), 404),
            new Rule("POST", "/requests/{ID}/extension", Map.of("reason", "Dihimpun"), Set.of(OFFICER), 404),
            new Rule("POST", "/requests/{ID}/decision", Map.of("outcome", "GRANTED"), Set.of(OFFICER), 404),
            new Rule("POST", "/requests/{ID}/delivery", Map.of("deliveredAt", "2026-03-20T10:15:00+07:00",
                    "method", "EMAIL"), Set.of(OFFICER), 404),
            new Rule("POST", "/requests/{ID}/closure", null, Set.of(OFFICER), 404),
            new Rule("POST", "/requests/{ID}/withdrawal", Map.of("reason", "Tidak jadi"), Set.of(CITIZEN, OFFICER),
                    404),
            new Rule("POST", "/requests/{ID}/invalidation", Map.of("reason", "Tidak lengkap"), Set.of(OFFICER), 404),
            new Rule("GET", "/objections", null, Set.of(OFFICER, SUPERIOR, AUDITOR, CITIZEN), 200),
            new Rule("GET", "/objections/{ID}", null, Set.of(OFFICER, SUPERIOR, AUDITOR, CITIZEN), 404),
            new Rule("POST", "/objections/{ID}/decision", Map.of("outcome", "UPHELD", "reason", "Sudah diuji"),
                    Set.of(SUPERIOR), 404),
            new Rule("POST", "/objections/{ID}/acceptance", null, Set.of(CITIZEN, OFFICER), 404),
            new Rule("POST", "/objections/{ID}/dispute", Map.of("filedOn", "2026-05-04"), Set.of(CITIZEN, OFFICER),
                    404),
            new Rule("POST", "/objections/{ID}/dispute-outcome", Map.of("outcome", "MEDIATION_AGREEMENT",
                    "decidedOn", "2026-06-29", "commissionCaseNumber", "031/VI/KI-JATIM-PS/2026"), Set.of(OFFICER),
                    404),
            new Rule("GET", "/guestbook", null, READERS, 200),
            new Rule("GET", "/guestbook/{ID}", null, READERS, 404),
            new Rule("POST", "/guestbook", Map.of("visitorName", "Sri Wahyuni", "purpose", "Meminta informasi"),
                    Set.of(OFFICER), 400),
            new Rule("POST", "/guestbook/{ID}/request-link", Map.of("requestId", UUID.randomUUID().toString()),
                    Set.of(OFFICER), 404),
            new Rule("GET", "/reports/annual?year=2001", null, Set.of(OFFICER, SUPERIOR, AUDITOR, ADMIN), 200),
            new Rule("POST", "/calendar/non-working-days", Map.of("date", "2026-12-30", "kind", "AD_HOC",
                    "name", "Libur tambahan uji", "source", "Keppres uji", "reason", "Ditetapkan untuk pengujian"),
                    Set.of(ADMIN), 400),
            // 27 December 2026 is a Sunday: never in the table, so the admitted call finds nothing to remove
            new Rule("DELETE", "/calendar/non-working-days/2026-12-27?reason=uji", null, Set.of(ADMIN), 404));

    @Test
    @TestSecurity(user = "citizen-1", roles = CITIZEN)
    void aCitizen() {
        assertRole(CITIZEN);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = OFFICER)
    void anOfficer() {
        assertRole(OFFICER);
    }

    @Test
    @TestSecurity(user = "superior-1", roles = SUPERIOR)
    void theSuperior() {
        assertRole(SUPERIOR);
    }

    @Test
    @TestSecurity(user = "auditor-1", roles = AUDITOR)
    void anAuditor() {
        assertRole(AUDITOR);
    }

    @Test
    @TestSecurity(user = "admin-1", roles = ADMIN)
    void anAdmin() {
        assertRole(ADMIN);
    }

    @Test
    @TestSecurity(user = "agent-1", roles = "helpdesk-agent")
    void aHelpdeskAgent() {
        assertRole("helpdesk-agent");
    }

    @Test
    void everyRoleOfTheTableIsUsedAndEveryEndpointAdmitsSomeone() {
        assertThat(RULES).allMatch(rule -> !rule.admits().isEmpty());
        assertThat(RULES.stream().flatMap(rule -> rule.admits().stream()).distinct())
                .containsExactlyInAnyOrder(CITIZEN, OFFICER, SUPERIOR, AUDITOR, ADMIN);
    }

    private static void assertRole(String role) {
        List<String> wrong = new ArrayList<>();
        for (Rule rule : RULES) {
            boolean admitted = rule.admits().contains(role);
            if (admitted) {
                Response answer = rule.call("en", true);
                if (answer.statusCode() != rule.admittedStatus()) {
                    wrong.add("%s admitted: %d %s (expected %d)".formatted(rule, answer.statusCode(),
                            answer.asString(), rule.admittedStatus()));
                }
            } else {
                expectForbidden(wrong, rule, rule.call("id", false), "Akses ditolak");
                expectForbidden(wrong, rule, rule.call("en", false), "Forbidden");
            }
        }
        assertThat(wrong).as(role).isEmpty();
    }

    private static void expectForbidden(List<String> wrong, Rule rule, Response answer, String title) {
        String contentType = answer.getContentType();
        boolean problem = contentType != null && contentType.startsWith(Problem.MEDIA_TYPE);
        if (answer.statusCode() != 403 || !problem || !title.equals(answer.path("title"))) {
            wrong.add("%s refused: %d %s %s".formatted(rule, answer.statusCode(), contentType, answer.asString()));
        }
    }
}
