package id.go.madiunkota.verification.events;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.verification.api.ProviderBodies;
import id.go.madiunkota.verification.api.VerificationBodies;
import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.entity.SuspensionReason;
import id.go.madiunkota.verification.service.ProviderService;
import id.go.madiunkota.verification.service.VerificationService;
import id.go.madiunkota.verification.service.VerificationWorkflowService;
import id.go.madiunkota.verification.support.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The outbox rows each step writes: how many, of which type, for which aggregate, and never the personal data of the
 * provider or the representative (NPWP, NIK, phone, e-mail, address) nor a staff member's display name (events carry
 * the subject).
 */
@QuarkusTest
@TestSecurity(user = "verifier-1", roles = "verifier")
class OutboxRowsTest {

    private static final Caller VERIFIER = new Caller("5b8f0c9e-0000-4000-8000-00000000a001", "petugas.verifikasi",
            Set.of("verifier"));
    private static final Caller ADMIN = new Caller("5b8f0c9e-0000-4000-8000-00000000a002", "admin.lpse",
            Set.of("admin"));

    @Inject
    EntityManager entityManager;
    @Inject
    ProviderService providers;
    @Inject
    VerificationService verifications;
    @Inject
    VerificationWorkflowService workflow;

    /** The rows of one aggregate, oldest first: type and payload. */
    private List<Row> rows(Object aggregateId) {
        List<?> found = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select type, payload::text from outbox_event where aggregateid = :a order by seq")
                .setParameter("a", aggregateId.toString()).getResultList());
        return found.stream().map(r -> (Object[]) r).map(r -> new Row((String) r[0], (String) r[1])).toList();
    }

    private record Row(String type, String payload) {
    }

    private static void assertNoPersonalData(List<Row> rows, Map<String, Object> registration, String... more) {
        @SuppressWarnings("unchecked")
        Map<String, Object> director = (Map<String, Object>) registration.get("director");
        String npwp = (String) registration.get("npwp");
        for (Row row : rows) {
            assertThat(row.payload()).as(row.type())
                    .doesNotContain(npwp, "0" + npwp, (String) director.get("nik"), (String) registration.get("email"))
                    .doesNotContain((String) registration.get("phone"), (String) registration.get("address"))
                    .doesNotContain((String) director.get("name"), "petugas.verifikasi", "admin.lpse");
            for (String other : more) {
                assertThat(row.payload()).as(row.type()).doesNotContain(other);
            }
        }
    }

    @Test
    void registrationWritesOneProviderRegisteredWithoutPersonalData() {
        Map<String, Object> body = Fixtures.provider();
        String id = Fixtures.register(body);
        List<Row> rows = rows(id);
        assertThat(rows).extracting(Row::type).containsExactly("verification.ProviderRegistered");
        assertThat(rows.get(0).payload()).contains(id, "CV Maju Jaya Madiun", "\"CV\"");
        assertNoPersonalData(rows, body);
    }

    @Test
    void anIndividualsRegistrationLeavesTheirNameOutOfTheEvent() {
        Map<String, Object> body = Fixtures.provider();
        body.put("businessForm", "INDIVIDUAL");
        body.put("companyName", "Sri Wahyuni");
        body.remove("nib");
        String id = Fixtures.register(body);
        List<Row> rows = rows(id);
        assertThat(rows).extracting(Row::type).containsExactly("verification.ProviderRegistered");
        assertThat(rows.get(0).payload()).doesNotContain("Sri Wahyuni").contains("INDIVIDUAL");
    }

    @Test
    void eachStepOfAnApprovedVerificationWritesItsRowsAndNoOthers() {
        Map<String, Object> body = Fixtures.provider();
        UUID providerId = UUID.fromString(Fixtures.register(body));
        UUID id = verifications.start(new VerificationBodies.Start(providerId, "NIB-2021",
                new VerificationBodies.Representative("Dewi Lestari", Fixtures.REPRESENTATIVE_NIK, "Surat kuasa"),
                null, null), VERIFIER).id();
        assertThat(rows(id)).extracting(Row::type).containsExactly("verification.VerificationStarted");
        assertThat(rows(id).get(0).payload()).contains(VERIFIER.subject(), providerId.toString());

        for (String code : NIB_ITEMS_CV) {
            workflow.checkDocument(id, code, new VerificationBodies.DocumentCheck(true, true, null), VERIFIER);
        }
        workflow.checkDocument(id, "POWER_OF_ATTORNEY", new VerificationBodies.DocumentCheck(true, true, null),
                VERIFIER);
        workflow.blacklistCheck(id, new VerificationBodies.BlacklistCheck(false, "LKPP"));
        assertThat(rows(id)).as("document and blacklist checks write no event").hasSize(1);
        assertThat(rows(providerId)).hasSize(1);

        workflow.decide(id, new VerificationBodies.Decision(Outcome.APPROVED, List.of(), "lengkap"), VERIFIER);
        assertThat(rows(id)).as("an approval's event belongs to the provider").hasSize(1);
        assertThat(rows(providerId)).extracting(Row::type)
                .containsExactly("verification.ProviderRegistered", "verification.ProviderActivated");
        assertThat(rows(providerId).get(1).payload()).contains(id.toString());

        workflow.sign(id, VERIFIER);
        assertThat(rows(id)).as("signing writes no event").hasSize(1);
        workflow.archive(id, new VerificationBodies.Archive("ARSIP/LPSE/2026/0042"));
        assertThat(rows(id)).extracting(Row::type)
                .containsExactly("verification.VerificationStarted", "verification.VerificationArchived");
        assertThat(rows(id).get(1).payload()).contains("APPROVED", "ARSIP/LPSE/2026/0042");

        assertNoPersonalData(rows(id), body, Fixtures.REPRESENTATIVE_NIK, "Dewi Lestari");
        assertNoPersonalData(rows(providerId), body);
    }

    @Test
    void aRejectionWritesOneRowWithTheMissingItemsAndTheDecidersSubject() {
        Map<String, Object> body = Fixtures.provider();
        UUID providerId = UUID.fromString(Fixtures.register(body));
        UUID id = verifications.start(new VerificationBodies.Start(providerId, "NIB-2021", null, null, null),
                VERIFIER).id();
        workflow.decide(id, new VerificationBodies.Decision(Outcome.REJECTED, List.of("NIB"), "NIB tidak sah"),
                VERIFIER);
        List<Row> rows = rows(id);
        assertThat(rows).extracting(Row::type)
                .containsExactly("verification.VerificationStarted", "verification.VerificationRejected");
        assertThat(rows.get(1).payload()).contains(VERIFIER.subject(), "\"NIB\"").doesNotContain("NIB tidak sah");
        assertThat(rows(providerId)).as("a rejection leaves the provider's events alone").hasSize(1);
        assertNoPersonalData(rows, body);
    }

    @Test
    void aSuspensionWritesOneRowWithTheReasonCodeAndTheAdminsSubject() {
        Map<String, Object> body = Fixtures.provider();
        UUID providerId = UUID.fromString(Fixtures.register(body));
        providers.suspend(providerId, new ProviderBodies.Suspension(SuspensionReason.INVALID_DOCUMENTS,
                "akta palsu, lihat berkas"), ADMIN);
        List<Row> rows = rows(providerId);
        assertThat(rows).extracting(Row::type)
                .containsExactly("verification.ProviderRegistered", "verification.ProviderSuspended");
        assertThat(rows.get(1).payload()).contains("INVALID_DOCUMENTS", ADMIN.subject()).doesNotContain("akta palsu");
        assertNoPersonalData(rows, body);
    }

    @Test
    void refusedStepsThroughTheApiWriteNothing() {
        String providerId = Fixtures.registerProvider();
        String id = Fixtures.startVerification(providerId);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "REJECTED", "missing", List.of("SIUP")))
                .when().post(BASE + "/verifications/" + id + "/decision").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("archiveReference", "ARSIP/1"))
                .when().post(BASE + "/verifications/" + id + "/archive").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Fixtures.start(providerId, "NIB-2021"))
                .when().post(BASE + "/verifications").then().statusCode(409);
        assertThat(rows(id)).hasSize(1);
        assertThat(rows(providerId)).hasSize(1);
    }
}
