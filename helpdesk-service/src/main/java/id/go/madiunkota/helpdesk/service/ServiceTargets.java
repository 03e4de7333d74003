package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.standard.StandardService;
import jakarta.enterprise.context.ApplicationScoped;

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
}
