package id.go.madiunkota.common.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every rule reads time from, so that tests can set the time instead of waiting for it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(ServiceConfig config) {
        return Clock.system(config.zone());
    }
}
