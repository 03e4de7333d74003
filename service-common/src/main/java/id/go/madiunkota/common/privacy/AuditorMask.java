package id.go.madiunkota.common.privacy;

import id.go.madiunkota.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the auditor (the inspectorate) sees of personal data: every register, read-only, with phone numbers, e-mail
 * addresses and street addresses masked (NIKs and NPWPs are masked for everyone already, see {@link Nik} and
 * {@link Npwp}). A view that holds such data offers a masked copy, and its resource hands it to a caller who reads as
 * auditor only.
 */
public final class AuditorMask {

    private static final char STAR = '*';

    private AuditorMask() {
    }

    /**
     * True when the caller reads as auditor: the auditor role and none of the staff roles that see the register whole.
     */
    public static boolean appliesTo(SecurityIdentity identity, String... staffRoles) {
        return identity.hasRole(Roles.AUDITOR) && Arrays.stream(staffRoles).noneMatch(identity::hasRole);
    }

    /** A phone number with all but its first 4 and last 2 digits starred: {@code 0812******32}. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        int keepStart = Math.min(4, phone.length() / 3);
        int keepEnd = Math.min(2, phone.length() / 4);
        return phone.substring(0, keepStart) + stars(phone.length() - keepStart - keepEnd)
                + phone.substring(phone.length() - keepEnd);
    }

    /** Another personal number (a civil servant's NIP): masked as a phone number is. */
    public static String identifier(String number) {
        return phone(number);
    }

    /** An e-mail address with its local part starred after the first character: {@code r*********@example.id}. */
    public static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return stars(email.length());
        }
        return email.charAt(0) + stars(at - 1) + email.substring(at).toLowerCase(Locale.ROOT);
    }

    /** A street address reduced to a fixed mask: no part of it tells where a person lives. */
    public static String address(String address) {
        return address == null ? null : "***";
    }

    private static String stars(int count) {
        return String.valueOf(STAR).repeat(Math.max(0, count));
    }
}
