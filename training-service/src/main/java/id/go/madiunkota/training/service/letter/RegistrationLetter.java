package id.go.madiunkota.training.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;

/** The letters of a registration, by the path segment that names them. */
public enum RegistrationLetter implements LetterKinds.Kind {
    /** Sertifikat Pelatihan: a registration's certificate, once completed and understood. */
    CERTIFICATE("certificate");

    private final String path;

    RegistrationLetter(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
