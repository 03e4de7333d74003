package id.go.madiunkota.training.service.letter;

import id.go.madiunkota.common.letter.LetterKinds;

/** The letters of a training session, by the path segment that names them. */
public enum SessionLetter implements LetterKinds.Kind {
    /** Daftar Hadir: a session's attendance list. */
    ATTENDANCE_LIST("attendance-list");

    private final String path;

    SessionLetter(String path) {
        this.path = path;
    }

    @Override
    public String path() {
        return path;
    }
}
