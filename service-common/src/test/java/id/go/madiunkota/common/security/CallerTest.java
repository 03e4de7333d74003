package id.go.madiunkota.common.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Who a call comes from, read from the request's identity. */
class CallerTest {

    /** A token as OIDC hands it over: the principal is the token itself. */
    record Token(String name, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }

    @Test
    void aTokenGivesItsSubjectAndPreferredUsername() {
        Token token = new Token("petugas.ppid", Map.of("sub", "7f1c2a9e-0b5d-4c1e-9f7a-2d3b4c5d6e7f",
                "preferred_username", "petugas.ppid"));
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder().setPrincipal(token)
                .addRoles(Set.of(Roles.PPID_OFFICER, Roles.AUDITOR)).build());

        assertThat(caller.subject()).isEqualTo("7f1c2a9e-0b5d-4c1e-9f7a-2d3b4c5d6e7f");
        assertThat(caller.displayName()).isEqualTo("petugas.ppid");
        assertThat(caller.roles()).containsExactlyInAnyOrder("ppid-officer", "auditor");
        assertThat(caller.anonymous()).isFalse();
    }

    @Test
    void aTokenWithoutPreferredUsernameIsNamedByItsPrincipalName() {
        Token token = new Token("warga1", Map.of("sub", "a-subject"));
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder().setPrincipal(token).addRole(Roles.CITIZEN)
                .build());

        assertThat(caller.subject()).isEqualTo("a-subject");
        assertThat(caller.displayName()).isEqualTo("warga1");
    }

    @Test
    void aTokenWithoutSubjectFallsBackToThePrincipalName() {
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder()
                .setPrincipal(new Token("warga1", Map.of("preferred_username", "Warga Satu"))).build());

        assertThat(caller.subject()).isEqualTo("warga1");
        assertThat(caller.displayName()).isEqualTo("Warga Satu");
    }

    @Test
    void anIdentityThatIsNoTokenGivesThePrincipalNameForBoth() {
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("alice"))
                .addRole(Roles.HELPDESK_AGENT).build());

        assertThat(caller.subject()).isEqualTo("alice");
        assertThat(caller.displayName()).isEqualTo("alice");
        assertThat(caller.has(Roles.HELPDESK_AGENT)).isTrue();
        assertThat(caller.has(Roles.ADMIN)).isFalse();
    }

    @Test
    void anAnonymousIdentityIsTheAnonymousCaller() {
        Caller caller = Caller.of(QuarkusSecurityIdentity.builder().setAnonymous(true).build());

        assertThat(caller).isSameAs(Caller.ANONYMOUS);
        assertThat(caller.anonymous()).isTrue();
        assertThat(caller.subject()).isNull();
        assertThat(caller.displayName()).isNull();
        assertThat(caller.roles()).isEmpty();
        assertThat(Caller.of(null)).isSameAs(Caller.ANONYMOUS);
    }

    @Test
    void hasAnyIsTrueWhenOneRoleMatches() {
        Caller caller = new Caller("s", "n", Set.of(Roles.VERIFIER));

        assertThat(caller.hasAny(Roles.TRAINER, Roles.VERIFIER)).isTrue();
        assertThat(caller.hasAny(Roles.TRAINER, Roles.ADMIN)).isFalse();
        assertThat(caller.hasAny()).isFalse();
        assertThat(Caller.ANONYMOUS.hasAny(Roles.CITIZEN)).isFalse();
    }

    @Test
    void theRolesAreACopyThatCannotChange() {
        Set<String> roles = new HashSet<>(Set.of(Roles.CITIZEN));
        Caller caller = new Caller("s", "n", roles);
        roles.add(Roles.ADMIN);

        assertThat(caller.has(Roles.ADMIN)).isFalse();
        assertThat(new Caller("s", "n", null).roles()).isEmpty();
    }

    @Test
    void theRoleNamesAreTheRealmsRoles() {
        assertThat(Set.of(Roles.CITIZEN, Roles.PPID_OFFICER, Roles.PPID_SUPERIOR, Roles.HELPDESK_AGENT,
                Roles.VERIFIER, Roles.TRAINER, Roles.ADMIN, Roles.AUDITOR)).containsExactlyInAnyOrder("citizen",
                "ppid-officer", "ppid-superior", "helpdesk-agent", "verifier", "trainer", "admin", "auditor");
    }
}
