package id.go.madiunkota.training.service;

import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.training.DecreeRefused;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Decree;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.SessionRepository;
import id.go.madiunkota.training.api.RegistrationBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A procurement official's decree (surat keputusan) from their superior, which the domain notes require "recorded
 * (number, date) and checked before the registration is confirmed": recorded by the trainer, or declared on the
 * public form and then checked by the trainer, who confirms or refuses it. Under the session's row lock, as every
 * change of a session's places.
 */
@ApplicationScoped
public class DecreeService {

    private static final Logger LOG = Logger.getLogger(DecreeService.class);

    private final RegistrationService registrations;
    private final SessionRepository sessions;
    private final Placement placement;
    private final Outbox outbox;
    private final Clock clock;

    public DecreeService(RegistrationService registrations, SessionRepository sessions, Placement placement,
            Outbox outbox, Clock clock) {
        this.registrations = registrations;
        this.sessions = sessions;
        this.placement = placement;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records the superior's decree, seen by {@code trainer}; a registration pending it is confirmed. */
    @Transactional
    public Registration recordDecree(UUID id, RegistrationBodies.DecreeBody body, Actor trainer) {
        Registration registration = registrations.load(id);
        TrainingSession session = sessions.lock(registration.sessionId()).orElseThrow();
        if (body.date().isAfter(session.date())) {
            throw InvalidInputException.of("date", "registration.decree-after-session");
        }
        RegistrationStatus before = registration.status();
        Instant now = clock.instant();
        registration.recordDecree(new Decree(body.number().strip(), body.date()).checked(trainer, now), now);
        if (before == RegistrationStatus.PENDING_DECREE) {
            placement.announce(registration);
        }
        return registration;
    }

    /**
     * The trainer's check of the decree declared on the form: accepted confirms a pending place (ParticipantRegistered
     * again); refused cancels the registration (DecreeRefused) and a place it held goes to the first waiting.
     */
    @Transactional
    public Registration checkDecree(UUID id, RegistrationBodies.DecreeCheck body, Actor trainer) {
        Registration registration = registrations.load(id);
        TrainingSession session = sessions.lock(registration.sessionId()).orElseThrow();
        boolean refused = !body.accepted();
        if (refused && (body.reason() == null || body.reason().isBlank())) {
            throw InvalidInputException.of("reason", "registration.refusal-reason-required");
        }
        RegistrationStatus before = registration.status();
        boolean freedPlace = registration.checkDecree(body.accepted(), refused ? body.reason().strip() : null,
                trainer, clock.instant());
        if (refused) {
            outbox.add(new DecreeRefused(registration.id(), registration.sessionId(), before.name()),
                    registration.id());
            if (freedPlace) {
                placement.promoteFirst(session);
            }
        } else if (before == RegistrationStatus.PENDING_DECREE) {
            placement.announce(registration);
        }
        LOG.infof("Registration %s: decree %s", id, refused ? "refused" : "accepted");
        return registration;
    }
}
