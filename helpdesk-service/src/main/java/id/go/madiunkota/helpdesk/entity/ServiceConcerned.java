package id.go.madiunkota.helpdesk.entity;

/** The four services of the office a complaint may be about. */
public enum ServiceConcerned {
    PPID, HELPDESK, VERIFICATION, TRAINING
}
