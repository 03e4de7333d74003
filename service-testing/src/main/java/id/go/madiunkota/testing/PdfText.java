package id.go.madiunkota.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox, as the letters' tests check it: its text in reading order with runs of white space made
 * one space and the running footer left out (so a line or page break inside a sentence does not fail a check), its page
 * count and page size.
 *
 * @param text the text of every page, white space collapsed
 * @param pages the number of pages
 * @param a4 whether the first page is A4 (to a point)
 */
public record PdfText(String text, int pages, boolean a4) {

    private static final Pattern FOOTER = Pattern.compile(
            "Pemerintah Kota Madiun · .*?Halaman \\d+ dari \\d+ .*?Dokumen elektronik dari sistem layanan publik "
                    + "· Nomor \\S+ ?");

    /** {@code pdf} read back; also kept as {@code target/letters/<name>.pdf}, to look at (README's pictures). */
    public static PdfText of(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "letters");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(pdf);
    }

    public static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // bold runs inside a line come back in reading order
            // the running footer stands between the pages' text: left out, so a sentence that runs on reads whole
            String text = FOOTER.matcher(stripper.getText(document).replaceAll("\\s+", " ")).replaceAll("");
            PDRectangle size = document.getPage(0).getMediaBox();
            boolean a4 = Math.abs(size.getWidth() - PDRectangle.A4.getWidth()) < 1
                    && Math.abs(size.getHeight() - PDRectangle.A4.getHeight()) < 1;
            return new PdfText(text, document.getNumberOfPages(), a4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
