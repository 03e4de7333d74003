package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.standard.StandardService;
import jakarta.enterprise.context.ApplicationScoped;

/** The service standard's completion time (about 15 minutes), read from the standard in force, never hard-coded. */
@ApplicationScoped
public class Timing {

    /** The target key of the seeded service standard ({@code targets.completionMinutes}). */
    public static final String TARGET_KEY = "completionMinutes";

    private final StandardService standard;

    public Timing(StandardService standard) {
        this.standard = standard;
    }

    public int targetMinutes() {
        return standard.target(TARGET_KEY);
    }
}
