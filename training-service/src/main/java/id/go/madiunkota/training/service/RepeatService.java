package id.go.madiunkota.training.service;

import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The seed's service guarantee: a participant may repeat the training until they really understand it. One who has
 * not understood is registered for the next session of the same audience with the attempt counted; when none is
 * scheduled yet, they wait and are registered as soon as one is.
 */
@ApplicationScoped
public class RepeatService {

    private static final Logger LOG = Logger.getLogger(RepeatService.class);

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Placement placement;
    private final Clock clock;

    public RepeatService(SessionRepository sessions, RegistrationRepository registrations, Placement placement,
            Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.placement = placement;
        this.clock = clock;
    }

    /** Offers {@code completed} (not understood, of {@code session}) the next session; empty when none is scheduled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Registration> offerNext(Registration completed, TrainingSession session) {
        Instant now = clock.instant();
        Instant after = now.isAfter(session.startsAt()) ? now : session.startsAt();
        Optional<TrainingSession> next = sessions.next(session.audience(), after, session.id())
                .flatMap(s -> sessions.lock(s.id()));
        next.ifPresentOrElse(s -> LOG.infof("Registration %s not understood: offered session %s", completed.id(),
                s.id()), () -> LOG.infof("Registration %s not understood: waits for the next %s session",
                completed.id(), session.audience()));
        return next.map(s -> repeatIn(completed, s, now));
    }

    /** A new session of an audience: registers those who wait to repeat the training. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void offerWaiting(TrainingSession session) {
        Instant now = clock.instant();
        for (Registration waiting : registrations.repeatsWaiting(session.audience())) {
            repeatIn(waiting, session, now);
        }
    }

    /** Registers the person again for {@code session}, or links the registration they already hold there. */
    private Registration repeatIn(Registration completed, TrainingSession session, Instant now) {
        Optional<Registration> already = registrations.ofPerson(session.id(),
                completed.participant().identityHash());
        if (already.isPresent()) {
            completed.offeredRepeat(already.get().id(), now);
            return already.get();
        }
        Registration repeat = placement.place(session, completed.participant().copy(),
                completed.guestBookSignedAt(), completed.decree() == null ? null : completed.decree().copy(),
                completed.attempt() + 1, completed.id(), null);
        completed.offeredRepeat(repeat.id(), now);
        return repeat;
    }
}
