package id.go.madiunkota.training.entity;

/** Who a session is for, and what kind of participant a registration is: providers or procurement officials. */
public enum Audience {
    /** Penyedia: goods/services providers. */
    PROVIDER,
    /** Pejabat pengadaan: procurement officials, who need their superior's decree. */
    PROCUREMENT_OFFICIAL
}
