package id.go.madiunkota.ppid.entity;

/** The form of a copy. */
public enum CopyFormat {
    SOFTCOPY, HARDCOPY
}
