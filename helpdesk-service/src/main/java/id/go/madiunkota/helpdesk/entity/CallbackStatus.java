package id.go.madiunkota.helpdesk.entity;

/** A callback task: waiting for the agent ({@code PENDING}), done, or cancelled because the consultation closed. */
public enum CallbackStatus {
    PENDING, DONE, CANCELLED
}
