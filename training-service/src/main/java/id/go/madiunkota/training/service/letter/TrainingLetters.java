package id.go.madiunkota.training.service.letter;

import static id.go.madiunkota.common.letter.IndonesianDates.date;
import static id.go.madiunkota.common.letter.IndonesianDates.dayAndDate;
import static id.go.madiunkota.common.letter.IndonesianDates.time;
import static id.go.madiunkota.common.problem.Messages.INDONESIAN;
import static id.go.madiunkota.common.problem.Messages.word;

import id.go.madiunkota.common.letter.Letter;
import id.go.madiunkota.common.letter.LetterKinds;
import id.go.madiunkota.common.letter.LetterRenderer;
import id.go.madiunkota.common.letter.RenderedLetter;
import id.go.madiunkota.common.letter.Rows;
import id.go.madiunkota.training.api.CertificateCheck;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingRecord;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.repository.RegistrationRepository;
import id.go.madiunkota.training.repository.SessionRepository;
import id.go.madiunkota.training.service.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training's letters as PDF: a session's attendance list (Daftar Hadir) for the trainer, and the certificate
 * (Sertifikat Pelatihan) of a participant who completed and understood, with the code anyone checks it by.
 */
@ApplicationScoped
public class TrainingLetters {

    private static final EnumSet<RegistrationStatus> ON_THE_LIST = EnumSet.of(RegistrationStatus.CONFIRMED,
            RegistrationStatus.ATTENDED, RegistrationStatus.COMPLETED);

    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final LetterRenderer renderer;

    public TrainingLetters(SessionRepository sessions, RegistrationRepository registrations,
            LetterRenderer renderer) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.renderer = renderer;
    }

    /** A session's letter {@code kind}: the attendance list; another kind is 404 naming the session's kinds. */
    @Transactional
    public RenderedLetter forSession(String kind, UUID sessionId) {
        LetterKinds.of(SessionLetter.class, kind);
        return renderer.rendered(attendanceList(session(sessionId)));
    }

    /** A registration's letter {@code kind} (the certificate). */
    @Transactional
    public RenderedLetter forRegistration(String kind, UUID registrationId) {
        LetterKinds.of(RegistrationLetter.class, kind);
        Registration registration = registrations.findByIdOptional(registrationId)
                .orElseThrow(() -> TrainingRecord.REGISTRATION.notFound(registrationId));
        return renderer.rendered(certificate(registration));
    }

    /** The certificate as PDF, for use inside the service (a mail to the participant). */
    @Transactional
    public byte[] certificate(UUID registrationId) {
        return forRegistration(RegistrationLetter.CERTIFICATE.path(), registrationId).pdf();
    }

    /** The certificate that carries {@code code}, or 404. */
    @Transactional
    public CertificateCheck check(String code) {
        Registration registration = registrations.withCertificate(code == null ? "" : code.strip())
                .orElseThrow(() -> TrainingRecord.CERTIFICATE.notFound(code));
        TrainingSession session = sessions.findById(registration.sessionId());
        return new CertificateCheck(registration.certificateCode(), registration.participant().name(),
                registration.participant().organization(), session.title(), session.date(),
                LocalDate.ofInstant(registration.completedAt(), Schedule.ZONE));
    }

    private Letter attendanceList(TrainingSession session) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (Registration r : registrations.active(session.id(), ON_THE_LIST)) {
            Map<String, Object> person = new HashMap<>();
            person.put("number", people.size() + 1);
            person.put("name", r.participant().name());
            person.put("organization", r.participant().organization());
            person.put("type", word(INDONESIAN, r.participant().type()));
            person.put("attendedAt", r.attendedAt() == null ? null : time(r.attendedAt(), Schedule.ZONE));
            people.add(person);
        }
        Map<String, Object> facts = sessionFacts(session);
        facts.put("people", people);
        facts.put("attended", people.stream().filter(p -> p.get("attendedAt") != null).count());
        return new Letter("letters/training/attendance-list.html", "Daftar Hadir Pelatihan SPSE",
                "DH/" + code(session), session.date(), Letter.fileName("daftar-hadir", code(session)), facts);
    }

    private Letter certificate(Registration registration) {
        if (registration.certificateCode() == null) {
            throw LetterKinds.notYet(RegistrationLetter.CERTIFICATE);
        }
        TrainingSession session = session(registration.sessionId());
        Map<String, Object> facts = sessionFacts(session);
        facts.put("name", registration.participant().name());
        facts.put("organization", registration.participant().organization());
        facts.put("type", word(INDONESIAN, registration.participant().type()));
        facts.put("code", registration.certificateCode());
        facts.put("attempt", registration.attempt());
        LocalDate completedOn = LocalDate.ofInstant(registration.completedAt(), Schedule.ZONE);
        facts.put("completedOn", date(completedOn));
        return new Letter("letters/training/certificate.html", "Sertifikat Pelatihan",
                "SRT/" + registration.certificateCode(), completedOn,
                Letter.fileName("sertifikat-pelatihan", registration.certificateCode()), facts);
    }

    private static Map<String, Object> sessionFacts(TrainingSession session) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("title", session.title());
        facts.put("day", dayAndDate(session.date()));
        facts.put("rows", new Rows()
                .add("Pelatihan", session.title())
                .add("Peserta", word(INDONESIAN, session.audience()))
                .add("Hari, tanggal", dayAndDate(session.date()))
                .add("Waktu", time(session.startsAt(), Schedule.ZONE).replace(" WIB", "") + "–"
                        + time(session.endsAt(), Schedule.ZONE))
                .add("Tempat", session.room())
                .add("Pelatih", session.trainer())
                .list());
        facts.put("trainerName", session.trainer());
        return facts;
    }

    /** A short reference for a session's letters: its day and the first block of its id. */
    private static String code(TrainingSession session) {
        return "SPSE/" + session.date() + "/" + session.id().toString().substring(0, 8);
    }

    private TrainingSession session(UUID id) {
        return sessions.findByIdOptional(id).orElseThrow(() -> TrainingRecord.SESSION.notFound(id));
    }
}
