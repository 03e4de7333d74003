package id.go.madiunkota.common.letter;

/**
 * A letter and its PDF.
 *
 * @param letter what was rendered (its file name names the download)
 * @param pdf the PDF's bytes
 */
public record RenderedLetter(Letter letter, byte[] pdf) {
}
