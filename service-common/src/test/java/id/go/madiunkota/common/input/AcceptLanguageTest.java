package id.go.madiunkota.common.input;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.problem.AcceptLanguage;
import id.go.madiunkota.common.problem.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Accept-Language read tolerantly: garbage is Indonesian, never an exception. */
class AcceptLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN-gb", "en;q=0.5", "id;q=0.1, en;q=0.9", "fr, en;q=0.3", "en,id",
        "de;q=abc, en;q=0.2", "en;q=1.000"})
    void englishWhenPreferred(String header) {
        assertThat(AcceptLanguage.choose(header)).isEqualTo(Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "id", "in", "id-ID", "id,en", "en;q=0.4, id;q=0.5", "en;q=abc", "en;q=2",
        "*;q=0.5x", "en;q=0.5x", "en;q=", "en;q=-1", "en;q=1.5", "en;foo=bar", ";;;,,,", "\u0000en", "e\u0000n",
        "en-", "-en", "fr", "*", "en;q=0", "🙂", "en;q=0.1234"})
    void indonesianForAnythingElse(String header) {
        assertThat(AcceptLanguage.choose(header)).isEqualTo(Messages.INDONESIAN);
    }

    @org.junit.jupiter.api.Test
    void aVeryLongHeaderIsNotReadAtAll() {
        assertThat(AcceptLanguage.choose("en," + "x;q=0.1,".repeat(10_000))).isEqualTo(Messages.INDONESIAN);
        assertThat(AcceptLanguage.choose(null)).isEqualTo(Messages.INDONESIAN);
    }
}
