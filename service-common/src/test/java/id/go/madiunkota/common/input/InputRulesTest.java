package id.go.madiunkota.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text and date rules on their own. */
class InputRulesTest {

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreRefused() {
        assertThat(TextRules.problemOf("a\tb\r\nc 🙂 مرحبا")).isEmpty();
        assertThat(TextRules.problemOf("a\u0000b")).contains(TextRules.CONTROL_CHARACTER);
        assertThat(TextRules.problemOf("\u001b[31m")).contains(TextRules.CONTROL_CHARACTER);
        assertThat(TextRules.problemOf("\u007f")).contains(TextRules.CONTROL_CHARACTER);
        assertThat(TextRules.problemOf("\u0085")).contains(TextRules.CONTROL_CHARACTER);
        assertThat(TextRules.problemOf("x\ud800")).contains(TextRules.INVALID_TEXT);
        assertThat(TextRules.problemOf("\udc00x")).contains(TextRules.INVALID_TEXT);
    }

    @Test
    void urlComponentsAreDecodedStrictly() {
        assertThat(TextRules.decodeStrictly("a%20b+c", true)).contains("a b c");
        assertThat(TextRules.decodeStrictly("a%20b+c", false)).contains("a b+c");
        assertThat(TextRules.decodeStrictly("%F0%9F%99%82", false)).contains("🙂");
        assertThat(TextRules.decodeStrictly("%00", false)).contains("\u0000");
        assertThat(TextRules.decodeStrictly("%C3%28", false)).isEmpty();
        assertThat(TextRules.decodeStrictly("%ED%A0%80", false)).isEmpty(); // an encoded surrogate
        assertThat(TextRules.decodeStrictly("%", false)).isEmpty();
        assertThat(TextRules.decodeStrictly("%G0", false)).isEmpty();
        assertThat(TextRules.decodeStrictly("abc%2", false)).isEmpty();
    }

    @Test
    void datesAreBoundedTo1900Through2200() {
        assertThat(DateRules.date("1900-01-01").value()).contains(LocalDate.of(1900, 1, 1));
        assertThat(DateRules.date("2200-12-31").value()).contains(LocalDate.of(2200, 12, 31));
        assertThat(DateRules.date("1899-12-31").problem()).contains(DateRules.OUT_OF_RANGE);
        assertThat(DateRules.date("+999999999-12-31").problem()).contains(DateRules.OUT_OF_RANGE);
        assertThat(DateRules.date("2026-02-30").problem()).contains(DateRules.NOT_A_DATE);
        assertThat(DateRules.date(null).value()).isEmpty();
        assertThat(DateRules.date(null).problem()).isEmpty();
        assertThat(DateRules.dateTime("-999999999-01-01T00:00:00+18:00", OffsetDateTime.class).problem())
                .contains(DateRules.OUT_OF_RANGE);
        assertThat(DateRules.dateTime("+999999999-12-31T23:59:59Z", Instant.class).problem()).isPresent();
        assertThat(DateRules.dateTime("2026-03-13T09:00:00+07:00", OffsetDateTime.class).value()).isPresent();
        assertThat(DateRules.dateTime("2201-01-01T00:00:00", LocalDateTime.class).problem())
                .isEqualTo(Optional.of(DateRules.OUT_OF_RANGE));
        assertThat(DateRules.inRange(Instant.parse("2200-12-31T23:59:59Z"))).isTrue();
        assertThat(DateRules.inRange(Instant.parse("2201-01-01T00:00:00Z"))).isFalse();
    }
}
