package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.api.ChecklistBodies;
import id.go.madiunkota.verification.entity.ChecklistItem;
import id.go.madiunkota.verification.entity.ChecklistVersion;
import id.go.madiunkota.verification.entity.RecordKind;
import id.go.madiunkota.verification.entity.Refusals;
import id.go.madiunkota.verification.repository.ChecklistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The document checklists as versioned configuration: the seed's set and the NIB-era set are seeded by Flyway; an
 * admin publishes a new version without a code change. The current version is the one with the latest effective date
 * on or before today.
 */
@ApplicationScoped
public class ChecklistService {

    private static final Logger LOG = Logger.getLogger(ChecklistService.class);

    private final ChecklistRepository checklists;
    private final Clock clock;

    public ChecklistService(ChecklistRepository checklists, Clock clock) {
        this.checklists = checklists;
        this.clock = clock;
    }

    @Transactional
    public List<ChecklistEntry> all() {
        List<ChecklistVersion> versions = checklists.allNewestFirst();
        String current = current(versions).map(ChecklistVersion::version).orElse(null);
        return versions.stream().map(v -> new ChecklistEntry(v, v.version().equals(current))).toList();
    }

    /** One version. */
    @Transactional
    public ChecklistEntry get(String version) {
        ChecklistVersion found = checklists.findByIdOptional(version)
                .orElseThrow(() -> Refusals.notFound(RecordKind.CHECKLIST_VERSION, version));
        String current = current(checklists.allNewestFirst()).map(ChecklistVersion::version).orElse(null);
        return new ChecklistEntry(found, found.version().equals(current));
    }

    @Transactional
    public ChecklistEntry publish(ChecklistBodies.NewVersion body, Caller caller) {
        Set<String> codes = new HashSet<>();
        for (ChecklistBodies.Item item : body.items()) {
            if (!codes.add(item.code())) {
                throw InvalidInputException.of("items", "checklist.duplicate-code");
            }
        }
        // Publications wait for each other here: a version published a moment ago is seen and refused with 409.
        checklists.lockForPublication();
        if (checklists.findByIdOptional(body.version()).isPresent()) {
            throw DomainException.conflict("checklist.version-exists", body.version());
        }
        List<ChecklistItem> items = body.items().stream().map(i -> new ChecklistItem(i.code(), i.name().trim(),
                i.nameEn().trim(), i.original(), i.copy(), Boolean.TRUE.equals(i.representedOnly()),
                i.businessForms())).toList();
        ChecklistVersion version = new ChecklistVersion(body.version(), body.title().trim(), body.effectiveFrom(),
                body.description(), items, clock.instant(), Actors.of(caller));
        checklists.persist(version);
        LOG.infof("Published checklist version %s effective %s", version.version(), version.effectiveFrom());
        boolean current = current(checklists.allNewestFirst()).filter(v -> v == version).isPresent();
        return new ChecklistEntry(version, current);
    }

    private Optional<ChecklistVersion> current(List<ChecklistVersion> newestFirst) {
        LocalDate today = LocalDate.now(clock);
        return newestFirst.stream().filter(v -> !v.effectiveFrom().isAfter(today)).findFirst();
    }
}
