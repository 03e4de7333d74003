package id.go.madiunkota.common.letter;

import jakarta.ws.rs.core.Response;

/** A letter as an HTTP answer: {@code application/pdf}, shown inline, saved under the letter's file name. */
public final class PdfAnswers {

    /** The media type of every letter. */
    public static final String PDF = "application/pdf";

    private PdfAnswers() {
    }

    public static Response of(RenderedLetter rendered) {
        return Response.ok(rendered.pdf(), PDF)
                .header("Content-Disposition", "inline; filename=\"" + rendered.letter().fileName() + "\"")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
