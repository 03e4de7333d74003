package id.go.madiunkota.helpdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the helpdesk service, under {@code madiun.helpdesk}. The callback delay (10 minutes) and the completion
 * target (about 30 minutes) are not settings: they are the targets {@code callbackMinutes} and
 * {@code completionMinutes} of the service standard in force.
 */
@ConfigMapping(prefix = "madiun.helpdesk")
public interface HelpdeskConfig {

    /** The job that announces callbacks falling due. */
    CallbackWatch callbackWatch();

    /** Callback tasks. */
    Callbacks callbacks();

    /** Settings of the callback watch. */
    interface CallbackWatch {

        /** How often it runs (a Quarkus scheduler interval such as {@code 30s}, or {@code off}). */
        @WithDefault("30s")
        String every();
    }

    /** Settings of callback tasks. */
    interface Callbacks {

        /** How long after falling due a callback still pending counts as overdue. */
        @WithDefault("5m")
        Duration overdueAfter();
    }
}
