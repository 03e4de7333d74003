package id.go.madiunkota.training.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.privacy.PersonalDataCipher;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.training.AttendanceRecorded;
import id.go.madiunkota.events.training.TrainingCompleted;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Decree;
import id.go.madiunkota.training.entity.Participant;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingRecord;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import id.go.madiunkota.training.api.RegistrationBodies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import id.go.madiunkota.common.web.TrackingCodes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Registrations: a place or the waitlist, the official's decree, cancellation (the place goes to the first waiting),
 * the attendance list and the completion. Every change of a session's places runs under the session's row lock.
 */
@ApplicationScoped
public class RegistrationService {

    private static final Logger LOG = Logger.getLogger(RegistrationService.class);

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Placement placement;
    private final RepeatService repeats;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final TrainingMails mails;
    private final Clock clock;
    private final TrackingCodes codes;

    public RegistrationService(SessionRepository sessions, RegistrationRepository registrations, Placement placement,
            RepeatService repeats, PersonalDataCipher cipher, Outbox outbox, TrainingMails mails, Clock clock,
            TrackingCodes codes) {
        this.codes = codes;
        this.sessions = sessions;
        this.registrations = registrations;
        this.placement = placement;
        this.repeats = repeats;
        this.cipher = cipher;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Registers for a session. {@code byTrainer}: a trainer records it and has seen the decree, if any; a decree
     * declared on the public form waits for the trainer's check.
     */
    @Transactional
    public Registration register(UUID sessionId, RegistrationBodies.Register body, Actor registeredBy,
            boolean byTrainer) {
        return register(sessionId, body, registeredBy, byTrainer, MailLanguage.INDONESIAN);
    }

    /** Registers the participant, who is written to in {@code language} ({@code id} or {@code en}). */
    @Transactional
    public Registration register(UUID sessionId, RegistrationBodies.Register body, Actor registeredBy,
            boolean byTrainer, String language) {
        RegistrationBodies.ParticipantBody p = body.participant();
        if (p.type() == Audience.PROCUREMENT_OFFICIAL && (p.nip() == null || p.nip().isBlank())) {
            throw InvalidInputException.of("participant.nip", "registration.nip-required");
        }
        if (p.type() == Audience.PROVIDER && (p.nik() == null || p.nik().isBlank())) {
            throw InvalidInputException.of("participant.nik", "registration.nik-required");
        }
        TrainingSession session = sessions.lock(sessionId)
                .orElseThrow(() -> TrainingRecord.SESSION.notFound(sessionId));
        session.requireOpenForRegistration(clock.instant());
        if (p.type() != session.audience()) {
            throw DomainException.unprocessable("registration.audience-mismatch", p.type(), session.audience());
        }
        if (body.decree() != null && body.decree().date().isAfter(session.date())) {
            throw InvalidInputException.of("decree.date", "registration.decree-after-session");
        }
        String nipHash = p.nip() == null ? null : cipher.lookupHash(p.nip());
        String nik = blankToNull(p.nik());
        Participant participant = new Participant(p.type(), p.name().strip(), p.organization().strip(), p.nip(),
                nipHash, nik, nik == null ? null : cipher.lookupHash(nik), p.providerId(), blankToNull(p.phone()),
                blankToNull(p.email())).writtenIn(language);
        if (registrations.holdsOrWaits(sessionId, participant.identityHash())) {
            throw DomainException.conflict("registration.same-person", session.date());
        }
        Instant now = clock.instant();
        Decree declared = body.decree() == null ? null : new Decree(body.decree().number().strip(),
                body.decree().date());
        Decree decree = declared != null && byTrainer ? declared.checked(registeredBy, now) : declared;
        int attempt = (int) registrations.earlierCompletions(p.type(), p.providerId(), nipHash) + 1;
        Registration registration = placement.place(session, participant, body.guestBookSignedAt(), decree, attempt,
                null, registeredBy);
        LOG.infof("Registration %s for session %s: %s", registration.id(), sessionId, registration.status());
        return registration;
    }

    /** Cancels a registration; a place it held goes to the first on the waitlist. */
    @Transactional
    public Registration cancel(UUID id, String reason, Actor by) {
        Registration registration = load(id);
        TrainingSession session = sessions.lock(registration.sessionId()).orElseThrow();
        boolean heldPlace = registration.cancel(reason.strip(), by, clock.instant());
        if (heldPlace) {
            placement.promoteFirst(session);
        }
        LOG.infof("Registration %s cancelled", id);
        return registration;
    }

    /** Puts a registration of the session on its attendance list (daftar hadir). */
    @Transactional
    public Registration attend(UUID sessionId, UUID registrationId, Actor recordedBy) {
        TrainingSession session = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> TrainingRecord.SESSION.notFound(sessionId));
        Registration registration = registrations.findByIdOptional(registrationId)
                .filter(r -> r.sessionId().equals(sessionId))
                .orElseThrow(() -> TrainingRecord.REGISTRATION.notFound(registrationId));
        Instant now = clock.instant();
        session.requireHeldBy(now, LocalDate.ofInstant(now, Schedule.ZONE));
        registration.attend(recordedBy, now);
        outbox.add(new AttendanceRecorded(registration.id(), sessionId, now), registration.id());
        return registration;
    }

    /** The completion; one who has not understood is offered the next session of the same audience. */
    @Transactional
    public Completed complete(UUID id, boolean understood) {
        Registration registration = load(id);
        Instant now = clock.instant();
        registration.complete(understood, now);
        if (understood) {
            registration.issueCertificate(codes.next(), now);
        }
        outbox.add(new TrainingCompleted(registration.id(), registration.sessionId(),
                registration.participant().type().name(), understood, registration.attempt(), now),
                registration.id());
        if (understood) {
            mails.certificate(registration, sessions.findById(registration.sessionId()));
        }
        Optional<Registration> repeat = Optional.empty();
        if (!understood) {
            TrainingSession session = sessions.findById(registration.sessionId());
            repeat = repeats.offerNext(registration, session);
        }
        return new Completed(registration, repeat.orElse(null));
    }

    /** A completion and, when not understood, the repeat registration (null while no session is scheduled). */
    public record Completed(Registration registration, Registration repeat) {
    }

    @Transactional
    public Registration load(UUID id) {
        return registrations.findByIdOptional(id).orElseThrow(() -> TrainingRecord.REGISTRATION.notFound(id));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
