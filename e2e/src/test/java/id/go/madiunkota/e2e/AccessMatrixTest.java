package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.AccessRules;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Matrix;
import id.go.madiunkota.e2e.support.Matrix.Call;
import id.go.madiunkota.e2e.support.Matrix.Outcome;
import id.go.madiunkota.e2e.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The route × role matrix: every line of the gateway's access-rules.txt, turned into concrete paths, called through
 * the gateway without a token and with a real token of each demo user, checked against what the line admits (see
 * {@link Matrix} for the rule). One test per caller; a failing one prints the table of the calls that missed.
 */
class AccessMatrixTest {

    static Stream<String> callers() {
        return Stream.concat(Stream.of("anonymous"), Tokens.DEMO_USERS.stream());
    }

    @Test
    void theTableIsReadAndCoversEveryService() {
        List<AccessRules.Rule> rules = AccessRules.load();
        List<Call> calls = Matrix.calls(rules);

        assertThat(rules).as("lines of %s", AccessRules.FILE).hasSizeGreaterThan(10);
        for (String service : AccessRules.SERVICES) {
            assertThat(calls).as("calls to the %s service", service)
                    .anyMatch(call -> call.path().startsWith("/api/" + service + "/"));
        }
        assertThat(calls).as("every concrete path is decided by the line it was made from")
                .allMatch(call -> call.deciding() == call.line());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void everyLineAnswersThisCallerAsTheTableSays(String caller) {
        boolean anonymous = caller.equals("anonymous");
        List<String> roles = anonymous ? null : Tokens.realmRoles(Tokens.of(caller));
        if (!anonymous) {
            assertThat(roles).as("realm roles in the token of %s", caller).isNotEmpty();
        }

        List<Outcome> outcomes = new ArrayList<>();
        for (Call call : Matrix.calls(AccessRules.load())) {
            outcomes.add(Matrix.check(call, caller, roles,
                    call.send(() -> anonymous ? Gateway.anonymous() : Gateway.as(caller))));
        }

        String table = Matrix.table("route x role matrix, caller " + caller
                + (anonymous ? " (no token)" : " (roles " + roles + ")"), outcomes);
        assertThat(outcomes).as(table).allMatch(Outcome::ok);
    }
}
