package id.go.madiunkota.training.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.training.ParticipantRegistered;
import id.go.madiunkota.events.training.ParticipantWaitlisted;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Decree;
import id.go.madiunkota.training.entity.Participant;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.RegistrationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Gives a registration a place of a session or a waitlist position, and a freed place to the first on the waitlist.
 * The caller holds the session's row lock, so that two registrations never take the same last place.
 */
@ApplicationScoped
public class Placement {

    /** The unique index on a session and the keyed hash of the person's NIP or NIK. */
    static final String ONE_PER_PERSON = "registration_one_per_person";

    private final RegistrationRepository registrations;
    private final Outbox outbox;
    private final TrainingMails mails;
    private final Clock clock;

    public Placement(RegistrationRepository registrations, Outbox outbox, TrainingMails mails, Clock clock) {
        this.registrations = registrations;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    /** Registers {@code participant} for the locked {@code session}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Registration place(TrainingSession session, Participant participant, Instant guestBookSignedAt,
            Decree decree, int attempt, UUID previousRegistrationId, Actor registeredBy) {
        boolean placeFree = registrations.placesTaken(session.id()) < session.capacity();
        Registration registration = Registration.register(session.id(), participant, guestBookSignedAt, decree,
                registrations.nextQueueNumber(session.id()), placeFree, attempt, previousRegistrationId,
                registeredBy, clock.instant());
        registrations.persist(registration);
        flushOnePlacePerPerson(registration, session);
        if (registration.status() == RegistrationStatus.WAITLISTED) {
            int position = registrations.waitlistPosition(session.id(), registration.queueNumber());
            outbox.add(new ParticipantWaitlisted(registration.id(), session.id(), participant.type().name(),
                    position, attempt), registration.id());
            mails.waitlisted(registration, session, position);
        } else {
            announce(registration);
            mails.placed(registration, session);
        }
        return registration;
    }

    /**
     * Writes the registration now, so that the database's rule "one place or waitlist position per person and
     * session" (index {@value #ONE_PER_PERSON}) answers here, as a 409, rather than at commit.
     */
    private void flushOnePlacePerPerson(Registration registration, TrainingSession session) {
        try {
            registrations.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && ONE_PER_PERSON.equals(violation.getConstraintName())) {
                    throw DomainException.conflict("registration.same-person", session.date());
                }
            }
            throw e;
        }
    }

    /** A place of the locked {@code session} became free: the first on its waitlist takes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promoteFirst(TrainingSession session) {
        registrations.flush();
        if (registrations.placesTaken(session.id()) >= session.capacity()) {
            return;
        }
        registrations.firstWaiting(session.id()).ifPresent(next -> {
            next.promote(clock.instant());
            announce(next);
            mails.promoted(next, session);
        });
    }

    /** ParticipantRegistered: the registration holds a place, confirmed or pending its decree. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Registration registration) {
        outbox.add(new ParticipantRegistered(registration.id(), registration.sessionId(),
                registration.participant().type().name(), registration.status().name(), registration.attempt()),
                registration.id());
    }
}
