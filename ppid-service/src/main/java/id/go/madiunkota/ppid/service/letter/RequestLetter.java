package id.go.madiunkota.ppid.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;

/** The letters of a request, by the path segment that names them. */
public enum RequestLetter implements LetterKinds.Kind {
    /** Tanda Bukti Penerimaan Permohonan Informasi Publik. */
    RECEIPT("receipt"),
    /** Pemberitahuan Perpanjangan Waktu: only once the request was extended. */
    EXTENSION("extension"),
    /** Pemberitahuan Tertulis (the decision): only once decided. */
    DECISION("decision");

    private final String path;

    RequestLetter(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
