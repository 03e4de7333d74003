package id.go.madiunkota.helpdesk.entity;

/** How a consultation reached the helpdesk: by phone (the seed's flow), in person, by e-mail or by SMS. */
public enum ConsultationChannel {
    PHONE, WALK_IN, EMAIL, SMS;

    /** Channels on which the agent needs the caller's number to call back. */
    public boolean needsPhone() {
        return this == PHONE || this == SMS;
    }
}
