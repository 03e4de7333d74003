package id.go.madiunkota.common.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * An upload read into memory under a limit, with its SHA-256 and the media type its bytes show (Apache Tika's magic
 * numbers; the name and the type the client declared are never consulted).
 *
 * @param bytes the content
 * @param sha256 its SHA-256, hexadecimal
 * @param mediaType what Tika detected
 */
record ScannedContent(byte[] bytes, String sha256, String mediaType) {

    /** The types a document may be: scans and letters. */
    static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private static final Tika TIKA = new Tika();
    private static final int CHUNK = 8192;

    /**
     * Reads at most {@code limit} bytes: the first byte past it stops the reading and refuses the upload, so a huge
     * stream is never read whole. Refuses an empty stream and a type outside {@link #ACCEPTED}.
     */
    static ScannedContent read(InputStream content, long limit) {
        MessageDigest digest = newDigest();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
        try (DigestInputStream in = new DigestInputStream(content, digest)) {
            byte[] chunk = new byte[CHUNK];
            long total = 0;
            int read;
            while ((read = in.read(chunk, 0, (int) Math.min(CHUNK, limit + 1 - total))) > 0) {
                total += read;
                if (total > limit) {
                    throw DocumentRefusedException.tooLarge(limit);
                }
                buffer.write(chunk, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
        byte[] bytes = buffer.toByteArray();
        if (bytes.length == 0) {
            throw DocumentRefusedException.empty();
        }
        String type = detect(bytes);
        if (!ACCEPTED.contains(type)) {
            throw DocumentRefusedException.unsupportedType(type);
        }
        return new ScannedContent(bytes, HexFormat.of().formatHex(digest.digest()), type);
    }

    private static String detect(byte[] bytes) {
        try {
            return TIKA.detect(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
