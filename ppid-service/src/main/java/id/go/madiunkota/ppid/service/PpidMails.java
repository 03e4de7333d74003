package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.mail.Mails;
import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mails the applicant gets (templates {@code templates/mail/ppid.*}), queued in the transaction of the step they
 * tell about; an applicant without an e-mail address gets none. They name the registration number and the tracking
 * code with a link to the tracking page, never the NIK.
 */
@ApplicationScoped
public class PpidMails {

    static final String RECEIVED = "ppid.request-received";
    static final String EXTENDED = "ppid.request-extended";
    static final String DECIDED = "ppid.request-decided";
    static final String DELIVERED = "ppid.information-delivered";
    static final String OBJECTION_RECEIVED = "ppid.objection-received";
    static final String OBJECTION_DECIDED = "ppid.objection-decided";
    /** The outbox reference of the decision letter attached to the decision mail, followed by the request id. */
    public static final String DECISION_LETTER = "letter:ppid-decision:";
    private static final String TRACKING_PAGE = "/layanan/ppid/lacak";

    private final Mails mails;

    public PpidMails(Mails mails) {
        this.mails = mails;
    }

    void received(InformationRequest request) {
        Map<String, Object> data = about(request, request.language());
        data.put("receivedOn", date(request.deadline().receivedOn(), request.language()));
        data.put("dueDate", date(request.deadline().dueDate(), request.language()));
        send(RECEIVED, request, data);
    }

    void extended(InformationRequest request) {
        Map<String, Object> data = about(request, request.language());
        data.put("reason", request.deadline().extensionReason());
        data.put("dueDate", date(request.deadline().dueDate(), request.language()));
        send(EXTENDED, request, data);
    }

    void decided(InformationRequest request, LocalDate objectionDue) {
        String language = request.language();
        Map<String, Object> data = about(request, language);
        data.put("outcome", Messages.word(locale(language), request.decision().outcome()));
        data.put("decidedOn", date(request.decision().decidedOn(), language));
        data.put("note", request.decision().note() == null ? "" : request.decision().note());
        data.put("objectionDue", date(objectionDue, language));
        mails.queue(DECIDED, request.id().toString(), request.applicant().email(), language, data,
                List.of(DECISION_LETTER + request.id()));
    }

    void delivered(InformationRequest request) {
        Map<String, Object> data = about(request, request.language());
        data.put("method", Messages.word(locale(request.language()), request.deliveredByMethod()));
        send(DELIVERED, request, data);
    }

    void objectionReceived(InformationRequest request, Objection objection) {
        Map<String, Object> data = aboutObjection(request, objection);
        data.put("dueDate", date(objection.dueDate(), objection.language()));
        mails.queue(OBJECTION_RECEIVED, objection.id().toString(), request.applicant().email(), objection.language(),
                data);
    }

    void objectionDecided(InformationRequest request, Objection objection) {
        String language = objection.language();
        Map<String, Object> data = aboutObjection(request, objection);
        data.put("outcome", Messages.word(locale(language), objection.outcome()));
        data.put("reason", objection.decisionReason());
        data.put("disputeDue", date(objection.disputeDueDate(), language));
        mails.queue(OBJECTION_DECIDED, objection.id().toString(), request.applicant().email(), language, data);
    }

    private Map<String, Object> aboutObjection(InformationRequest request, Objection objection) {
        Map<String, Object> data = about(request, objection.language());
        data.put("objectionNumber", objection.registrationNumber());
        return data;
    }

    private Map<String, Object> about(InformationRequest request, String language) {
        Map<String, Object> data = new HashMap<>();
        data.put("name", request.applicant().name());
        data.put("registrationNumber", request.registrationNumber());
        data.put("trackingCode", request.trackingCode());
        data.put("trackingUrl", mails.portalLink(TRACKING_PAGE, "kode", request.trackingCode(), language));
        return data;
    }

    private void send(String kind, InformationRequest request, Map<String, Object> data) {
        mails.queue(kind, request.id().toString(), request.applicant().email(), request.language(), data);
    }

    private static String date(LocalDate day, String language) {
        return MailLanguage.date(day, language);
    }

    private static Locale locale(String language) {
        return MailLanguage.ENGLISH.equals(language) ? Locale.ENGLISH : Messages.INDONESIAN;
    }
}
