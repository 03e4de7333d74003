package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.standard.StandardService;
import id.go.madiunkota.helpdesk.entity.Consultation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The helpdesk's targets, read from the service standard in force, never hard-coded. */
@ApplicationScoped
public class ServiceTargets {

    /** Minutes from opening to closing a consultation (the seed: "kurang lebih 30 menit"). */
    public static final String COMPLETION_MINUTES = "completionMinutes";
    /** Minutes after an escalation at which the caller is called back (the seed: "setelah 10 menit"). */
    public static final String CALLBACK_MINUTES = "callbackMinutes";

    private final StandardService standard;

    public ServiceTargets(StandardService standard) {
        this.standard = standard;
    }

    public int completionMinutes() {
        return standard.target(COMPLETION_MINUTES);
    }

    public int callbackMinutes() {
        return standard.target(CALLBACK_MINUTES);
    }

    /** The consultation with its timing at {@code now}, against the completion target in force. */
    public TimedConsultation timed(Consultation consultation, Instant now) {
        return new TimedConsultation(consultation, consultation.escalations(),
                consultation.timing(now, completionMinutes()));
    }
}
