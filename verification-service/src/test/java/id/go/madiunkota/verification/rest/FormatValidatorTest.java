package id.go.madiunkota.verification.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.common.privacy.ValidNik;
import id.go.madiunkota.common.privacy.ValidNpwp;
import id.go.madiunkota.verification.api.ValidNib;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The number formats a registration is checked against, valid and invalid, as tables. */
class FormatValidatorTest {

    @ParameterizedTest(name = "NIK {0}: {1}")
    @CsvSource({
        "3577010505800003, true",   // Kota Madiun, man born 5 May 1980
        "3577014512920002, true",   // woman: day 05 + 40
        "3173057112990001, true",   // DKI Jakarta, woman born 31 Dec 1999
        "9601012902000001, true",   // Papua Barat Daya; 29 Feb 2000
        "3577010505800000, false",  // serial 0000
        "9777010505800003, false",  // province 97 is not assigned
        "3500010505800003, false",  // city 00
        "3577000505800003, false",  // district 00
        "3577013202800003, false",  // 32 February
        "3577017202800003, false",  // woman, 32 February
        "3577012902010001, false",  // 29 Feb 1901 / 2001: no leap year
        "357701050580003, false",   // 15 digits
        "35770105058000031, false", // 17 digits
        "3577-0105-0580-0003, false",
        "357701050580000A, false"})
    void nik(String value, boolean valid) {
        assertThat(new ValidNik.Validator().isValid(value, null)).isEqualTo(valid);
        assertThat(Nik.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "NPWP {0}: {1}")
    @CsvSource({
        "012345678621000, true",       // 15 digits
        "01.234.567.8-621.000, true",  // the old written form
        "0012345678621000, true",      // 16 digits: 0 + the old number
        "3577010505800003, true",      // 16 digits: a person's NIK
        "01234567862100, false",       // 14 digits
        "01.234.567.8-621.00, false",  // written form one digit short
        "01-234-567-8-621-000, false", // wrong separators
        "000000000000000, false",      // all zeros
        "1234567890123456, false",     // 16 digits, neither 0-prefixed nor a NIK
        "01234567862100X, false"})
    void npwp(String value, boolean valid) {
        assertThat(new ValidNpwp.Validator().isValid(value, null)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "NIB {0}: {1}")
    @CsvSource({
        "9120001234567, true",
        "8120110251234, true",
        "0220000000001, true",
        "912000123456, false",    // 12 digits
        "91200012345678, false",  // 14 digits
        "0000000000000, false",   // all zeros
        "912000123456X, false",
        "9120 001234567, false",
        "'', false"})
    void nib(String value, boolean valid) {
        assertThat(new ValidNib.Validator().isValid(value, null)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "absent values are left to @NotBlank: {0}")
    @CsvSource({"nik", "npwp", "nib"})
    void nullIsLeftToNotBlank(String kind) {
        boolean valid = switch (kind) {
            case "nik" -> new ValidNik.Validator().isValid(null, null);
            case "npwp" -> new ValidNpwp.Validator().isValid(null, null);
            default -> new ValidNib.Validator().isValid(null, null);
        };
        assertThat(valid).isTrue();
    }
}
