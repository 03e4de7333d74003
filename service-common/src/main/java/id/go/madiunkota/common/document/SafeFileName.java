package id.go.madiunkota.common.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * File names as an uploader declared them, made harmless: to keep (no directories, no control or format characters,
 * at most 200 characters) and to send back in a {@code Content-Disposition} header (an ASCII fallback plus the
 * RFC 5987 UTF-8 form).
 */
final class SafeFileName {

    private static final int MAX = 200;
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", ".pdf", "image/jpeg", ".jpg", "image/png", ".png");

    private SafeFileName() {
    }

    /** The declared name without any path, control characters or quotes; {@code dokumen} when nothing is left. */
    static String of(String declared) {
        String name = declared == null ? "" : Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE && c != '"' && c != ';')
                .forEach(kept::appendCodePoint);
        String result = kept.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX));
        }
        return result.isBlank() ? "dokumen" : result;
    }

    /** A {@code Content-Disposition: attachment} value for the stored name, its extension the detected type's. */
    static String disposition(String stored, String mediaType) {
        String name = withExtension(stored, mediaType);
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static String withExtension(String name, String mediaType) {
        String extension = EXTENSIONS.getOrDefault(mediaType, "");
        String lower = name.toLowerCase(Locale.ROOT);
        boolean matches = lower.endsWith(extension) || extension.equals(".jpg") && lower.endsWith(".jpeg");
        return matches ? name : name + extension;
    }
}
