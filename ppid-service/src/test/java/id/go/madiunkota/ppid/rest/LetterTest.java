package id.go.madiunkota.ppid.rest;

import static id.go.madiunkota.common.letter.IndonesianDates.date;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.madiunkota.common.config.TestClock;
import id.go.madiunkota.common.problem.Problem;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.ppid.api.ObjectionBodies;
import id.go.madiunkota.ppid.api.RequestBodies;
import id.go.madiunkota.ppid.entity.DecisionOutcome;
import id.go.madiunkota.ppid.entity.ExemptionGround;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.ObjectionOutcome;
import id.go.madiunkota.ppid.service.ObjectionService;
import id.go.madiunkota.ppid.service.RequestWorkflowService;
import id.go.madiunkota.ppid.service.letter.PpidLetters;
import id.go.madiunkota.ppid.service.letter.RequestLetter;
import id.go.madiunkota.ppid.support.Requests;
import id.go.madiunkota.testing.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The PPID's letters as PDF, read back with PDFBox: each carries the record's facts and the office's kop, and is given
 * to whoever may read the record (staff, the owner, the holder of the tracking code) and to nobody else.
 */
@QuarkusTest
class LetterTest {

    private static final Caller OFFICER = new Caller("officer-1", "Dewi Lestari", Set.of(Roles.PPID_OFFICER));
    private static final Caller SUPERIOR = new Caller("superior-1", "Bambang Sutrisno", Set.of(Roles.PPID_SUPERIOR));
    private static final String NIK = id.go.madiunkota.ppid.support.RequestBodies.NIK;

    @Inject
    TestClock clock;

    @Inject
    Requests requests;

    @Inject
    RequestWorkflowService workflow;

    @Inject
    ObjectionService objections;

    @Inject
    PpidLetters letters;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "citizen-x", roles = "citizen")
    void theOwnerGetsTheReceiptWithTheFactsOfTheRequestAndAnotherCitizenGetsNotFound() {
        InformationRequest mine = receivedOn13March(Requests.citizen("citizen-x"));
        InformationRequest theirs = receivedOn13March(Requests.citizen("citizen-y"));
        byte[] pdf = letter(given(), "requests/" + mine.id() + "/letters/receipt").statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo("inline; filename=\"tanda-bukti-permohonan-"
                        + mine.registrationNumber().replace('/', '-') + ".pdf\""))
                .extract().asByteArray();
        PdfText letter = PdfText.of("ppid-receipt", pdf);
        assertThat(letter.a4()).isTrue();
        assertThat(letter.pages()).isEqualTo(1);
        assertThat(letter.text()).contains("PEMERINTAH KOTA MADIUN", "DINAS KOMUNIKASI DAN INFORMATIKA",
                        "TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK",
                        "Nomor: TB/" + mine.registrationNumber(), "Madiun, 13 Maret 2026",
                        mine.registrationNumber(), mine.trackingCode(), "13 Maret 2026 pukul 10.00 WIB",
                        "Sri Wahyuni", "Jl. Pahlawan No. 37, Kota Madiun", "081234567890",
                        "Salinan DPA Dinas Kominfo tahun 2026", "Penelitian skripsi", "salinan elektronik",
                        "paling lambat tanggal 6 April 2026", "3577********0001")
                .doesNotContain(NIK);
        letter(given(), "requests/" + theirs.id() + "/letters/receipt").statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theHolderOfTheTrackingCodeGetsTheReceiptWithoutTheApplicantsContactDetails() {
        InformationRequest request = receivedOn13March(Requests.ANONYMOUS);
        String path = "requests/" + request.id() + "/letters/receipt";
        String text = PdfText.of(letter(given().header("X-Tracking-Code", request.trackingCode()), path)
                .statusCode(200).contentType("application/pdf").extract().asByteArray()).text();
        assertThat(text).contains(request.registrationNumber(), "Sri Wahyuni", "6 April 2026",
                        "Data kontak pemohon tidak dicantumkan")
                .doesNotContain("Jl. Pahlawan", "081234567890", "sri.wahyuni@example.id", NIK);
        letter(given().header("X-Tracking-Code", "ZZZZZ-ZZZZZ"), path).statusCode(404);
        letter(given(), path).statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    @TestSecurity(user = "officer-1", roles = "ppid-officer")
    void staffGetTheExtensionAndTheDecisionOnceTheyHappenedWithTheLegalGroundsText() {
        InformationRequest request = receivedOn13March(Requests.ANONYMOUS);
        String base = "requests/" + request.id() + "/letters/";
        letter(given().header("Accept-Language", "en"), base + "extension").statusCode(409)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("extension"));
        letter(given(), base + "decision").statusCode(409).body("title", equalTo("Surat belum dapat dibuat"));

        clock.set(OffsetDateTime.parse("2026-03-25T09:00:00+07:00"));
        workflow.startProcessing(request.id());
        workflow.extend(request.id(), new RequestBodies.Extension("Informasi perlu dihimpun dari tiga bidang."),
                OFFICER);
        LocalDate newDue = LocalDate.parse(given().when().get("/api/ppid/requests/" + request.id())
                .then().statusCode(200).extract().path("dueDate"));
        assertThat(pdfText(given(), base + "extension", "ppid-extension")).contains("PEMBERITAHUAN PERPANJANGAN",
                "PP/" + request.registrationNumber(), "Madiun, 25 Maret 2026",
                "Informasi perlu dihimpun dari tiga bidang.", "diperpanjang selama 7 hari kerja",
                "paling lambat tanggal " + date(newDue), "Dewi Lestari", "Jl. Pahlawan No. 37");

        clock.set(OffsetDateTime.parse("2026-04-08T09:00:00+07:00"));
        workflow.decide(request.id(), new RequestBodies.Decision(DecisionOutcome.PARTIALLY_GRANTED,
                Set.of(ExemptionGround.PASAL_17_H, ExemptionGround.PASAL_17_G),
                "Membuka data pribadi penerima bantuan lebih merugikan daripada manfaatnya bagi publik.",
                "Lampiran 2: NIK dan alamat penerima bantuan", null, null, null, "Bagian lain dikirim lewat surel."),
                OFFICER);
        String objectionDue = given().when().get("/api/ppid/tracking/" + request.trackingCode())
                .then().statusCode(200).extract().path("objectionDueDate");
        assertThat(pdfText(given(), base + "decision", "ppid-decision")).contains("PEMBERITAHUAN TERTULIS",
                "PT/" + request.registrationNumber(), "Madiun, 8 April 2026", "informasi diberikan sebagian",
                "Pasal 17 huruf g", ExemptionGround.PASAL_17_G.text(),
                "Pasal 17 huruf h", ExemptionGround.PASAL_17_H.text(),
                "Membuka data pribadi penerima bantuan lebih merugikan daripada manfaatnya bagi publik.",
                "Lampiran 2: NIK dan alamat penerima bantuan", "Uji konsekuensi", "mengajukan keberatan",
                "sampai dengan tanggal " + date(LocalDate.parse(objectionDue)), "Rp0", "Dewi Lestari",
                "Salinan DPA Dinas Kominfo tahun 2026");

        letter(given().header("Accept-Language", "en"), base + "certificate").statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("There is no letter kind 'certificate'. The kinds are: receipt, extension, "
                        + "decision."));
    }

    @Test
    void theObjectionsLettersGoToTheHolderOfTheRequestsTrackingCode() {
        InformationRequest request = receivedOn13March(Requests.ANONYMOUS);
        clock.set(OffsetDateTime.parse("2026-04-07T10:00:00+07:00")); // the due date passed: "not answered"
        String objection = given().contentType(ContentType.JSON).header("X-Tracking-Code", request.trackingCode())
                .body(Map.of("grounds", List.of("REQUEST_NOT_ANSWERED"), "reason", "Sudah lewat sepuluh hari kerja."))
                .when().post("/api/ppid/requests/" + request.id() + "/objections").then().statusCode(201)
                .extract().path("id");
        assertThat(given().when().get("/api/ppid/tracking/" + request.trackingCode()).then()
                .extract().<String>path("objection.id")).isEqualTo(objection);
        RequestSpecification holder = given().header("X-Tracking-Code", request.trackingCode());
        String base = "objections/" + objection + "/letters/";
        String receipt = pdfText(holder, base + "receipt", "ppid-objection-receipt");
        String number = given().when().get("/api/ppid/tracking/" + request.trackingCode()).then()
                .extract().path("objection.registrationNumber");
        String due = given().when().get("/api/ppid/tracking/" + request.trackingCode()).then()
                .extract().path("objection.dueDate");
        assertThat(receipt).contains("TANDA BUKTI PENERIMAAN KEBERATAN", "TBK/" + number, number,
                request.registrationNumber(), "Madiun, 7 April 2026", "c.", "Tidak ditanggapinya permintaan informasi",
                "Sudah lewat sepuluh hari kerja.", "paling lambat tanggal " + date(LocalDate.parse(due)))
                .doesNotContain("Jl. Pahlawan");
        letter(given().header("X-Tracking-Code", request.trackingCode()), base + "response").statusCode(409);
        letter(given(), base + "receipt").statusCode(404);

        clock.set(OffsetDateTime.parse("2026-04-20T10:00:00+07:00"));
        objections.decide(java.util.UUID.fromString(objection), new ObjectionBodies.Decision(
                ObjectionOutcome.OVERTURNED, "Informasi wajib diberikan dalam 7 hari kerja."), SUPERIOR);
        String disputeDue = given().when().get("/api/ppid/tracking/" + request.trackingCode()).then()
                .extract().path("objection.disputeDueDate");
        assertThat(pdfText(given().header("X-Tracking-Code", request.trackingCode()), base + "response",
                "ppid-objection-response"))
                .contains("TANGGAPAN ATASAN PPID", "TAP/" + number, "Madiun, 20 April 2026",
                        "keputusan PPID dibatalkan", "Informasi wajib diberikan dalam 7 hari kerja.",
                        "Komisi Informasi", "sampai dengan tanggal " + date(LocalDate.parse(disputeDue)),
                        "Bambang Sutrisno");
    }

    @Test
    @TestSecurity(user = "citizen-y", roles = "citizen")
    void anotherCitizenGetsNotFoundForAnObjectionsLetters() {
        InformationRequest request = receivedOn13March(Requests.citizen("citizen-x"));
        clock.set(OffsetDateTime.parse("2026-04-07T10:00:00+07:00"));
        var objection = objections.file(request.id(), new ObjectionBodies.File(
                Set.of(id.go.madiunkota.ppid.entity.ObjectionGround.REQUEST_NOT_ANSWERED), "Tidak ada jawaban."),
                Requests.citizen("citizen-x"), null);
        letter(given(), "objections/" + objection.id() + "/letters/receipt").statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void theDecisionLetterIsAvailableToTheServiceForAMail() {
        InformationRequest request = receivedOn13March(Requests.ANONYMOUS);
        clock.set(OffsetDateTime.parse("2026-03-26T09:00:00+07:00"));
        workflow.decide(request.id(), new RequestBodies.Decision(DecisionOutcome.GRANTED, null, null, null, null,
                null, null, null), OFFICER);
        String text = PdfText.of(letters.render(RequestLetter.DECISION, request.id())).text();
        assertThat(text).contains("informasi diberikan", request.registrationNumber(), "Jl. Pahlawan No. 37")
                .doesNotContain("Uji konsekuensi");
    }

    private InformationRequest receivedOn13March(Caller caller) {
        clock.set(OffsetDateTime.parse("2026-03-13T10:00:00+07:00"));
        return requests.submitted(caller);
    }

    private static String pdfText(RequestSpecification call, String path, String keepAs) {
        byte[] pdf = letter(call, path).statusCode(200).contentType("application/pdf").extract().asByteArray();
        return PdfText.of(keepAs, pdf).text();
    }

    private static ValidatableResponse letter(RequestSpecification call, String path) {
        return call.when().get("/api/ppid/" + path).then();
    }
}
