package id.go.madiunkota.common.privacy;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/**
 * Keys that protect personal data (UU 27/2022), under {@code madiun.privacy}. Each is the base64 text of 32 random
 * bytes ({@code openssl rand -base64 32}), given in production through the environment
 * ({@code MADIUN_PRIVACY_ENCRYPTION_KEY}, {@code MADIUN_PRIVACY_LOOKUP_KEY}), never committed. The two keys must
 * differ.
 * <p>
 * Both are optional here because a service that stores no personal data needs neither; a service that does fails at
 * startup without them (see {@link PersonalDataCipher}).
 */
@ConfigMapping(prefix = "madiun.privacy")
public interface PrivacyConfig {

    /**
     * The AES-256-GCM key that encrypts personal data at rest; values encrypted with it are stored as {@code v1:…}.
     * Losing it loses every encrypted value, so it is kept with the database backups' keys.
     */
    Optional<String> encryptionKey();

    /**
     * The HMAC-SHA256 key of lookup hashes, with which a NIK is found by equality without decrypting every row.
     * Changing it means recomputing every stored lookup hash.
     */
    Optional<String> lookupKey();
}
