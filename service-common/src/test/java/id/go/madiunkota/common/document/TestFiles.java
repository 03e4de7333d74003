package id.go.madiunkota.common.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * Small files for upload tests, made in code: good ones (PDF, PNG, JPEG) and hostile ones (HTML and ZIP meant to pass
 * for a PDF). Travels in service-common's test-jar, so every service's tests use the same files.
 */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF that says {@code text}. */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                + "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                + "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R>> endobj\n"
                + "4 0 obj <</Length " + (text.length() + 20) + ">> stream\nBT /F1 12 Tf 10 100 Td (" + text
                + ") Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF of exactly {@code size} bytes (a comment pads it). */
    public static byte[] pdfOfSize(int size) {
        byte[] head = pdf("besar");
        byte[] bytes = Arrays.copyOf(head, size);
        Arrays.fill(bytes, head.length, size, (byte) '%');
        return bytes;
    }

    /** A 2×2 PNG. */
    public static byte[] png() {
        return image("png");
    }

    /** A 2×2 JPEG. */
    public static byte[] jpeg() {
        return image("jpg");
    }

    /** An HTML page with a script: what a browser would run if it trusted the name x.pdf. */
    public static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP archive with one entry. */
    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("isi.txt"));
            zip.write("bukan pdf".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A multipart body cut off in the middle of its only part, for the boundary {@code BROKEN_BOUNDARY}. */
    public static String brokenMultipart() {
        return "--" + BROKEN_BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut off here";
    }

    /** The boundary {@link #brokenMultipart()} claims. */
    public static final String BROKEN_BOUNDARY = "madiun-boundary-7d1";

    /** The files under {@code directory} (Quarkus's upload directory): none should stay after any upload. */
    public static long filesUnder(Path directory) {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files under {@code directory} once Quarkus has had up to 5 s to delete a request's uploads (it does so when
     * the request ends, just after the answer): 0 unless something is left behind.
     */
    public static long awaitNoFilesUnder(Path directory) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        long count = filesUnder(directory);
        while (count > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            count = filesUnder(directory);
        }
        return count;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
