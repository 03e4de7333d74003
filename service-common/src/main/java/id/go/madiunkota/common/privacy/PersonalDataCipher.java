package id.go.madiunkota.common.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Personal data at rest (UU 27/2022): encrypts a value with AES-256-GCM and a fresh 12-byte nonce, stored as text
 * {@code v1:<base64(nonce | ciphertext and tag)>} where {@code v1} names the key, so that a later key can be added as
 * {@code v2} while {@code v1} values still decrypt; and computes a keyed lookup hash (HMAC-SHA256, hex) with which a
 * value is found by equality without decrypting. Values never appear in messages or logs.
 * <p>
 * Keys come from {@link PrivacyConfig}. A key that is configured but not base64 of 32 bytes, only one of the two keys,
 * or no keys in a service with an {@link EncryptedStringConverter} column, stops the service at startup
 * ({@link PrivacyStartupCheck}). A service with no personal data needs no keys; any use of this bean there fails.
 */
@ApplicationScoped
public class PersonalDataCipher {

    static final String ENCRYPTION_PROPERTY = "madiun.privacy.encryption-key";
    static final String LOOKUP_PROPERTY = "madiun.privacy.lookup-key";

    private static final String KEY_VERSION = "v1";
    private static final String PREFIX = KEY_VERSION + ":";
    private static final byte[] ASSOCIATED_DATA = KEY_VERSION.getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final String MAC = "HmacSHA256";
    // A number as people write it: digits with spaces, dots, dashes or slashes between them (NIK, NPWP).
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("\\d(?:[\\d .\\-/]*\\d)?");
    private static final Pattern OTHER_KEY = Pattern.compile("(v\\d{1,3}):");
    private static final String HOW = " (each the base64 of 32 random bytes, e.g. from `openssl rand -base64 32`, "
            + "given as MADIUN_PRIVACY_ENCRYPTION_KEY and MADIUN_PRIVACY_LOOKUP_KEY)";

    private final Optional<SecretKey> encryptionKey;
    private final Optional<SecretKey> lookupKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PrivacyConfig config) {
        this.encryptionKey = config.encryptionKey().map(text -> key(ENCRYPTION_PROPERTY, text, "AES"));
        this.lookupKey = config.lookupKey().map(text -> key(LOOKUP_PROPERTY, text, MAC));
        if (encryptionKey.isPresent() != lookupKey.isPresent()) {
            throw new IllegalStateException("Personal data keys: " + (encryptionKey.isEmpty() ? ENCRYPTION_PROPERTY
                    : LOOKUP_PROPERTY) + " is missing; configure both keys or neither" + HOW);
        }
        if (encryptionKey.isPresent() && MessageDigest.isEqual(encryptionKey.get().getEncoded(),
                lookupKey.get().getEncoded())) {
            throw new IllegalStateException("Personal data keys: " + ENCRYPTION_PROPERTY + " and " + LOOKUP_PROPERTY
                    + " must be different keys" + HOW);
        }
    }

    /** Fails unless both keys are configured, naming {@code what} needs them. */
    void requireKeys(String what) {
        if (encryptionKey.isEmpty()) {
            throw new IllegalStateException("Personal data keys " + ENCRYPTION_PROPERTY + " and " + LOOKUP_PROPERTY
                    + " are not configured, but this service has " + what + HOW);
        }
    }

    /** The stored form of {@code plain}: {@code v1:} and base64 text, different on every call; null stays null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        SecretKey key = require(encryptionKey, ENCRYPTION_PROPERTY);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The plain value of a stored {@code v1:} text; null stays null. Fails, without showing the value, when the text
     * is not of that form, was altered, or was encrypted with another key.
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        SecretKey key = require(encryptionKey, ENCRYPTION_PROPERTY);
        if (!stored.startsWith(PREFIX)) {
            Matcher version = OTHER_KEY.matcher(stored);
            throw new IllegalStateException(version.lookingAt()
                    ? "Stored personal data is encrypted with key " + version.group(1) + ", which this service lacks"
                    : "Stored personal data is not in the encrypted form " + PREFIX + "<base64>");
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Stored personal data is not valid base64 after " + PREFIX);
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("Stored personal data is too short to be AES-GCM output");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException(
                    "Stored personal data failed its integrity check: it was altered or encrypted with another key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /**
     * The lookup hash of {@code plain}: HMAC-SHA256 with the lookup key, as 64 lowercase hex digits, of the value
     * normalised so that equal values written differently hash the same: surrounding blanks removed, Unicode NFKC, and
     * for a number written with spaces, dots, dashes or slashes (a NIK, an NPWP) its digits only. Null stays null.
     */
    public String lookupHash(String plain) {
        if (plain == null) {
            return null;
        }
        SecretKey key = require(lookupKey, LOOKUP_PROPERTY);
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalise(plain).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 failed", e);
        }
    }

    /** The form a value is hashed in; see {@link #lookupHash(String)}. */
    static String normalise(String plain) {
        String text = Normalizer.normalize(plain.strip(), Normalizer.Form.NFKC);
        return WRITTEN_NUMBER.matcher(text).matches() ? text.replaceAll("\\D", "") : text;
    }

    private static SecretKey require(Optional<SecretKey> key, String property) {
        return key.orElseThrow(() -> new IllegalStateException("Personal data key " + property
                + " is not configured, so personal data can be neither stored nor read" + HOW));
    }

    private static SecretKey key(String property, String text, String algorithm) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes a character of the key: not passed on.
            throw new IllegalStateException("Personal data key " + property + " is not valid base64" + HOW);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("Personal data key " + property + " is " + bytes.length
                    + " bytes long, not " + KEY_BYTES + HOW);
        }
        return new SecretKeySpec(bytes, algorithm);
    }
}
