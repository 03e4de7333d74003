package id.go.madiunkota.helpdesk.entity;

/**
 * A consultation's time against the service standard: minutes from opening (to closing, or to now while it is open),
 * the seconds of it spent waiting on LKPP (shown separately), and whether it is, or was closed, within the target.
 */
public record ConsultationTiming(int targetMinutes, long elapsedMinutes, int lkppWaitSeconds, boolean withinTarget) {
}
