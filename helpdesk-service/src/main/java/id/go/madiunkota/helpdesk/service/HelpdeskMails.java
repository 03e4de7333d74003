package id.go.madiunkota.helpdesk.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.mail.Mails;
import id.go.madiunkota.common.problem.Messages;
import id.go.madiunkota.helpdesk.entity.Callback;
import id.go.madiunkota.helpdesk.entity.Complaint;
import id.go.madiunkota.helpdesk.entity.Consultation;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The mails a complainant and a caller get (templates {@code templates/mail/helpdesk.*}), queued in the transaction
 * of the step they tell about; someone without an e-mail address gets none.
 */
@ApplicationScoped
public class HelpdeskMails {

    static final String COMPLAINT_RECEIVED = "helpdesk.complaint-received";
    static final String COMPLAINT_ANSWERED = "helpdesk.complaint-answered";
    static final String CALLBACK_SCHEDULED = "helpdesk.callback-scheduled";
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

    private final Mails mails;

    public HelpdeskMails(Mails mails) {
        this.mails = mails;
    }

    void complaintReceived(Complaint complaint) {
        mails.queue(COMPLAINT_RECEIVED, complaint.id().toString(), complaint.complainantEmail(),
                complaint.language(), about(complaint));
    }

    void complaintAnswered(Complaint complaint) {
        Map<String, Object> data = about(complaint);
        data.put("answer", complaint.answer());
        mails.queue(COMPLAINT_ANSWERED, complaint.id().toString(), complaint.complainantEmail(),
                complaint.language(), data);
    }

    void callbackScheduled(Consultation consultation, Callback callback) {
        String language = consultation.language();
        var due = callback.dueAt().atZone(OFFICE_ZONE);
        Map<String, Object> data = new HashMap<>();
        data.put("name", consultation.caller().name());
        data.put("dueDate", MailLanguage.date(due.toLocalDate(), language));
        data.put("dueTime", TIME.format(due));
        data.put("topic", Messages.word(locale(language), consultation.topic()));
        mails.queue(CALLBACK_SCHEDULED, consultation.id().toString(), consultation.caller().email(), language, data);
    }

    private Map<String, Object> about(Complaint complaint) {
        String language = complaint.language();
        Map<String, Object> data = new HashMap<>();
        data.put("name", complaint.complainantName());
        data.put("trackingCode", complaint.trackingCode());
        data.put("kind", Messages.word(locale(language), complaint.kind()));
        data.put("service", Messages.word(locale(language), complaint.service()));
        data.put("trackingUrl", mails.portalLink("/layanan/helpdesk/lacak", "kode", complaint.trackingCode(),
                language));
        return data;
    }

    private static Locale locale(String language) {
        return MailLanguage.ENGLISH.equals(language) ? Locale.ENGLISH : Messages.INDONESIAN;
    }
}
