package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.events.verification.VerificationArchived;
import id.go.madiunkota.events.verification.VerificationRejected;
import id.go.madiunkota.verification.api.VerificationBodies;
import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.RecordKind;
import id.go.madiunkota.verification.entity.Refusals;
import id.go.madiunkota.verification.entity.Verification;
import id.go.madiunkota.verification.repository.ProviderRepository;
import id.go.madiunkota.verification.repository.VerificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The verifier's steps on a verification: document checks, the blacklist check, the decision (approval activates the
 * provider), the signed sheet and the archive. Each is one transaction with its event in the outbox.
 */
@ApplicationScoped
public class VerificationWorkflowService {

    private static final Logger LOG = Logger.getLogger(VerificationWorkflowService.class);

    private final VerificationRepository verifications;
    private final ProviderRepository providers;
    private final Outbox outbox;
    private final VerificationMails mails;
    private final Clock clock;

    public VerificationWorkflowService(VerificationRepository verifications, ProviderRepository providers,
            Outbox outbox, VerificationMails mails, Clock clock) {
        this.verifications = verifications;
        this.providers = providers;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Verification checkDocument(UUID id, String code, VerificationBodies.DocumentCheck body, Caller caller) {
        Verification verification = load(id);
        verification.checkDocument(code, body.originalSighted(), body.copyReceived(), body.note(), Actors.of(caller),
                clock.instant());
        return verification;
    }

    @Transactional
    public Verification blacklistCheck(UUID id, VerificationBodies.BlacklistCheck body) {
        Verification verification = load(id);
        verification.recordBlacklistCheck(body.listed(), body.source().trim(), clock.instant());
        LOG.infof("Blacklist check of verification %s: listed=%s", id, body.listed());
        return verification;
    }

    @Transactional
    public Verification decide(UUID id, VerificationBodies.Decision body, Caller caller) {
        Verification verification = load(id);
        Instant now = clock.instant();
        List<String> given = body.missing() == null ? List.of() : body.missing();
        if (body.outcome() == Outcome.APPROVED) {
            if (!given.isEmpty()) {
                throw InvalidInputException.of("missing", "verification.missing-not-allowed");
            }
            verification.approve(body.note(), Actors.of(caller), now);
            Provider provider = providers.findLocked(verification.providerId())
                    .orElseThrow(() -> Refusals.notFound(RecordKind.PROVIDER, verification.providerId()));
            provider.activate(verification.id(), now);
            outbox.add(new ProviderActivated(provider.id(), verification.id(), ProviderService.publicName(provider),
                    provider.businessForm().name(), now), provider.id());
            mails.activated(provider);
            LOG.infof("Approved verification %s; provider %s activated", id, provider.id());
        } else {
            verification.reject(given, body.note(), Actors.of(caller), now);
            List<String> missing = verification.decision().missingItems();
            outbox.add(new VerificationRejected(verification.id(), verification.providerId(),
                    verification.checklistVersion(), missing, verification.blacklisted(),
                    caller.subject(), now), verification.id());
            providers.findByIdOptional(verification.providerId())
                    .ifPresent(provider -> mails.rejected(provider, verification));
            LOG.infof("Rejected verification %s, missing %s", id, missing);
        }
        return verification;
    }

    @Transactional
    public Verification sign(UUID id, Caller caller) {
        Verification verification = load(id);
        verification.sign(Actors.of(caller), clock.instant());
        return verification;
    }

    @Transactional
    public Verification archive(UUID id, VerificationBodies.Archive body) {
        Verification verification = load(id);
        Instant now = clock.instant();
        verification.archive(body.archiveReference().trim(), now);
        outbox.add(new VerificationArchived(verification.id(), verification.providerId(),
                verification.outcome().name(), verification.filing().archiveReference(), now), verification.id());
        LOG.infof("Archived verification %s as %s", id, verification.filing().archiveReference());
        return verification;
    }

    private Verification load(UUID id) {
        return verifications.findByIdOptional(id).orElseThrow(() -> Refusals.notFound(RecordKind.VERIFICATION, id));
    }
}
