package id.go.madiunkota.common.standard;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.common.config.ServiceConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Stores version 1 of the service standard from {@code standard/service-standard.json} the first time the service
 * starts on an empty database. Later versions are published through the API, never by editing the file.
 */
@ApplicationScoped
public class StandardSeeder {

    /** Classpath location of the service's standard as the office's document gives it. */
    public static final String RESOURCE = "standard/service-standard.json";

    private static final Logger LOG = Logger.getLogger(StandardSeeder.class);

    private final StandardRepository repository;
    private final ObjectMapper mapper;
    private final ServiceConfig config;
    private final Clock clock;

    public StandardSeeder(StandardRepository repository, ObjectMapper mapper, ServiceConfig config, Clock clock) {
        this.repository = repository;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        if (QuarkusTransaction.requiringNew().call(repository::count) > 0) {
            return;
        }
        SeedFile seed = read();
        if (!config.code().equals(seed.service())) {
            throw new IllegalStateException(RESOURCE + " is for " + seed.service() + ", not " + config.code());
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> repository.persist(
                    new ServiceStandard(1, seed.content(), Instant.now(clock), "seed")));
            LOG.infof("Stored version 1 of the %s service standard from %s", config.code(), RESOURCE);
        } catch (RuntimeException e) {
            // Another instance starting at the same time stored it first; the primary key keeps one.
            if (QuarkusTransaction.requiringNew().call(repository::count) == 0) {
                throw e;
            }
        }
    }

    private SeedFile read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
            }
            return mapper.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** The seed file's shape: the content plus the service it belongs to. */
    record SeedFile(String service, String title, String decreeNumber, java.time.LocalDate effectiveDate,
            String source, java.util.List<StandardComponent> components, java.util.Map<String, Integer> targets) {

        StandardContent content() {
            return new StandardContent(title, decreeNumber, effectiveDate, source, components, targets);
        }
    }
}
