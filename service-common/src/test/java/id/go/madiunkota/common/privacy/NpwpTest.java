package id.go.madiunkota.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NpwpTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "012345678901000, 012345678901000, 'old format, digits'",
            "01.234.567.8-901.000, 012345678901000, 'old format as written on the card'",
            "99.999.999.9-999.999, 999999999999999, 'old format, highest'",
            "0012345678901000, 0012345678901000, '16 digits: 0 and the old number'",
            "3577010101900001, 3577010101900001, '16 digits: a person''s NIK'",
            "3577014101900002, 3577014101900002, '16 digits: a woman''s NIK'",
    })
    void acceptsAndNormalisesValidNumbers(String text, String digits, String why) {
        assertThat(Npwp.isValid(text)).as(why).isTrue();
        assertThat(new Npwp(text).value()).as(why).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "01234567890100, 'too short: 14 digits'",
            "01234567890100012, 'too long: 17 digits'",
            "'', 'empty'",
            "01234567890100A, 'a letter'",
            "01.234.567.8-901.00, 'written form one digit short'",
            "01.234.567.8901.000, 'written form without its dash'",
            "01-234-567-8-901-000, 'dashes only'",
            "'01 234 567 8 901 000', 'spaces'",
            "' 012345678901000', 'leading blank'",
            "000000000000000, 'all zeros, 15'",
            "0000000000000000, 'all zeros, 16'",
            "1234567890123456, '16 digits that are neither 0 and an old number nor a NIK'",
            "3577010101900000, '16 digits: a NIK with serial 0000'",
            "9777010101900001, '16 digits: a NIK with an unknown province'",
    })
    void refusesInvalidNumbers(String text, String why) {
        assertThat(Npwp.isValid(text)).as(why).isFalse();
        assertThatThrownBy(() -> new Npwp(text)).as(why)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a valid NPWP");
    }

    @Test
    void nullIsNotAnNpwp() {
        assertThat(Npwp.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Npwp(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "012345678901000, 01**********000",
            "01.234.567.8-901.000, 01**********000",
            "0012345678901000, 00***********000",
            "3577010101900001, 35***********001",
    })
    void showsOnlyTheFirstTwoAndLastThreeDigits(String text, String masked) {
        Npwp npwp = new Npwp(text);
        assertThat(npwp.masked()).isEqualTo(masked).hasSize(npwp.value().length());
        assertThat(npwp.toString()).isEqualTo(masked);
        assertThat("company " + npwp).doesNotContain(npwp.value());
    }

    @Test
    void theWrittenAndTheDigitFormsAreEqual() {
        assertThat(new Npwp("01.234.567.8-901.000")).isEqualTo(new Npwp("012345678901000"));
    }
}
