package id.go.madiunkota.training.service;

import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.training.ProviderInvited;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Invitation;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.InvitationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Invitations of providers activated by verification-service to the next provider session: one per provider; one that
 * finds no session waits and is invited when a provider session is scheduled, or again when its session is cancelled.
 */
@ApplicationScoped
public class InvitationService {

    private static final Logger LOG = Logger.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final SessionRepository sessions;
    private final Outbox outbox;
    private final Clock clock;

    public InvitationService(InvitationRepository invitations, SessionRepository sessions, Outbox outbox,
            Clock clock) {
        this.invitations = invitations;
        this.sessions = sessions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A provider was activated: invite it (once, however often the event comes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void providerActivated(ProviderActivated activated) {
        if (invitations.ofProvider(activated.providerId()).isPresent()) {
            LOG.infof("Provider %s already invited; activation ignored", activated.providerId());
            return;
        }
        Instant now = clock.instant();
        Invitation invitation = Invitation.of(activated.providerId(), activated.verificationId(),
                activated.companyName(), activated.businessForm(),
                activated.activatedAt() == null ? now : activated.activatedAt(), now);
        invitations.persist(invitation);
        Optional<TrainingSession> next = sessions.next(Audience.PROVIDER, now, null);
        next.ifPresentOrElse(s -> invite(invitation, s, now),
                () -> LOG.infof("Provider %s waits for a provider session", activated.providerId()));
    }

    /** A provider session was scheduled: invite the providers waiting for one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void inviteWaiting(TrainingSession session) {
        Instant now = clock.instant();
        invitations.waiting().forEach(invitation -> invite(invitation, session, now));
    }

    /** Its session was cancelled: invite the providers to the next one, or let them wait. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCancelled(TrainingSession cancelled) {
        Instant now = clock.instant();
        Optional<TrainingSession> next = sessions.next(Audience.PROVIDER, now, cancelled.id());
        for (Invitation invitation : invitations.toSession(cancelled.id())) {
            next.ifPresentOrElse(s -> invite(invitation, s, now), () -> invitation.waitAgain(now));
        }
    }

    private void invite(Invitation invitation, TrainingSession session, Instant now) {
        invitation.inviteTo(session, now);
        outbox.add(new ProviderInvited(invitation.id(), invitation.providerId(), session.id(), session.date()),
                session.id());
        LOG.infof("Provider %s invited to session %s", invitation.providerId(), session.id());
    }
}
