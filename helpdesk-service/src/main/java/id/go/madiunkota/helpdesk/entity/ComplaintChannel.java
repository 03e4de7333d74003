package id.go.madiunkota.helpdesk.entity;

/**
 * How a complaint arrived: the web form ({@code ONLINE}), or recorded by staff from a walk-in, phone, SMS or e-mail.
 */
public enum ComplaintChannel {
    ONLINE, WALK_IN, PHONE, SMS, EMAIL
}
