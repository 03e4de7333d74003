package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.AccessRules.Rule;
import id.go.madiunkota.e2e.support.Matrix;
import id.go.madiunkota.e2e.support.Matrix.Call;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The matrix's own rule, without a stack: a service refusing with 403 a role the table admits is a disagreement, a
 * 5xx is always a failure, and the gateway's refusals are told apart by its header.
 */
class MatrixRuleTest {

    private static final Rule REPORTS = new Rule(70, "GET", "/api/helpdesk/reports", "helpdesk-agent,auditor,admin");
    private static final Call CALL = new Call(REPORTS, REPORTS, "GET", "/api/helpdesk/reports");

    @Test
    void aServiceRefusingARoleTheTableAdmitsFails() {
        Matrix.Outcome outcome = Matrix.check(CALL, "admin", List.of("admin"), 403, false);
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.note()).contains("refuses a role the table admits");
    }

    @Test
    void anAdmittedRoleGettingAnAnswerOrAClientErrorPasses() {
        for (int status : new int[] {200, 201, 400, 404, 409, 422}) {
            assertThat(Matrix.check(CALL, "auditor", List.of("auditor"), status, false).ok()).as("%d", status).isTrue();
        }
    }

    @Test
    void aServerErrorFailsForEveryCaller() {
        for (int status : new int[] {500, 502, 503, 504}) {
            assertThat(Matrix.check(CALL, "auditor", List.of("auditor"), status, false).ok()).as("%d", status)
                    .isFalse();
            assertThat(Matrix.check(CALL, "citizen1", List.of("citizen"), status, false).ok()).as("%d", status)
                    .isFalse();
            assertThat(Matrix.check(CALL, "anonymous", null, status, false).ok()).as("%d", status).isFalse();
        }
    }

    @Test
    void aCallerTheTableRefusesMustBeRefusedByTheGateway() {
        assertThat(Matrix.check(CALL, "citizen1", List.of("citizen"), 403, true).ok()).isTrue();
        assertThat(Matrix.check(CALL, "anonymous", null, 401, true).ok()).isTrue();
        assertThat(Matrix.check(CALL, "citizen1", List.of("citizen"), 403, false).ok()).isFalse();
        assertThat(Matrix.check(CALL, "citizen1", List.of("citizen"), 200, false).ok()).isFalse();
    }

    @Test
    void theGatewaysRefusalOfAnAdmittedRoleFails() {
        assertThat(Matrix.check(CALL, "admin", List.of("admin"), 403, true).ok()).isFalse();
        assertThat(Matrix.check(CALL, "admin", List.of("admin"), 401, false).ok()).isFalse();
    }

    @Test
    void everyListedFinerRuleNamesALineOfTheTableAndAReason() {
        List<Rule> rules = id.go.madiunkota.e2e.support.AccessRules.load();
        Matrix.FINER_RULES.forEach((key, reason) -> {
            assertThat(reason).as(key).isNotBlank();
            assertThat(rules).as(key).anyMatch(rule -> key.startsWith(rule.method() + " " + rule.path() + " ")
                    && rule.admits(List.of(key.substring(key.lastIndexOf(' ') + 1))));
        });
    }
}
