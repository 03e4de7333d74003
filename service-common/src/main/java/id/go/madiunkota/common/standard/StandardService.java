package id.go.madiunkota.common.standard;

import id.go.madiunkota.common.config.ServiceConfig;
import id.go.madiunkota.common.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The service standard of this service: the version in force, the history, publishing a new version, and the targets
 * (such as the PPID's 10 working days) that the rest of the service reads instead of hard-coding them.
 */
@ApplicationScoped
public class StandardService {

    private final StandardRepository repository;
    private final ServiceConfig config;
    private final Clock clock;

    public StandardService(StandardRepository repository, ServiceConfig config, Clock clock) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public StandardView current() {
        return StandardView.of(config.code(), inForce());
    }

    @Transactional
    public List<StandardView> versions() {
        return repository.allNewestFirst().stream().map(s -> StandardView.of(config.code(), s)).toList();
    }

    @Transactional
    public StandardView version(int version) {
        return repository.findByIdOptional(version).map(s -> StandardView.of(config.code(), s))
                .orElseThrow(() -> DomainException.notFound("Standard version", version));
    }

    /** A target of the standard in force, such as {@code responseWorkingDays}; fails loudly if the data lacks it. */
    @Transactional
    public int target(String key) {
        Integer value = inForce().targets().get(key);
        if (value == null) {
            throw new IllegalStateException("The service standard in force has no target " + key);
        }
        return value;
    }

    /**
     * Publishes {@code content} as the next version. Publications are taken one at a time under a table lock; one
     * that was prepared against an older version than the newest (its {@code replaces}, or the newest when the
     * request began) is refused with 409 {@code standard-version-conflict}, so of two concurrent publications one
     * wins and the other is told to reload.
     */
    @Transactional
    public StandardView publish(StandardContent content, String publishedBy) {
        checkComponents(content);
        LocalDate today = LocalDate.now(clock);
        if (content.effectiveDate().isBefore(today)) {
            throw DomainException.unprocessable("standard-effective-date", today);
        }
        // The version the publisher means to replace: as stated, or the newest before waiting for the lock.
        int replaces = content.replaces() != null ? content.replaces() : repository.latestVersion();
        repository.lockForPublication();
        int latestVersion = repository.latestVersion();
        if (latestVersion != replaces) {
            throw DomainException.conflict("standard-version-conflict", latestVersion);
        }
        ServiceStandard latest = repository.findById(latestVersion);
        if (latest != null && !content.targets().keySet().containsAll(latest.targets().keySet())) {
            throw DomainException.unprocessable("standard-invalid");
        }
        ServiceStandard standard = new ServiceStandard(latestVersion + 1, content, Instant.now(clock), publishedBy);
        repository.persist(standard);
        return StandardView.of(config.code(), standard);
    }

    private ServiceStandard inForce() {
        LocalDate today = LocalDate.now(clock);
        return repository.inForceOn(today)
                .orElseThrow(() -> new IllegalStateException("No service standard is in force on " + today));
    }

    private static void checkComponents(StandardContent content) {
        boolean numbered = IntStream.range(0, content.components().size())
                .allMatch(i -> content.components().get(i).number() == i + 1);
        if (content.components().size() != 14 || !numbered) {
            throw DomainException.unprocessable("standard-invalid");
        }
    }
}
