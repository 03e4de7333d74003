package id.go.madiunkota.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who makes a call, named the same way in every service. Records store {@code subject} (stable: it survives a renamed
 * account) and {@code displayName} as it was at the time of the action; events carry only the subject; answers show the
 * display name.
 *
 * @param subject the token's {@code sub} claim; the principal name when the identity is not a JWT (as with
 *     {@code @TestSecurity}); null for an anonymous caller
 * @param displayName the token's {@code preferred_username} claim, else the principal name; null when anonymous
 * @param roles the caller's realm roles (see {@link Roles})
 */
public record Caller(String subject, String displayName, Set<String> roles) {

    /** A call without a token. */
    public static final Caller ANONYMOUS = new Caller(null, null, Set.of());

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The caller of the request {@code identity} belongs to; {@link #ANONYMOUS} without one. */
    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || identity.getPrincipal() == null) {
            return ANONYMOUS;
        }
        Principal principal = identity.getPrincipal();
        String name = principal.getName();
        String subject = name;
        String displayName = name;
        if (principal instanceof JsonWebToken token) {
            subject = firstOf(token.getSubject(), name);
            displayName = firstOf(token.getClaim("preferred_username"), name);
        }
        return new Caller(subject, displayName, identity.getRoles());
    }

    /** True for a call without a token. */
    public boolean anonymous() {
        return subject == null;
    }

    /** True when the caller has {@code role}. */
    public boolean has(String role) {
        return roles.contains(role);
    }

    /** True when the caller has at least one of {@code candidates}. */
    public boolean hasAny(String... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    private static String firstOf(Object claim, String fallback) {
        String text = claim == null ? null : String.valueOf(claim);
        if (text != null && text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1); // a JSON string value as some token parsers hand it over
        }
        return text == null || text.isBlank() ? fallback : text;
    }
}
