package id.go.madiunkota.helpdesk.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;

/** The letters of a complaint, by the path segment that names them. */
public enum ComplaintLetter implements LetterKinds.Kind {
    /** Tanda Terima Pengaduan: the complaint (or suggestion, or input) as received, and its answer once given. */
    RECEIPT("receipt");

    private final String path;

    ComplaintLetter(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
