package id.go.madiunkota.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataCipherTest {

    private static final String NIK = "3577010101900001";
    private static final String KEY_A = randomKey(32);
    private static final String KEY_B = randomKey(32);
    private static final String KEY_C = randomKey(32);

    private final PersonalDataCipher cipher = cipher(KEY_A, KEY_B);

    @ParameterizedTest
    @CsvSource({NIK, "'Siti Aminah binti Abdullah'", "'Jl. Pahlawan No. 37, Madiun'", "'ünïcödé 漢字 ✓'", "''", "' '"})
    void decryptsWhatItEncrypted(String plain) {
        String stored = cipher.encrypt(plain);
        assertThat(stored).startsWith("v1:");
        if (plain.length() > 1) {
            assertThat(stored).doesNotContain(plain);
        }
        assertThat(cipher.decrypt(stored)).isEqualTo(plain);
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        String first = cipher.encrypt(NIK);
        String second = cipher.encrypt(NIK);
        assertThat(first).isNotEqualTo(second);
        // Different nonces, both readable.
        assertThat(nonce(first)).isNotEqualTo(nonce(second));
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second)).isEqualTo(NIK);
    }

    @Test
    void theStoredFormIsTheKeyNameAndNonceCiphertextAndTag() {
        byte[] stored = Base64.getDecoder().decode(cipher.encrypt(NIK).substring(3));
        assertThat(stored).hasSize(12 + NIK.length() + 16);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.lookupHash(null)).isNull();
    }

    @ParameterizedTest(name = "byte {0} altered")
    @CsvSource({"0", "11", "12", "20", "-1"})
    void anAlteredValueFailsItsIntegrityCheck(int index) {
        byte[] stored = Base64.getDecoder().decode(cipher.encrypt(NIK).substring(3));
        int at = index < 0 ? stored.length + index : index;
        stored[at] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(stored);
        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity check")
                .hasMessageNotContaining(NIK);
    }

    @Test
    void aValueEncryptedWithAnotherKeyFails() {
        String stored = cipher(KEY_C, KEY_B).encrypt(NIK);
        assertThatThrownBy(() -> cipher.decrypt(stored)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("integrity check");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "3577010101900001, 'plain text'",
            "v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA, 'another key version'",
            "v1:not*base64!, 'not base64'",
            "v1:AAAA, 'too short'",
            "'', 'empty'",
    })
    void somethingElseThanAStoredValueFailsWithoutShowingIt(String stored, String why) {
        assertThatThrownBy(() -> cipher.decrypt(stored)).as(why)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Stored personal data")
                .hasMessageNotContaining(NIK)
                .hasMessageNotContaining("base64!");
    }

    @Test
    void anUnknownKeyVersionIsNamed() {
        assertThatThrownBy(() -> cipher.decrypt("v2:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .hasMessageContaining("key v2");
    }

    @Test
    void theLookupHashIsStableHexAndDependsOnTheKey() {
        String hash = cipher.lookupHash(NIK);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(cipher.lookupHash(NIK))
                .isEqualTo(cipher(KEY_A, KEY_B).lookupHash(NIK));
        assertThat(cipher(KEY_A, KEY_C).lookupHash(NIK)).isNotEqualTo(hash);
        assertThat(cipher.lookupHash("3577010101900002")).isNotEqualTo(hash);
        assertThat(hash).doesNotContain(NIK);
    }

    @Test
    void theLookupHashDoesNotDependOnTheEncryptionKey() {
        assertThat(cipher(KEY_C, KEY_B).lookupHash(NIK)).isEqualTo(cipher.lookupHash(NIK));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "'3577 0101 0190 0001', 3577010101900001",
            "' 3577010101900001 ', 3577010101900001",
            "３５７７０１０１０１９００００１, 3577010101900001",
            "01.234.567.8-901.000, 012345678901000",
            "'  Siti Aminah ', Siti Aminah",
    })
    void numbersWrittenDifferentlyHashTheSame(String written, String canonical) {
        assertThat(cipher.lookupHash(written)).isEqualTo(cipher.lookupHash(canonical));
    }

    @Test
    void textThatIsNotANumberKeepsItsPunctuationAndCase() {
        assertThat(cipher.lookupHash("Siti Aminah")).isNotEqualTo(cipher.lookupHash("siti aminah"))
                .isNotEqualTo(cipher.lookupHash("SitiAminah"));
        assertThat(PersonalDataCipher.normalise("Jl. 12-B")).isEqualTo("Jl. 12-B");
    }

    @Test
    void withoutKeysNothingCanBeEncryptedButTheBeanStarts() {
        PersonalDataCipher none = new PersonalDataCipher(new Keys(Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> none.encrypt(NIK)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("madiun.privacy.encryption-key is not configured")
                .hasMessageContaining("MADIUN_PRIVACY_ENCRYPTION_KEY");
        assertThatThrownBy(() -> none.lookupHash(NIK)).hasMessageContaining("madiun.privacy.lookup-key");
        assertThatThrownBy(() -> none.requireKeys("Person.nik stored encrypted"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not configured, but this service has Person.nik stored encrypted");
    }

    @Test
    void onlyOneKeyFailsAtOnce() {
        assertThatThrownBy(() -> new PersonalDataCipher(new Keys(Optional.of(KEY_A), Optional.empty())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("madiun.privacy.lookup-key is missing");
        assertThatThrownBy(() -> new PersonalDataCipher(new Keys(Optional.empty(), Optional.of(KEY_B))))
                .hasMessageContaining("madiun.privacy.encryption-key is missing");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "16, '16 bytes long, not 32'",
            "31, '31 bytes long, not 32'",
            "33, '33 bytes long, not 32'",
            "64, '64 bytes long, not 32'",
    })
    void aKeyOfTheWrongLengthFailsWithoutShowingIt(int bytes, String message) {
        String key = randomKey(bytes);
        assertThatThrownBy(() -> cipher(key, KEY_B)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("madiun.privacy.encryption-key is " + message)
                .hasMessageNotContaining(key);
        assertThatThrownBy(() -> cipher(KEY_A, key)).hasMessageContaining("madiun.privacy.lookup-key is " + message);
    }

    @Test
    void aKeyThatIsNotBase64FailsWithoutShowingIt() {
        String key = "this is not base64 at all, is it?";
        assertThatThrownBy(() -> cipher(key, KEY_B)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("madiun.privacy.encryption-key is not valid base64")
                .hasMessageNotContaining(key)
                .hasNoCause();
    }

    @Test
    void theTwoKeysMustDiffer() {
        assertThatThrownBy(() -> cipher(KEY_A, KEY_A)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must be different keys");
    }

    @Test
    void surroundingBlanksOfAKeyAreIgnored() {
        assertThat(cipher(" " + KEY_A + "\n", KEY_B).decrypt(cipher.encrypt(NIK))).isEqualTo(NIK);
    }

    private static PersonalDataCipher cipher(String encryptionKey, String lookupKey) {
        return new PersonalDataCipher(new Keys(Optional.of(encryptionKey), Optional.of(lookupKey)));
    }

    private static byte[] nonce(String stored) {
        return java.util.Arrays.copyOf(Base64.getDecoder().decode(stored.substring(3)), 12);
    }

    private static String randomKey(int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The configuration, as SmallRye would give it. */
    private record Keys(Optional<String> encryptionKey, Optional<String> lookupKey) implements PrivacyConfig {
    }
}
