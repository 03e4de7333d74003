package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.AccessRules;
import id.go.madiunkota.e2e.support.AccessRules.Rule;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matrix's own reading of the table (no stack needed): path patterns, first match, who is admitted. If this
 * reading were wrong, the matrix would test the wrong expectations.
 */
class AccessRulesTest {

    private static final List<Rule> RULES = List.of(
            new Rule(1, "GET", "/api/*/standard", "anonymous"),
            new Rule(2, "GET", "/api/ppid/requests/mine", "citizen"),
            new Rule(3, "GET", "/api/ppid/requests/*", "ppid-officer,auditor"),
            new Rule(4, "POST", "/api/ppid/requests/*/*", "ppid-officer"),
            new Rule(5, "GET", "/api/ppid/calendar/**", "anonymous"),
            new Rule(6, "*", "/api/helpdesk/callbacks", "authenticated"));

    @Test
    void oneStarIsOneSegmentAndTwoStarsAreTheRest() {
        assertThat(RULES.get(0).matches("GET", "/api/training/standard")).isTrue();
        assertThat(RULES.get(0).matches("GET", "/api/training/standard/versions")).isFalse();
        assertThat(RULES.get(0).matches("GET", "/api//standard")).isFalse();
        assertThat(RULES.get(0).matches("POST", "/api/training/standard")).isFalse();
        assertThat(RULES.get(3).matches("POST", "/api/ppid/requests/1/extension")).isTrue();
        assertThat(RULES.get(3).matches("POST", "/api/ppid/requests/1")).isFalse();
        assertThat(RULES.get(4).matches("GET", "/api/ppid/calendar/working-days?from=2026-03-13&add=10")).isTrue();
        assertThat(RULES.get(4).matches("GET", "/api/ppid/calendar/non-working-days/2026-01-01")).isTrue();
        assertThat(RULES.get(4).matches("GET", "/api/ppid/calendar")).isFalse();
        assertThat(RULES.get(5).matches("DELETE", "/api/helpdesk/callbacks")).isTrue();
    }

    @Test
    void theFirstMatchingLineDecides() {
        assertThat(AccessRules.deciding(RULES, "GET", "/api/ppid/requests/mine").lineNumber()).isEqualTo(2);
        assertThat(AccessRules.deciding(RULES, "GET", "/api/ppid/requests/42").lineNumber()).isEqualTo(3);
        assertThat(AccessRules.deciding(RULES, "DELETE", "/api/ppid/requests/42")).isNull();
    }

    @Test
    void whoIsAdmitted() {
        Rule anonymous = RULES.get(0);
        Rule roles = RULES.get(2);
        Rule authenticated = RULES.get(5);
        assertThat(anonymous.admits(null)).isTrue();
        assertThat(anonymous.admits(Set.of("citizen"))).isTrue();
        assertThat(authenticated.admits(null)).isFalse();
        assertThat(authenticated.admits(Set.of("citizen"))).isTrue();
        assertThat(roles.admits(null)).isFalse();
        assertThat(roles.admits(Set.of("citizen"))).isFalse();
        assertThat(roles.admits(Set.of("offline_access", "auditor"))).isTrue();
    }

    @Test
    void concretePathsCoverEachServiceAndFillTheStars() {
        assertThat(RULES.get(0).concretePaths()).containsExactly("/api/ppid/standard", "/api/helpdesk/standard",
                "/api/verification/standard", "/api/training/standard");
        assertThat(RULES.get(3).concretePaths()).singleElement().asString()
                .matches("/api/ppid/requests/[0-9a-f-]{36}/[0-9a-f-]{36}");
        assertThat(RULES.get(4).concretePaths()).containsExactly("/api/ppid/calendar/" + AccessRules.ANY_REST);
    }
}
