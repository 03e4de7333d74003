package id.go.madiunkota.verification.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;

/** The letters of a verification, by the path segment that names them. */
public enum VerificationLetter implements LetterKinds.Kind {
    /** Berita Acara Verifikasi: each document checked, the result, the verifier and the time; once decided. */
    BERITA_ACARA("berita-acara");

    private final String path;

    VerificationLetter(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
