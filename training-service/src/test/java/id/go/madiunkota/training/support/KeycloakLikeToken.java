package id.go.madiunkota.training.support;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * For {@code @TestSecurity(augmentors = KeycloakLikeToken.class)}: the test user becomes a token as Keycloak issues it,
 * whose {@code sub} is a stable id and whose {@code preferred_username} is the user's name, so that a test can tell
 * what is stored and shown (the display name) from what identifies the person (the subject).
 */
@ApplicationScoped
public class KeycloakLikeToken implements SecurityIdentityAugmentor {

    /** The subject Keycloak would give {@code username}: a UUID that depends only on the name. */
    public static String subjectOf(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getPrincipal() instanceof JsonWebToken) {
            return Uni.createFrom().item(identity);
        }
        String username = identity.getPrincipal().getName();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .setPrincipal(new Token(subjectOf(username), username)).build());
    }

    /** The token's principal: named by its preferred_username, as quarkus-oidc names it by default. */
    private record Token(String subject, String username) implements JsonWebToken {

        @Override
        public String getName() {
            return username;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "preferred_username");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return switch (claimName) {
                case "sub" -> (T) subject;
                case "preferred_username" -> (T) username;
                default -> null;
            };
        }
    }
}
