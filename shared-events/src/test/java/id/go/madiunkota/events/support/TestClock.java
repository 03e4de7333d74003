package id.go.madiunkota.events.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The clock the outbox reads; in a service, service-common produces it. */
@ApplicationScoped
public class TestClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Jakarta"));
    }
}
