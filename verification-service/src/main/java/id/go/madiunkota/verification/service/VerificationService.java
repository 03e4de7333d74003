package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.privacy.PersonalDataCipher;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.verification.VerificationStarted;
import id.go.madiunkota.verification.api.VerificationBodies;
import id.go.madiunkota.verification.entity.ChecklistVersion;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.RecordKind;
import id.go.madiunkota.verification.entity.Refusals;
import id.go.madiunkota.verification.entity.Representative;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.entity.VerificationStatus;
import id.go.madiunkota.verification.repository.ChecklistRepository;
import id.go.madiunkota.verification.repository.ProviderRepository;
import id.go.madiunkota.verification.repository.VerificationRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Starting a verification and reading verifications. A start locks the provider's row, so that concurrent starts for
 * one provider are taken one after the other: the second finds the first IN_PROGRESS and is refused (409).
 */
@ApplicationScoped
public class VerificationService {

    private static final Logger LOG = Logger.getLogger(VerificationService.class);

    private final VerificationRepository verifications;
    private final ProviderRepository providers;
    private final ChecklistRepository checklists;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final Clock clock;

    public VerificationService(VerificationRepository verifications, ProviderRepository providers,
            ChecklistRepository checklists, PersonalDataCipher cipher, Outbox outbox, Clock clock) {
        this.verifications = verifications;
        this.providers = providers;
        this.checklists = checklists;
        this.cipher = cipher;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Verification start(VerificationBodies.Start body, Caller caller) {
        Instant now = clock.instant();
        Instant lpse = orNow(body.lpseGuestBookSignedAt(), now);
        Instant guestBook = orNow(body.verificationGuestBookSignedAt(), now);
        if (guestBook.isBefore(lpse)) {
            throw InvalidInputException.of("verificationGuestBookSignedAt", "verification.guest-book-order");
        }
        ChecklistVersion checklist = checklists.findByIdOptional(body.checklistVersion())
                .orElseThrow(() -> InvalidInputException.of("checklistVersion", "verification.checklist-unknown"));
        Provider provider = providers.findLocked(body.providerId())
                .orElseThrow(() -> Refusals.notFound(RecordKind.PROVIDER, body.providerId()));
        provider.requireVerifiable();
        if (verifications.inProgressFor(provider.id())) {
            throw DomainException.conflict("verification.in-progress");
        }
        Representative representative = body.representative() == null ? null
                : new Representative(body.representative().name().trim(), body.representative().nik(),
                        cipher.lookupHash(body.representative().nik()), body.representative().powerOfAttorney());
        int attempt = verifications.attemptsOf(provider.id()) + 1;
        Verification verification = Verification.start(provider, attempt, checklist, representative, lpse, guestBook,
                Actors.of(caller), now);
        verifications.persist(verification);
        outbox.add(new VerificationStarted(verification.id(), provider.id(), checklist.version(), caller.subject(),
                representative != null, attempt, now), verification.id());
        LOG.infof("Started verification %s of provider %s (attempt %d, checklist %s)", verification.id(),
                provider.id(), attempt, checklist.version());
        return verification;
    }

    @Transactional
    public Verification get(UUID id) {
        return verifications.findByIdOptional(id).orElseThrow(() -> Refusals.notFound(RecordKind.VERIFICATION, id));
    }

    @Transactional
    public PageView<Verification> list(UUID providerId, VerificationStatus status, PageParams paging) {
        PanacheQuery<Verification> query = verifications.search(providerId, status, paging.page(), paging.size());
        return new PageView<>(query.list(), paging.page(), paging.size(), query.count());
    }

    private static Instant orNow(OffsetDateTime at, Instant now) {
        return at == null ? now : at.toInstant();
    }
}
