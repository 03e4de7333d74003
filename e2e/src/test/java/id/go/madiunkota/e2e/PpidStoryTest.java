package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.madiunkota.e2e.support.EventsOnKafka;
import id.go.madiunkota.e2e.support.EventsOnKafka.Event;
import id.go.madiunkota.e2e.support.Gateway;
import id.go.madiunkota.e2e.support.Mailbox;
import id.go.madiunkota.e2e.support.Pages;
import io.restassured.filter.log.LogDetail;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The PPID story of ppid-service's PpidStoryTest, on the real stack and through the gateway only, with real tokens:
 * an online request, extended by the PPID officer, rejected under Pasal 17, an objection, the superior upholds the
 * PPID, a dispute is filed with the Komisi Informasi and its mediation agreement recorded. Every step shows through the
 * public tracking code, and the events arrive on {@code ppid.events} in order, without the applicant's personal data.
 * The story ends with the applicant downloading the decision letter (PDF, read back) and the mail trail: five mails to
 * the applicant's address, the decision with its letter attached, none with the NIK.
 * Once for an anonymous applicant (who objects with the tracking code), once for citizen1 (who objects and files the
 * dispute as owner).
 */
class PpidStoryTest {

    private static final String NIK = "3577014101900001";
    private static final String NAME = "Sri Wahyuni";
    private static final String PHONE = "081234567890";
    private static final String ADDRESS = "Jl. Pahlawan No. 37, Kota Madiun";
    private static final String EMAIL = "sri.wahyuni@example.id";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAnonymousRequestGoesToTheKomisiInformasiWithTheTrackingCode() {
        story(null);
    }

    @Test
    void citizen1sRequestGoesToTheKomisiInformasiByTheOwner() {
        story("citizen1");
    }

    /** The story for an applicant: {@code citizen} the requesting demo user, or null for the anonymous form. */
    @SuppressWarnings("unchecked")
    private static void story(String citizen) {
        // 1. The online request
        // an address of this run only: the mail trail below reads this story's mails and no other's
        String email = "pemohon-" + java.util.UUID.randomUUID() + "@example.id";
        Map<String, Object> body = personRequest();
        ((Map<String, Object>) body.get("applicant")).put("email", email);
        ValidatableResponse submitted = Gateway.caller(citizen).contentType(ContentType.JSON).body(body)
                .when().post("/api/ppid/requests")
                .then().statusCode(201).body("status", equalTo("REGISTERED"))
                .body("registrationNumber", matchesPattern("PPID/\\d{4}/\\d{6}"));
        String id = submitted.extract().path("id");
        String code = submitted.extract().path("trackingCode");
        String firstDue = submitted.extract().path("dueDate");
        track(code).body("status", equalTo("REGISTERED")).body("dueDate", equalTo(firstDue));
        if (citizen != null) {
            assertThat(Pages.all(citizen, "/api/ppid/requests/mine", "id")).contains(id);
            Gateway.as(citizen).when().get("/api/ppid/requests/" + id)
                    .then().statusCode(200).body("applicant.nikMasked", equalTo("3577********0001"));
            Gateway.as("citizen2").when().get("/api/ppid/requests/" + id).then().statusCode(404);
        }

        // 2. The PPID officer extends the period once: 7 working days after the first 10 (UU 14/2008 Pasal 22 ayat 8,
        // the default base of the extension), on the same calendar as the first due date
        post("ppid-officer", "/api/ppid/requests/" + id + "/extension",
                Map.of("reason", "Data dihimpun dari tiga bidang"), 200);
        ValidatableResponse extended = track(code).body("status", equalTo("EXTENDED"))
                .body("extendedOn", notNullValue());
        String extendedOn = extended.extract().path("extendedOn");
        String extendedDue = extended.extract().path("dueDate");
        String sevenAfterFirstDue = Gateway.anonymous().queryParam("from", firstDue).queryParam("add", 7)
                .when().get("/api/ppid/calendar/working-days").then().statusCode(200).extract().path("date");
        assertThat(extendedDue).as("the extension adds 7 working days to the first due date %s", firstDue)
                .isEqualTo(sevenAfterFirstDue);

        // 3. ... and rejects under Pasal 17 huruf h
        post("ppid-officer", "/api/ppid/requests/" + id + "/decision", Map.of("outcome", "REJECTED",
                "exemptionGrounds", List.of("PASAL_17_H"), "consequenceTest", "Memuat rahasia pribadi pihak ketiga."),
                200);
        track(code).body("status", equalTo("REJECTED")).body("outcome", equalTo("REJECTED"))
                .body("exemptionGrounds", equalTo(List.of("PASAL_17_H"))).body("decidedOn", notNullValue());

        // 4. The applicant objects: the owner with their token, the anonymous applicant with the tracking code
        Map<String, Object> objectionBody = Map.of("grounds", List.of("REJECTED_UNDER_PASAL_17"),
                "reason", "Tidak ada data pribadi dalam informasi yang diminta.");
        String objection = (citizen != null ? Gateway.as(citizen) : Gateway.anonymous().header("X-Tracking-Code", code))
                .contentType(ContentType.JSON).body(objectionBody)
                .when().post("/api/ppid/requests/" + id + "/objections")
                .then().statusCode(201).body("registrationNumber", matchesPattern("KEBERATAN/\\d{4}/\\d{6}"))
                .extract().path("id");
        track(code).body("objection.status", equalTo("FILED"));

        // 5. The superior upholds the PPID's decision
        post("ppid-superior", "/api/ppid/objections/" + objection + "/decision",
                Map.of("outcome", "UPHELD", "reason", "Pengecualian Pasal 17 huruf h telah diuji."), 200);
        String decidedOn = track(code).body("objection.status", equalTo("DECIDED"))
                .body("objection.outcome", equalTo("UPHELD")).extract().path("objection.decidedOn");

        // 6. The dispute goes to the Komisi Informasi, filed on the day of the superior's answer (office time)
        post(citizen != null ? citizen : "ppid-officer", "/api/ppid/objections/" + objection + "/dispute",
                Map.of("commissionCaseNumber", "012/XI/KI-JATIM-PS/2026", "filedOn", decidedOn), 200);
        track(code).body("objection.status", equalTo("ESCALATED"))
                .body("objection.disputeFiledOn", equalTo(decidedOn));
        if (citizen != null) {
            // the citizen lists the objections about their own requests; another citizen does not see them
            assertThat(Pages.all(citizen, "/api/ppid/objections", "id")).contains(objection);
            assertThat(Pages.all("citizen2", "/api/ppid/objections", "id")).doesNotContain(objection);
        }

        // 7. The Komisi Informasi's outcome: a mediation agreement, recorded by the PPID officer
        post("ppid-officer", "/api/ppid/objections/" + objection + "/dispute-outcome", Map.of("outcome",
                "MEDIATION_AGREEMENT", "decidedOn", decidedOn, "commissionCaseNumber", "012/XI/KI-JATIM-PS/2026"), 200);
        Gateway.as("ppid-officer").when().get("/api/ppid/objections/" + objection).then().statusCode(200)
                .body("disputeOutcome", equalTo("MEDIATION_AGREEMENT"));

        // 8. The events on Kafka, keyed by the request's and the objection's id
        Set<String> keys = Set.of(id, objection);
        List<Event> events = EventsOnKafka.read("ppid.events", e -> keys.contains(e.key()),
                found -> found.size() >= 7, Duration.ofSeconds(60));
        assertThat(events.stream().filter(e -> e.key().equals(id)).map(Event::type))
                .as("events of request %s on ppid.events, in order", id)
                .containsExactly("ppid.RequestReceived", "ppid.RequestExtended", "ppid.RequestDecided");
        assertThat(events.stream().filter(e -> e.key().equals(objection)).map(Event::type))
                .as("events of objection %s on ppid.events, in order", objection)
                .containsExactly("ppid.ObjectionFiled", "ppid.ObjectionDecided", "ppid.DisputeFiled",
                        "ppid.DisputeOutcomeRecorded");
        long lastOfRequest = events.stream().filter(e -> e.key().equals(id)).mapToLong(Event::timestamp).max()
                .orElseThrow();
        long firstOfObjection = events.stream().filter(e -> e.key().equals(objection)).mapToLong(Event::timestamp)
                .min().orElseThrow();
        assertThat(firstOfObjection).as("the objection's events come after the request's (record timestamps)")
                .isGreaterThanOrEqualTo(lastOfRequest);
        // The extension as published: 7 working days after the first due date.
        JsonNode extension = json(events.stream().filter(e -> "ppid.RequestExtended".equals(e.type())).findFirst()
                .orElseThrow());
        assertThat(List.of(extension.path("extendedOn").asText(), extension.path("previousDueDate").asText(),
                extension.path("dueDate").asText())).as("RequestExtended: extendedOn, previousDueDate, dueDate")
                .containsExactly(extendedOn, firstDue, extendedDue);
        for (Event event : events) {
            assertThat(event.json()).as("payload of %s", event.type())
                    .contains(event.key())
                    .doesNotContain(NIK, NAME, PHONE, ADDRESS, EMAIL, email);
        }

        // 9. The applicant downloads the decision letter (Pemberitahuan Tertulis): the owner with the token, the
        // anonymous applicant with the tracking code; it names the request, the ground with its article, the test
        byte[] letter = (citizen != null ? Gateway.as(citizen) : Gateway.anonymous().header("X-Tracking-Code", code))
                .when().get("/api/ppid/requests/" + id + "/letters/decision").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String number = submitted.extract().path("registrationNumber");
        String text = pdfText(letter);
        assertThat(text).contains("PEMBERITAHUAN TERTULIS", number, "Pasal 17 huruf h",
                "Memuat rahasia pribadi pihak ketiga.").doesNotContain(NIK);
        if (citizen == null) {
            // whoever holds the code is not known to be the applicant: the letter leaves out their address
            assertThat(text).doesNotContain(ADDRESS);
        }
        Gateway.as("citizen2").when().get("/api/ppid/requests/" + id + "/letters/decision").then().statusCode(404);

        // 10. The mail trail: each step told to the applicant's address, the decision with its letter attached,
        // never the NIK
        Duration within = Duration.ofSeconds(90);
        Mailbox.await(email, "Permohonan informasi Anda diterima", within);
        Mailbox.await(email, "diperpanjang", within);
        Mailbox.Mail decision = Mailbox.await(email, "Keputusan atas permohonan", within);
        assertThat(decision.attachments()).containsExactly("pemberitahuan-tertulis.pdf");
        Mailbox.await(email, "Keberatan Anda diterima", within);
        Mailbox.Mail answer = Mailbox.await(email, "Tanggapan Atasan PPID", within);
        assertThat(answer.text()).contains("Komisi Informasi");
        assertThat(Mailbox.to(email)).hasSize(5).allSatisfy(mail -> assertThat(mail.subject() + mail.text())
                .doesNotContain(NIK));
    }

    private static JsonNode json(Event event) {
        try {
            return JSON.readTree(event.json());
        } catch (java.io.IOException e) {
            throw new AssertionError("payload of " + event.type() + " is not JSON: " + event.json(), e);
        }
    }

    private static ValidatableResponse track(String code) {
        return Gateway.anonymous().when().get("/api/ppid/tracking/" + code).then().statusCode(200)
                .body("$", not(hasKey("applicant")));
    }

    private static void post(String user, String path, Map<String, ?> body, int status) {
        Gateway.as(user).contentType(ContentType.JSON).body(body).when().post(path)
                .then().log().ifValidationFails(LogDetail.BODY).statusCode(status);
    }

    /** A person's online request for a softcopy by e-mail (the body of ppid-service's tests). */
    /** The applicant's online request (PpidMailTrailTest sends it with an address of its own). */
    /** The text of a PDF letter, as PDFBox reads it. */
    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, Object> personRequest() {
        Map<String, Object> applicant = new HashMap<>(Map.of("type", "PERSON", "name", NAME, "nik", NIK,
                "address", ADDRESS, "occupation", "Mahasiswa", "phone", PHONE, "email", EMAIL));
        Map<String, Object> body = new HashMap<>();
        body.put("applicant", applicant);
        body.put("informationRequested", "Salinan DPA Dinas Kominfo tahun 2026");
        body.put("purpose", "Penelitian skripsi");
        body.put("obtainMethod", "COPY");
        body.put("copyFormat", "SOFTCOPY");
        body.put("deliveryMethod", "EMAIL");
        return body;
    }
}
