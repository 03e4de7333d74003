package id.go.madiunkota.verification.rest;

import static id.go.madiunkota.verification.support.Fixtures.BASE;
import static id.go.madiunkota.verification.support.Fixtures.NIB_ITEMS_CV;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Staff are stored by the token's subject and their display name at the time, and answers name them by the display
 * name: a supervisor reads "petugas.verifikasi", not a Keycloak UUID. (Through HTTP, {@code @TestSecurity} gives a
 * subject equal to the name; the steps here go through the services with a caller whose subject is a UUID.)
 */
@QuarkusTest
@TestSecurity(user = "auditor-1", roles = "auditor")
class DisplayNamesTest {

    private static final Caller FIRST = new Caller("2f9c7d40-1a7e-4d55-9a1e-6c1b3e0d0a11", "petugas.verifikasi",
            Set.of(Roles.VERIFIER));
    private static final Caller SECOND = new Caller("7a3e2b19-55c1-4f0e-b7a2-90d4c8e1f322", "kepala.lpse",
            Set.of(Roles.VERIFIER));
    private static final Caller ADMIN = new Caller("c4d1e8f0-0b2a-4c6d-8e9f-1a2b3c4d5e66", "admin.lpse",
            Set.of(Roles.ADMIN));

    @Inject
    ProviderService providers;
    @Inject
    VerificationService verifications;
    @Inject
    VerificationWorkflowService workflow;
    @Inject
    EntityManager entityManager;

    private UUID started(Caller by) {
        UUID providerId = UUID.fromString(Fixtures.registerProvider());
        return verifications.start(new VerificationBodies.Start(providerId, "NIB-2021", null, null, null), by).id();
    }

    @Test
    void everyStepOfAVerificationNamesItsStaffByDisplayName() {
        UUID id = started(FIRST);
        for (String code : NIB_ITEMS_CV) {
            workflow.checkDocument(id, code, new VerificationBodies.DocumentCheck(true, true, null), SECOND);
        }
        workflow.blacklistCheck(id, new VerificationBodies.BlacklistCheck(false, "LKPP"));
        workflow.decide(id, new VerificationBodies.Decision(Outcome.APPROVED, List.of(), null), SECOND);
        workflow.sign(id, FIRST);
        given().when().get(BASE + "/verifications/" + id).then().statusCode(200)
                .body("verifier", equalTo("petugas.verifikasi"))
                .body("documents.checkedBy", everyItem(equalTo("kepala.lpse")))
                .body("decidedBy", equalTo("kepala.lpse"))
                .body("signedBy", equalTo("petugas.verifikasi"));
    }

    @Test
    void theRecordKeepsTheSubjectBesideTheName() {
        UUID id = started(FIRST);
        workflow.decide(id, new VerificationBodies.Decision(Outcome.REJECTED, List.of("NIB"), null), SECOND);
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select verified_by, verified_by_name, decided_by, decided_by_name from verification "
                                + "where id = :id").setParameter("id", id).getSingleResult());
        assertThat(row).containsExactly(FIRST.subject(), "petugas.verifikasi", SECOND.subject(), "kepala.lpse");
    }

    @Test
    void aRenamedAccountKeepsItsOldNameOnWhatItDidBefore() {
        UUID before = started(FIRST);
        Caller renamed = new Caller(FIRST.subject(), "petugas.verifikasi.baru", FIRST.roles());
        UUID after = started(renamed);
        given().when().get(BASE + "/verifications/" + before).then().body("verifier", equalTo("petugas.verifikasi"));
        given().when().get(BASE + "/verifications/" + after).then()
                .body("verifier", equalTo("petugas.verifikasi.baru"));
    }

    @Test
    void aSuspensionShowsTheAdminsName() {
        UUID providerId = UUID.fromString(Fixtures.registerProvider());
        providers.suspend(providerId, new ProviderBodies.Suspension(SuspensionReason.OTHER, "catatan"), ADMIN);
        given().when().get(BASE + "/providers/" + providerId).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"))
                .body("suspension.suspendedBy", equalTo("admin.lpse"))
                .body("suspension.reason", equalTo("OTHER"));
    }

    @Test
    @TestSecurity(user = "petugas.http", roles = Roles.VERIFIER)
    void anHttpCallerIsRecordedUnderTheirName() {
        String providerId = Fixtures.registerProvider();
        String id = given().contentType(io.restassured.http.ContentType.JSON)
                .body(Fixtures.start(providerId, "NIB-2021")).when().post(BASE + "/verifications").then()
                .statusCode(201).body("verifier", equalTo("petugas.http")).extract().path("id");
        given().when().post(BASE + "/verifications/" + id + "/signature").then().statusCode(409);
        given().when().get(BASE + "/verifications?providerId=" + providerId).then().statusCode(200)
                .body("items.verifier", everyItem(equalTo("petugas.http")));
    }
}
