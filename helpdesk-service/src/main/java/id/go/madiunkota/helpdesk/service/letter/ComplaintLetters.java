package id.go.madiunkota.helpdesk.service.letter;

import static id.go.madiunkota.common.letter.IndonesianDates.dateTime;
import static id.go.madiunkota.common.problem.Messages.INDONESIAN;
import static id.go.madiunkota.common.problem.Messages.word;

import id.go.madiunkota.common.config.ServiceConfig;
import id.go.madiunkota.common.letter.Letter;
import id.go.madiunkota.common.letter.LetterKinds;
import id.go.madiunkota.common.letter.LetterRenderer;
import id.go.madiunkota.common.letter.RenderedLetter;
import id.go.madiunkota.common.letter.Rows;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.helpdesk.entity.Complaint;
import id.go.madiunkota.helpdesk.entity.RecordKind;
import id.go.madiunkota.helpdesk.repository.ComplaintRepository;
import id.go.madiunkota.helpdesk.service.ComplaintScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A complaint's receipt (Tanda Terima Pengaduan) as PDF: to the staff who read the complaint (its service's
 * supervisors, the helpdesk agent, the auditor), and to whoever holds its tracking code, without the complainant's
 * contact details; anyone else is told "not found".
 */
@ApplicationScoped
public class ComplaintLetters {

    private final ComplaintRepository complaints;
    private final LetterRenderer renderer;
    private final ZoneId zone;

    public ComplaintLetters(ComplaintRepository complaints, LetterRenderer renderer, ServiceConfig config) {
        this.complaints = complaints;
        this.renderer = renderer;
        this.zone = config.zone();
    }

    /** The letter {@code kind} of complaint {@code id}, if {@code caller} or the holder of {@code trackingCode} may. */
    @Transactional
    public RenderedLetter render(String kind, UUID id, Caller caller, String trackingCode) {
        LetterKinds.of(ComplaintLetter.class, kind);
        Complaint complaint = complaints.findByIdOptional(id)
                .orElseThrow(() -> RecordKind.COMPLAINT.notFound(id));
        boolean staff = ComplaintScope.forReading(caller).covers(complaint.service());
        if (!staff && (trackingCode == null || !trackingCode.equals(complaint.trackingCode()))) {
            throw RecordKind.COMPLAINT.notFound(id);
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put("kind", word(INDONESIAN, complaint.kind()));
        facts.put("identified", staff);
        facts.put("rows", new Rows()
                .add("Kode pelacakan", complaint.trackingCode())
                .add("Jenis", word(INDONESIAN, complaint.kind()))
                .add("Layanan yang dituju", word(INDONESIAN, complaint.service()))
                .add("Saluran", word(INDONESIAN, complaint.channel()))
                .add("Diterima", dateTime(complaint.receivedAt(), zone))
                .add("Nama pelapor", complaint.complainantName())
                .add("Telepon", staff ? complaint.complainantPhone() : null)
                .add("Surel", staff ? complaint.complainantEmail() : null)
                .add("Dicatat oleh", complaint.recordedBy() == null ? null : complaint.recordedBy().name())
                .list());
        facts.put("content", complaint.content());
        facts.put("answer", complaint.answer());
        facts.put("answeredAt", dateTime(complaint.answeredAt(), zone));
        facts.put("answeredBy", complaint.answeredBy() == null ? null : complaint.answeredBy().name());
        // the complaint's own reference, not its tracking code: that is the key to its status
        String reference = complaint.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return renderer.rendered(new Letter("letters/helpdesk/receipt.html", "Tanda Terima Pengaduan, Saran, dan "
                + "Masukan", "TTP/LPSE/" + reference, LocalDate.ofInstant(complaint.receivedAt(), zone),
                Letter.fileName("tanda-terima-pengaduan", reference), facts));
    }
}
