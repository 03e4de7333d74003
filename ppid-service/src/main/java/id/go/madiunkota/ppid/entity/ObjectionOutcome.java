package id.go.madiunkota.ppid.entity;

/** The superior's answer: the PPID's handling stands (reasons required), or disclosure is ordered. */
public enum ObjectionOutcome {
    UPHELD, OVERTURNED
}
