package id.go.madiunkota.training.service;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.standard.StandardService;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.training.TrainingCancelled;
import id.go.madiunkota.events.training.TrainingScheduled;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingRecord;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import id.go.madiunkota.training.api.SessionBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Scheduling and cancelling sessions. A session lasts as long as the service standard's targets allow (2 to 5 hours,
 * {@value #MIN_HOURS} and {@value #MAX_HOURS}), within one day, on a working day of the local calendar copy.
 */
@ApplicationScoped
public class SessionService {

    /** Target key of the service standard: the shortest session, in hours. */
    public static final String MIN_HOURS = "sessionMinHours";
    /** Target key of the service standard: the longest session, in hours. */
    public static final String MAX_HOURS = "sessionMaxHours";

    private static final Logger LOG = Logger.getLogger(SessionService.class);
    private static final EnumSet<RegistrationStatus> OPEN = EnumSet.of(RegistrationStatus.PENDING_DECREE,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final WorkingDays workingDays;
    private final StandardService standard;
    private final InvitationService invitations;
    private final RepeatService repeats;
    private final Outbox outbox;
    private final TrainingMails mails;
    private final Clock clock;

    public SessionService(SessionRepository sessions, RegistrationRepository registrations, WorkingDays workingDays,
            StandardService standard, InvitationService invitations, RepeatService repeats, Outbox outbox,
            TrainingMails mails, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.workingDays = workingDays;
        this.standard = standard;
        this.invitations = invitations;
        this.repeats = repeats;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public TrainingSession schedule(SessionBodies.Schedule body, Actor scheduledBy) {
        Instant startsAt = body.startsAt().toInstant();
        Instant endsAt = body.endsAt().toInstant();
        if (!endsAt.isAfter(startsAt)) {
            throw InvalidInputException.of("endsAt", "session.ends-before-start");
        }
        LocalDate date = startsAt.atZone(Schedule.ZONE).toLocalDate();
        if (!endsAt.atZone(Schedule.ZONE).toLocalDate().equals(date)) {
            throw DomainException.unprocessable("session.one-day", date);
        }
        int minHours = standard.target(MIN_HOURS);
        int maxHours = standard.target(MAX_HOURS);
        Duration length = Duration.between(startsAt, endsAt);
        if (length.compareTo(Duration.ofHours(minHours)) < 0 || length.compareTo(Duration.ofHours(maxHours)) > 0) {
            throw DomainException.unprocessable("session.duration", minHours, maxHours, length.toMinutes());
        }
        Instant now = clock.instant();
        if (!startsAt.isAfter(now)) {
            throw DomainException.unprocessable("session.in-past", date);
        }
        if (!workingDays.covers(date.getYear())) {
            throw DomainException.unprocessable("session.calendar-missing", date.getYear());
        }
        if (!workingDays.isWorkingDay(date)) {
            throw DomainException.unprocessable("session.non-working-day", date);
        }
        TrainingSession session = TrainingSession.schedule(body.title().strip(), body.audience(), date, startsAt,
                endsAt, body.room().strip(), body.capacity(), body.trainer().strip(), scheduledBy, now);
        sessions.persist(session);
        outbox.add(new TrainingScheduled(session.id(), session.title(), session.audience().name(), date, startsAt,
                endsAt, session.room(), session.capacity()), session.id());
        LOG.infof("Session %s scheduled on %s for %s", session.id(), date, session.audience());
        repeats.offerWaiting(session);
        if (session.audience() == Audience.PROVIDER) {
            invitations.inviteWaiting(session);
        }
        return session;
    }

    /**
     * Cancels the session and every open registration of it, notifying the registrants (TrainingCancelled);
     * {@code by} is null when the service cancels it (its day became non-working).
     */
    @Transactional
    public TrainingSession cancel(UUID id, String reason, Actor by) {
        TrainingSession session = sessions.lock(id).orElseThrow(() -> TrainingRecord.SESSION.notFound(id));
        Instant now = clock.instant();
        session.cancel(reason.strip(), by, now);
        List<Registration> open = registrations.active(id, OPEN);
        open.forEach(r -> r.cancel("SESSION_CANCELLED", by, now));
        long mailed = open.stream().filter(r -> mails.sessionCancelled(r, session)).count();
        outbox.add(new TrainingCancelled(id, session.date(), open.size(), session.cancelReason()), id);
        LOG.infof("Session %s on %s cancelled: %d registrations, %d registrants with an e-mail address mailed", id,
                session.date(), open.size(), mailed);
        if (session.audience() == Audience.PROVIDER) {
            invitations.sessionCancelled(session);
        }
        return session;
    }

    /** A day became non-working: the sessions still to come on it are cancelled, their registrants notified. */
    @Transactional
    public List<TrainingSession> cancelOn(LocalDate day, String reason) {
        Instant now = clock.instant();
        return sessions.scheduledOn(day, now).stream().map(s -> cancel(s.id(), reason, null)).toList();
    }

    @Transactional
    public TrainingSession get(UUID id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> TrainingRecord.SESSION.notFound(id));
    }
}
