package id.go.madiunkota.common.input;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text the services accept from outside, in a body, a path or a query: no control characters other than tab,
 * carriage return and line feed (a NUL, for one, cannot be stored by PostgreSQL), no lone UTF-16 surrogates (they
 * are no character at all), and in a URL only valid UTF-8 behind its percent escapes.
 */
public final class TextRules {

    /** Message key: the value holds a control character. */
    public static final String CONTROL_CHARACTER = "input.control-character";

    /** Message key: the value is not valid UTF-8 / Unicode text. */
    public static final String INVALID_TEXT = "input.invalid-text";

    private TextRules() {
    }

    /** The message key of what is wrong with {@code text}, or empty when it is acceptable (null is). */
    public static Optional<String> problemOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return Optional.of(CONTROL_CHARACTER);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return Optional.of(INVALID_TEXT);
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of(INVALID_TEXT);
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes a raw (percent-encoded) URL component strictly: {@code +} stays a plus in a path and becomes a space in
     * a query. Empty when a percent escape is malformed or the bytes are not valid UTF-8.
     */
    public static Optional<String> decodeStrictly(String raw, boolean query) {
        if (problemOf(raw).filter(INVALID_TEXT::equals).isPresent()) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        int run = 0; // start of the characters not yet copied
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%' && !(query && c == '+')) {
                continue;
            }
            bytes.writeBytes(raw.substring(run, i).getBytes(StandardCharsets.UTF_8));
            if (c == '+') {
                bytes.write(' ');
                run = i + 1;
                continue;
            }
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
            run = i + 1;
        }
        bytes.writeBytes(raw.substring(run).getBytes(StandardCharsets.UTF_8));
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
