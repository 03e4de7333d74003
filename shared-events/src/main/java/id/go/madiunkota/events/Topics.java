package id.go.madiunkota.events;

/** The Kafka topic of each service: every event a service publishes goes to its one topic, keyed by aggregate id. */
public final class Topics {

    /** Events of ppid-service: information requests, objections, disputes, the calendar. */
    public static final String PPID = "ppid.events";
    /** Events of helpdesk-service: consultations, callbacks, complaints. */
    public static final String HELPDESK = "helpdesk.events";
    /** Events of verification-service: providers and their verifications. */
    public static final String VERIFICATION = "verification.events";
    /** Events of training-service: sessions, registrations, attendance, invitations. */
    public static final String TRAINING = "training.events";

    private Topics() {
    }

    /** The topic a service publishes to, from its segment ({@code ppid} → {@code ppid.events}). */
    public static String of(String service) {
        return service + ".events";
    }

    /** The dead-letter topic of one consumer: where a message goes after its handler failed every retry. */
    public static String deadLetter(String consumerGroup) {
        return consumerGroup + ".dlq";
    }
}
