package id.go.madiunkota.helpdesk.entity;

/** Pengaduan, saran or masukan. */
public enum ComplaintKind {
    COMPLAINT, SUGGESTION, INPUT
}
