package id.go.madiunkota.training.entity;

/** An invitation names a session, or waits until a provider session is scheduled. */
public enum InvitationStatus {
    INVITED,
    WAITING_FOR_SESSION
}
