package id.go.madiunkota.ppid.entity;

/** How the Komisi Informasi settled a dispute (sengketa), UU 14/2008 Pasal 38–39 and Perki 1/2013. */
public enum DisputeOutcome {
    /** The parties agreed in mediation (putusan mediasi). */
    MEDIATION_AGREEMENT,
    /** The commission decided in adjudication (putusan ajudikasi). */
    ADJUDICATION_DECISION
}
