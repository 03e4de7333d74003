package id.go.madiunkota.helpdesk.entity;

/**
 * The moves of the helpdesk's records, named in a refusal ("'close' is not possible while the status is open") by
 * their words {@code enum.Step.<CONSTANT>} in the caller's language.
 */
public enum Step {
    RESOLUTION, ESCALATION, LKPP_ANSWER, RELAY, CLOSURE, CALLBACK_COMPLETION, COMPLAINT_RESPONSE
}
