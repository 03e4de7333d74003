package id.go.madiunkota.ppid.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;

/** The letters of an objection, by the path segment that names them. */
public enum ObjectionLetter implements LetterKinds.Kind {
    /** Tanda Bukti Penerimaan Keberatan. */
    RECEIPT("receipt"),
    /** Tanggapan Atasan PPID: only once the superior decided. */
    RESPONSE("response");

    private final String path;

    ObjectionLetter(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
