package id.go.madiunkota.common.letter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Renders a {@link Letter}: its Qute template (XHTML, every value HTML-escaped), framed by the shared layout
 * {@code letters/layout.html} with the office's kop surat and footer, then laid out as an A4 PDF by openhtmltopdf on
 * PDFBox with the standard PDF fonts (Times, Helvetica), so no font file travels with the service.
 */
@ApplicationScoped
public class LetterRenderer {

    private static final Logger LOG = Logger.getLogger(LetterRenderer.class);
    private static final String WARM_UP = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>"
            + "@page { size: A4; } body { font-family: serif; } h1 { font-family: sans-serif; }</style></head>"
            + "<body><h1>Surat</h1><p>Madiun</p><table><tr><td>1</td></tr></table></body></html>";

    private final Engine engine;
    private final LetterheadSource letterheads;

    public LetterRenderer(Engine engine, LetterheadSource letterheads) {
        this.engine = engine;
        this.letterheads = letterheads;
    }

    /** The letter with its PDF. */
    public RenderedLetter rendered(Letter letter) {
        return new RenderedLetter(letter, render(letter));
    }

    /** The letter as PDF bytes. */
    public byte[] render(Letter letter) {
        Template template = engine.getTemplate(letter.template());
        if (template == null) {
            throw new IllegalStateException("No letter template " + letter.template());
        }
        String xhtml = template.data("letter", letter).data("head", letterheads.current())
                .data("facts", letter.facts()).render();
        return pdf(xhtml);
    }

    /** Lays {@code xhtml} (well-formed XHTML) out as PDF. */
    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first PDF costs class loading and font metrics (about a second); pay it at start, not on a citizen. */
    void warmUp(@Observes StartupEvent event) {
        XRLog.setLoggerImpl(new LayoutLog());
        long start = System.nanoTime();
        pdf(WARM_UP);
        LOG.debugf("Letter renderer warmed up in %d ms", (System.nanoTime() - start) / 1_000_000);
    }
}
