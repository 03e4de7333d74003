package id.go.madiunkota.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Enum values reach a reader as words of the reader's language, never as codes. */
class MessagesWordTest {

    /** A status with words in the test catalogues (src/test/resources/messages/service*.properties). */
    enum SampleStatus { EXTENDED, CLOSED, WITHOUT_WORD }

    private final Messages messages = new Messages();

    @Test
    void anEnumConstantIsAWordOfTheLanguage() {
        assertThat(Messages.word(Messages.INDONESIAN, SampleStatus.EXTENDED)).isEqualTo("diperpanjang");
        assertThat(Messages.word(Locale.ENGLISH, SampleStatus.EXTENDED)).isEqualTo("extended");
        assertThat(Messages.word(Messages.INDONESIAN, SampleStatus.CLOSED)).isEqualTo("ditutup");
    }

    @Test
    void aConstantWithoutItsWordIsShownAsItsCodeAndNullAsNothing() {
        assertThat(Messages.word(Locale.ENGLISH, SampleStatus.WITHOUT_WORD)).isEqualTo("WITHOUT_WORD");
        assertThat(Messages.word(Locale.ENGLISH, null)).isEmpty();
    }

    @Test
    void enumArgumentsOfAMessageAreRenderedAsWords() {
        assertThat(messages.text(Messages.INDONESIAN, "invalid-transition", SampleStatus.EXTENDED, "close"))
                .isEqualTo("Tindakan 'close' tidak dapat dilakukan saat status diperpanjang.");
        assertThat(messages.text(Locale.ENGLISH, "invalid-transition", SampleStatus.CLOSED, "extend"))
                .isEqualTo("'extend' is not possible while the status is closed.");
    }

    @Test
    void otherArgumentsAreShownAsTheyAre() {
        assertThat(messages.text(Locale.ENGLISH, "not-found", "Session", 12345)).isEqualTo(
                "Session with id 12345 was not found.");
        assertThat(messages.text(Locale.ENGLISH, "no-such-key")).isEqualTo("no-such-key");
    }
}
