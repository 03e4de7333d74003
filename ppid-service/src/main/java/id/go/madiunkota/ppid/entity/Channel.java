package id.go.madiunkota.ppid.entity;

/** How a request reached the PPID: the public form, or recorded by staff. */
public enum Channel {
    ONLINE, WALK_IN, PHONE, EMAIL, LETTER;

    /** Whether staff record requests on this channel (everything but the public form). */
    public boolean recordedByStaff() {
        return this != ONLINE;
    }
}
