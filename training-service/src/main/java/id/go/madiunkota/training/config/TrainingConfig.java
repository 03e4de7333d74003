package id.go.madiunkota.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the training service, under {@code madiun.training}. */
@ConfigMapping(prefix = "madiun.training")
public interface TrainingConfig {

    /** Base URL of ppid-service, whose public calendar endpoint fills the local copy of non-working days. */
    @WithDefault("http://localhost:8081")
    String ppidUrl();

    /** The local copy of the working-day calendar. */
    Calendar calendar();

    /** Settings of the local calendar copy. */
    interface Calendar {

        /** Whether an empty copy is filled from ppid-service at start (off in tests, which seed it themselves). */
        @WithDefault("true")
        boolean fillAtStart();

        /**
         * How often a missing copy is tried again (a Quarkus scheduler interval such as {@code 5m}, or {@code off}).
         */
        @WithDefault("5m")
        String fillRetry();

        /** Whether a joint leave day (cuti bersama) counts as non-working, as in ppid-service; the default is yes. */
        @WithDefault("true")
        boolean cutiBersamaNonWorking();

        /** Seconds to wait for ppid-service when filling. */
        @WithDefault("5")
        int timeoutSeconds();
    }
}
