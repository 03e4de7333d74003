package id.go.madiunkota.ppid.service.letter;

import static id.go.madiunkota.common.letter.IndonesianDates.date;
import static id.go.madiunkota.common.letter.IndonesianDates.dateTime;
import static id.go.madiunkota.common.problem.Messages.INDONESIAN;
import static id.go.madiunkota.common.problem.Messages.word;

import id.go.madiunkota.common.letter.Letter;
import id.go.madiunkota.common.letter.LetterKinds;
import id.go.madiunkota.common.letter.Rows;
import id.go.madiunkota.common.privacy.Nik;
import id.go.madiunkota.common.standard.StandardService;
import id.go.madiunkota.ppid.entity.Applicant;
import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.Decision;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.RequestedInformation;
import id.go.madiunkota.ppid.service.DeadlinePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a request's letters, in the shape of the Komisi Informasi's standard forms (Perki 1/2021): the
 * receipt, the extension notice and the written notice of the decision with its legal grounds and their text.
 */
@ApplicationScoped
public class RequestLetters {

    private final DeadlinePolicy deadlines;
    private final StandardService standard;
    private final Clock clock;

    public RequestLetters(DeadlinePolicy deadlines, StandardService standard, Clock clock) {
        this.deadlines = deadlines;
        this.standard = standard;
        this.clock = clock;
    }

    /**
     * The letter {@code kind} of {@code request}; {@code identified} shows the applicant's contact details (to staff
     * and the owner; never to the holder of a tracking code, who may not be the applicant).
     */
    public Letter letter(RequestLetter kind, InformationRequest request, boolean identified) {
        Map<String, Object> facts = addressee(request.applicant(), identified);
        return switch (kind) {
            case RECEIPT -> receipt(request, facts);
            case EXTENSION -> extension(request, facts);
            case DECISION -> decision(request, facts);
        };
    }

    private Letter receipt(InformationRequest request, Map<String, Object> facts) {
        Applicant applicant = request.applicant();
        RequestedInformation information = request.information();
        boolean identified = Boolean.TRUE.equals(facts.get("identified"));
        facts.put("rows", new Rows()
                .add("Nomor pendaftaran", request.registrationNumber())
                .add("Kode pelacakan", request.trackingCode())
                .add("Diterima", dateTime(request.deadline().receivedAt(), clock.getZone()))
                .add("Dihitung sejak hari kerja", date(request.deadline().receivedOn()))
                .add("Saluran", word(INDONESIAN, request.channel()))
                .add("Nama pemohon", applicant.name())
                .add("Jenis pemohon", word(INDONESIAN, applicant.type()))
                .add("Nomor KTP", applicant.nik() == null ? null : new Nik(applicant.nik()).masked())
                .add("Nomor akta/SK badan hukum", applicant.legalEntityNumber())
                .add("Alamat", identified ? applicant.address() : null)
                .add("Pekerjaan", applicant.occupation())
                .add("Telepon", identified ? applicant.phone() : null)
                .add("Surel", identified ? applicant.email() : null)
                .add("Kuasa pemohon", applicant.representativeName())
                .add("Rincian informasi yang dibutuhkan", information.details())
                .add("Tujuan penggunaan informasi", information.purpose())
                .add("Cara memperoleh informasi", word(INDONESIAN, information.obtainMethod()))
                .add("Bentuk salinan", word(INDONESIAN, information.copyFormat()))
                .add("Cara mendapatkan salinan", word(INDONESIAN, information.deliveryMethod()))
                .list());
        facts.put("responseDays", standard.target(DeadlinePolicy.RESPONSE_DAYS));
        facts.put("extensionDays", standard.target(DeadlinePolicy.EXTENSION_DAYS));
        facts.put("firstDueDate", date(deadlines.plusTarget(request.deadline().receivedOn(),
                DeadlinePolicy.RESPONSE_DAYS)));
        facts.put("receivedBy", request.channel() == Channel.ONLINE ? null : request.recordedByName());
        return letter("receipt", "Tanda Bukti Penerimaan Permohonan Informasi Publik", "TB", "tanda-bukti-permohonan",
                request,
                request.deadline().receivedOn(), facts);
    }

    private Letter extension(InformationRequest request, Map<String, Object> facts) {
        if (!request.deadline().extended()) {
            throw LetterKinds.notYet(RequestLetter.EXTENSION);
        }
        facts.put("rows", requestRows(request).list());
        facts.put("reason", request.deadline().extensionReason());
        facts.put("extendedOn", date(request.deadline().extendedOn()));
        facts.put("dueDate", date(request.deadline().dueDate()));
        facts.put("extensionDays", standard.target(DeadlinePolicy.EXTENSION_DAYS));
        facts.put("signedBy", request.deadline().extendedByName());
        return letter("extension", "Pemberitahuan Perpanjangan Waktu Pemberian Informasi", "PP",
                "pemberitahuan-perpanjangan", request,
                request.deadline().extendedOn(), facts);
    }

    private Letter decision(InformationRequest request, Map<String, Object> facts) {
        Decision decision = request.decision();
        if (decision.decidedOn() == null) {
            throw LetterKinds.notYet(RequestLetter.DECISION);
        }
        DecisionOutcome outcome = decision.outcome();
        facts.put("outcome", word(INDONESIAN, outcome));
        facts.put("outcomeCode", outcome.name());
        facts.put("withholds", outcome.withholds());
        facts.put("rows", requestRows(request)
                .add("Penguasaan informasi", holder(decision))
                .add("Bentuk fisik yang tersedia", word(INDONESIAN, decision.copyFormat()))
                .add("Biaya yang dibutuhkan", "Rp" + decision.cost().stripTrailingZeros().toPlainString()
                        + " (tidak dipungut biaya)")
                .add("Catatan", decision.note())
                .list());
        facts.put("grounds", decision.exemptionGrounds().stream()
                .map(g -> Map.of("article", g.article(), "text", g.text())).toList());
        facts.put("consequenceTest", decision.consequenceTest());
        facts.put("withheldParts", decision.withheldParts());
        facts.put("objectionDays", standard.target(DeadlinePolicy.OBJECTION_FILING_DAYS));
        facts.put("objectionDueDate", date(deadlines.plusTarget(decision.decidedOn(),
                DeadlinePolicy.OBJECTION_FILING_DAYS)));
        facts.put("signedBy", decision.decidedByName());
        return letter("decision", "Pemberitahuan Tertulis", "PT", "pemberitahuan-tertulis", request,
                decision.decidedOn(), facts);
    }

    private static String holder(Decision decision) {
        if (decision.outcome() != DecisionOutcome.NOT_HELD) {
            return "Dikuasai oleh Dinas Komunikasi dan Informatika Kota Madiun";
        }
        return decision.holderUnknown() ? "Tidak dikuasai; badan publik yang menguasai tidak diketahui"
                : "Tidak dikuasai; dikuasai oleh " + decision.heldBy();
    }

    private static Rows requestRows(InformationRequest request) {
        return new Rows()
                .add("Nomor pendaftaran", request.registrationNumber())
                .add("Tanggal permohonan", date(request.deadline().receivedOn()))
                .add("Informasi yang dibutuhkan", request.information().details());
    }

    /** Who the letter is addressed to: the applicant's name, and their address to those who may see it. */
    static Map<String, Object> addressee(Applicant applicant, boolean identified) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("identified", identified);
        facts.put("name", applicant.name());
        facts.put("address", identified ? applicant.address() : null);
        return facts;
    }

    private static Letter letter(String template, String title, String code, String fileName,
            InformationRequest request, LocalDate date, Map<String, Object> facts) {
        facts.putIfAbsent("grounds", List.of());
        return new Letter("letters/ppid/" + template + ".html", title, code + "/" + request.registrationNumber(), date,
                Letter.fileName(fileName, request.registrationNumber()), facts);
    }
}
