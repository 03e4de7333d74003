package id.go.madiunkota.training.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.mail.Mails;
import id.go.madiunkota.training.entity.Participant;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.RegistrationStatus;
import id.go.madiunkota.training.entity.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mails a participant gets at the address they registered with (templates {@code templates/mail/training.*}),
 * queued in the transaction of the step they tell about: a place (confirmed, or pending the decree), a waitlist
 * position, a promotion from the waitlist, the session's cancellation, and the certificate once completed. Never the
 * NIK or NIP.
 */
@ApplicationScoped
public class TrainingMails {

    static final String PLACED = "training.registration-confirmed";
    static final String WAITLISTED = "training.registration-waitlisted";
    static final String PROMOTED = "training.registration-promoted";
    static final String CANCELLED = "training.session-cancelled";
    static final String CERTIFICATE = "training.certificate";
    /** The outbox reference of the certificate attached to its mail, followed by the registration id. */
    public static final String CERTIFICATE_LETTER = "letter:training-certificate:";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Mails mails;

    public TrainingMails(Mails mails) {
        this.mails = mails;
    }

    void placed(Registration registration, TrainingSession session) {
        Map<String, Object> data = about(registration, session);
        data.put("pendingDecree", registration.status() == RegistrationStatus.PENDING_DECREE);
        send(PLACED, registration, data, List.of());
    }

    void waitlisted(Registration registration, TrainingSession session, int position) {
        Map<String, Object> data = about(registration, session);
        data.put("position", position);
        send(WAITLISTED, registration, data, List.of());
    }

    void promoted(Registration registration, TrainingSession session) {
        send(PROMOTED, registration, about(registration, session), List.of());
    }

    /** True when the registrant has an address and was mailed. */
    boolean sessionCancelled(Registration registration, TrainingSession session) {
        Map<String, Object> data = about(registration, session);
        data.put("reason", session.cancelReason());
        send(CANCELLED, registration, data, List.of());
        String email = registration.participant().email();
        return email != null && !email.isBlank();
    }

    void certificate(Registration registration, TrainingSession session) {
        send(CERTIFICATE, registration, about(registration, session),
                List.of(CERTIFICATE_LETTER + registration.id()));
    }

    private Map<String, Object> about(Registration registration, TrainingSession session) {
        Participant participant = registration.participant();
        String language = participant.language();
        Map<String, Object> data = new HashMap<>();
        data.put("name", participant.name());
        data.put("title", session.title());
        data.put("date", MailLanguage.date(session.date(), language));
        data.put("startsAt", TIME.format(session.startsAt().atZone(Schedule.ZONE)));
        data.put("endsAt", TIME.format(session.endsAt().atZone(Schedule.ZONE)));
        data.put("room", session.room());
        data.put("registrationId", registration.id().toString());
        return data;
    }

    private void send(String kind, Registration registration, Map<String, Object> data, List<String> attachments) {
        mails.queue(kind, registration.id().toString(), registration.participant().email(),
                registration.participant().language(), data, attachments);
    }
}
