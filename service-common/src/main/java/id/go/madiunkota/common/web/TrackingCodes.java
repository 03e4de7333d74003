package id.go.madiunkota.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Public tracking codes such as {@code K7QX2-MB9TD}: 10 characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L), about 49 bits from a cryptographic random source, so a code cannot be guessed from another.
 */
@ApplicationScoped
public class TrackingCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private final SecureRandom random = new SecureRandom();

    public String next() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Whether {@code code} has the form of a tracking code (checked before any lookup). */
    public static boolean wellFormed(String code) {
        return code != null && code.matches("[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}");
    }
}
