package id.go.madiunkota.ppid.entity;

/** What can be done with a request; named in the 409 that refuses a move ({@code enum.RequestAction.*}). */
public enum RequestAction {
    START_PROCESSING, EXTEND, DECIDE, DELIVER, CLOSE, WITHDRAW, INVALIDATE, ATTACH_POWER_OF_ATTORNEY,
    ATTACH_RELEASED_INFORMATION
}
