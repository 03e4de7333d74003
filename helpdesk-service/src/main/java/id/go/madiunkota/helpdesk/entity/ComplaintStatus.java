package id.go.madiunkota.helpdesk.entity;

/** A complaint is open ({@code RECEIVED}) until staff record the answer ({@code ANSWERED}). */
public enum ComplaintStatus {
    RECEIVED, ANSWERED
}
