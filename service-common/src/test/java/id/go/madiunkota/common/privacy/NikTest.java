package id.go.madiunkota.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "3577010101900001, 'Madiun, man born 1 January 1990'",
            "3577014101900002, 'woman: day + 40'",
            "3577017112990003, 'woman born 31 December'",
            "3577012902000004, '29 February 2000, a leap year'",
            "3577016902040005, 'woman born 29 February 2004'",
            "3577012902000006, '29 February 00: 2000 is a leap year though 1900 is not'",
            "3577012902960007, '29 February 96: 1996 was a leap year'",
            "1101011505850001, 'Aceh, first province code'",
            "1971013006010001, 'Kepulauan Bangka Belitung'",
            "2171010101010001, 'Kepulauan Riau'",
            "3674010101010001, 'Banten'",
            "6501010101010001, 'Kalimantan Utara'",
            "7601010101010001, 'Sulawesi Barat'",
            "8201010101010001, 'Maluku Utara'",
            "9101010101010001, 'Papua'",
            "9501010101010001, 'Papua Pegunungan'",
            "9601010101010001, 'Papua Barat Daya, the newest province'",
            "3577990101909999, 'highest serial'",
    })
    void acceptsValidNumbers(String nik, String why) {
        assertThat(Nik.isValid(nik)).as(why).isTrue();
        assertThat(new Nik(nik).value()).isEqualTo(nik);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "357701010190001, 'too short: 15 digits'",
            "35770101019000012, 'too long: 17 digits'",
            "'', 'empty'",
            "35770101019000A1, 'a letter'",
            "'3577 0101 0190 0001', 'spaces'",
            "' 3577010101900001', 'leading blank'",
            "3577-01-010190-0001, 'dashes'",
            "３５７７０１０１０１９００００１, 'full-width digits'",
            "1077010101900001, 'province 10 does not exist'",
            "2077010101900001, 'province 20 does not exist'",
            "0077010101900001, 'province 00'",
            "3777010101900001, 'province 37 does not exist'",
            "5477010101900001, 'province 54: Timor Timur before NIKs existed'",
            "9777010101900001, 'province 97 is not assigned'",
            "9977010101900001, 'province 99'",
            "3500010101900001, 'city or regency 00'",
            "3577000101900001, 'district 00'",
            "3577010001900001, 'day 00'",
            "3577013201900001, 'day 32'",
            "3577014001900001, 'day 40: neither a man''s nor a woman''s day'",
            "3577017201900001, 'day 72: a woman''s 32nd'",
            "3577019901900001, 'day 99'",
            "3577010100900001, 'month 00'",
            "3577010113900001, 'month 13'",
            "3577013002900001, '30 February'",
            "3577013104900001, '31 April'",
            "3577017104900001, 'woman, 31 April'",
            "3577012902010001, '29 February 01: neither 1901 nor 2001 was a leap year'",
            "3577016902010001, 'woman, 29 February 01'",
            "3577010101900000, 'serial 0000'",
    })
    void refusesInvalidNumbers(String nik, String why) {
        assertThat(Nik.isValid(nik)).as(why).isFalse();
        assertThatThrownBy(() -> new Nik(nik)).as(why)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a valid NIK");
    }

    @Test
    void nullIsNotANik() {
        assertThat(Nik.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Nik(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "3577010101900001, 3577********0001",
            "9601014112850123, 9601********0123",
    })
    void showsOnlyTheFirstAndLastFourDigits(String nik, String masked) {
        Nik value = new Nik(nik);
        assertThat(value.masked()).isEqualTo(masked);
        assertThat(value.toString()).isEqualTo(masked);
        assertThat("applicant " + value).doesNotContain(nik).contains(masked);
        assertThat(String.format("%s", value)).isEqualTo(masked);
    }

    @Test
    void twoNiksWithTheSameNumberAreEqual() {
        assertThat(new Nik("3577010101900001")).isEqualTo(new Nik("3577010101900001"))
                .isNotEqualTo(new Nik("3577010101900002"));
    }

    @Test
    void jsonShowsTheMaskedForm() throws Exception {
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(java.util.Map.of("nik", new Nik("3577010101900001")));
        assertThat(json).isEqualTo("{\"nik\":\"3577********0001\"}");
    }
}
