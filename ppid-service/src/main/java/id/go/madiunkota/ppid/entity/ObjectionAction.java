package id.go.madiunkota.ppid.entity;

/** What can be done with an objection; named in the 409 that refuses a move ({@code enum.ObjectionAction.*}). */
public enum ObjectionAction {
    DECIDE, ACCEPT, FILE_DISPUTE, RECORD_DISPUTE_OUTCOME
}
