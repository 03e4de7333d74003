package id.go.madiunkota.ppid.service.letter;

import static id.go.madiunkota.common.letter.IndonesianDates.date;
import static id.go.madiunkota.common.problem.Messages.INDONESIAN;
import static id.go.madiunkota.common.problem.Messages.word;

import id.go.madiunkota.common.letter.Letter;
import id.go.madiunkota.common.letter.LetterKinds;
import id.go.madiunkota.common.letter.Rows;
import id.go.madiunkota.common.standard.StandardService;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.Objection;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.service.DeadlinePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;

/**
 * The content of an objection's letters (UU 14/2008 Pasal 35–37): the receipt of the objection, with its grounds as the
 * law words them, and the superior's written answer (tanggapan atasan PPID) with the way on to the Komisi Informasi.
 */
@ApplicationScoped
public class ObjectionLetters {

    private final StandardService standard;

    public ObjectionLetters(StandardService standard) {
        this.standard = standard;
    }

    /** The letter {@code kind} of {@code objection}; {@code identified} as for the request's letters. */
    public Letter letter(ObjectionLetter kind, Objection objection, InformationRequest request, boolean identified) {
        Map<String, Object> facts = RequestLetters.addressee(request.applicant(), identified);
        facts.put("grounds", objection.grounds().stream()
                .map(g -> Map.of("letter", String.valueOf((char) ('a' + g.ordinal())), "text", g.text())).toList());
        facts.put("reason", objection.reason());
        return switch (kind) {
            case RECEIPT -> receipt(objection, request, facts);
            case RESPONSE -> response(objection, request, facts);
        };
    }

    private Letter receipt(Objection objection, InformationRequest request, Map<String, Object> facts) {
        facts.put("rows", rows(objection, request)
                .add("Tanggal keberatan diajukan", date(objection.filedOn()))
                .list());
        facts.put("decisionDays", standard.target(DeadlinePolicy.OBJECTION_DECISION_DAYS));
        facts.put("dueDate", date(objection.dueDate()));
        return letter("objection-receipt", "Tanda Bukti Penerimaan Keberatan", "TBK", "tanda-bukti-keberatan",
                objection, objection.filedOn(), facts);
    }

    private Letter response(Objection objection, InformationRequest request, Map<String, Object> facts) {
        if (objection.decidedOn() == null) {
            throw LetterKinds.notYet(ObjectionLetter.RESPONSE);
        }
        facts.put("rows", rows(objection, request)
                .add("Tanggal keberatan diajukan", date(objection.filedOn()))
                .add("Tanggal tanggapan", date(objection.decidedOn()))
                .list());
        facts.put("outcome", word(INDONESIAN, objection.outcome()));
        facts.put("overturned", objection.outcome() == ObjectionOutcome.OVERTURNED);
        facts.put("decisionReason", objection.decisionReason());
        facts.put("disputeDays", standard.target(DeadlinePolicy.DISPUTE_FILING_DAYS));
        facts.put("disputeDueDate", date(objection.disputeDueDate()));
        facts.put("signedBy", objection.decidedByName());
        return letter("objection-response", "Tanggapan Atasan PPID atas Keberatan", "TAP", "tanggapan-atasan-ppid",
                objection, objection.decidedOn(), facts);
    }

    private static Rows rows(Objection objection, InformationRequest request) {
        return new Rows()
                .add("Nomor registrasi keberatan", objection.registrationNumber())
                .add("Nomor pendaftaran permohonan", request.registrationNumber())
                .add("Tanggal permohonan", date(request.deadline().receivedOn()))
                .add("Informasi yang dimohon", request.information().details());
    }

    private static Letter letter(String template, String title, String code, String fileName, Objection objection,
            LocalDate date, Map<String, Object> facts) {
        return new Letter("letters/ppid/" + template + ".html", title, code + "/" + objection.registrationNumber(),
                date, Letter.fileName(fileName, objection.registrationNumber()), facts);
    }
}
