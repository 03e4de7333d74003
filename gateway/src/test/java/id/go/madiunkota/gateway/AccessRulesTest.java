package id.go.madiunkota.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.gateway.access.AccessRule;
import id.go.madiunkota.gateway.access.AccessRules;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The access table as the gateway reads it: the first matching line decides; no line, no access. */
@QuarkusTest
@QuarkusTestResource(StubService.class)
class AccessRulesTest {

    @Inject
    AccessRules rules;

    @Test
    void theFirstMatchingLineDecides() {
        assertThat(rules.find("POST", "/api/ppid/requests/7d1c/objections").orElseThrow().anonymous()).isTrue();
        AccessRule action = rules.find("POST", "/api/ppid/requests/7d1c/extension").orElseThrow();
        assertThat(action.admits(Set.of("ppid-officer"))).isTrue();
        assertThat(action.admits(Set.of("citizen"))).isFalse();
        assertThat(rules.find("POST", "/api/ppid/requests/7d1c/withdrawal").orElseThrow()
                .admits(Set.of("citizen"))).isTrue();
    }

    @Test
    void aProvidersStatusByReferenceIsPublicWhileTheProviderItselfIsNot() {
        assertThat(rules.find("GET", "/api/verification/providers/status/K7QX2-MB9TD").orElseThrow().anonymous())
                .isTrue();
        AccessRule provider = rules.find("GET", "/api/verification/providers/6f1c2b3a").orElseThrow();
        assertThat(provider.anonymous()).isFalse();
        assertThat(provider.admits(Set.of("verifier"))).isTrue();
        assertThat(rules.find("GET", "/api/verification/providers/status").orElseThrow().anonymous()).isFalse();
    }

    @Test
    void lettersFollowTheirRecordsReaders() {
        // PPID: the service decides (staff, owner, tracking-code holder), so the gateway lets the anonymous through
        assertThat(rules.find("GET", "/api/ppid/requests/7d1c/letters/decision").orElseThrow().anonymous()).isTrue();
        assertThat(rules.find("GET", "/api/ppid/objections/7d1c/letters/response").orElseThrow().anonymous())
                .isTrue();
        AccessRule attendance = rules.find("GET", "/api/training/sessions/7d1c/letters/attendance-list").orElseThrow();
        assertThat(attendance.anonymous()).isFalse();
        assertThat(attendance.admits(Set.of("trainer"))).isTrue();
        assertThat(attendance.admits(Set.of("citizen"))).isFalse();
        AccessRule certificate = rules.find("GET", "/api/training/registrations/7d1c/letters/certificate")
                .orElseThrow();
        assertThat(certificate.admits(Set.of("auditor"))).isTrue();
        assertThat(certificate.admits(Set.of("provider"))).isFalse();
        assertThat(rules.find("GET", "/api/training/certificates/K7QX2-MB9TD").orElseThrow().anonymous()).isTrue();
        assertThat(rules.find("GET", "/api/training/certificates/K7QX2-MB9TD/letter")).isEmpty();
        AccessRule verification = rules.find("GET", "/api/verification/verifications/7d1c/letters/berita-acara")
                .orElseThrow();
        assertThat(verification.admits(Set.of("verifier"))).isTrue();
        assertThat(verification.admits(Set.of("citizen"))).isFalse();
        assertThat(rules.find("GET", "/api/helpdesk/complaints/7d1c/letters/receipt").orElseThrow().anonymous())
                .isTrue();
    }

    @Test
    void starIsOneSegmentAndDoubleStarTheRest() {
        assertThat(rules.find("GET", "/api/ppid/calendar/working-days").orElseThrow().anonymous()).isTrue();
        assertThat(rules.find("GET", "/api/ppid/requests/a/b/c")).isEmpty();
        assertThat(rules.find("GET", "/api/training/standard").orElseThrow().anonymous()).isTrue();
    }

    @Test
    void aMethodNoLineNamesIsNotAllowed() {
        assertThat(rules.find("DELETE", "/api/ppid/requests")).isEmpty();
    }

    @Test
    void theDocumentRoutesAreMarkedUploadAndAdmitTheirRoles() {
        AccessRule scan = rules.find("PUT", "/api/verification/verifications/7d1c/documents/NIB/scan").orElseThrow();
        assertThat(scan.upload()).isTrue();
        assertThat(scan.admits(Set.of("verifier"))).isTrue();
        assertThat(scan.admits(Set.of("auditor"))).isFalse();
        AccessRule readScan = rules.find("GET", "/api/verification/verifications/7d1c/documents/NIB/scan")
                .orElseThrow();
        assertThat(readScan.upload()).isFalse();
        assertThat(readScan.admits(Set.of("auditor"))).isTrue();
        assertThat(rules.find("GET", "/api/verification/verifications/7d1c/scans").orElseThrow()
                .admits(Set.of("citizen"))).isFalse();
        // the JSON document check on the same prefix stays a plain route
        assertThat(rules.find("PUT", "/api/verification/verifications/7d1c/documents/NIB").orElseThrow().upload())
                .isFalse();

        AccessRule attorney = rules.find("PUT", "/api/ppid/requests/7d1c/power-of-attorney").orElseThrow();
        assertThat(attorney.upload()).isTrue();
        assertThat(attorney.anonymous()).isTrue(); // the service admits the owner, the tracking code's holder, officers
        AccessRule released = rules.find("POST", "/api/ppid/requests/7d1c/released-information").orElseThrow();
        assertThat(released.upload()).isTrue();
        assertThat(released.admits(Set.of("citizen"))).isFalse();
        assertThat(released.admits(Set.of("ppid-officer"))).isTrue();
        assertThat(rules.find("GET", "/api/ppid/requests/7d1c/documents/9a2b").orElseThrow().anonymous()).isTrue();
        assertThat(rules.find("POST", "/api/ppid/requests/7d1c/extension").orElseThrow().upload()).isFalse();

        AccessRule decree = rules.find("PUT", "/api/training/registrations/7d1c/decree/scan").orElseThrow();
        assertThat(decree.upload()).isTrue();
        assertThat(decree.admits(Set.of("trainer"))).isTrue();
        assertThat(decree.admits(Set.of("citizen"))).isFalse();
    }

    @Test
    void aFourthWordOtherThanUploadIsRefused() {
        assertThat(AccessRules.parse("PUT /api/x/* admin upload").get(0).upload()).isTrue();
        assertThatThrownBy(() -> parse("PUT /api/x/* admin big")).hasMessageContaining("line 1");
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> parse("GET /api/x")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse("GET /api/**/x anonymous")).hasMessageContaining("**");
        assertThatThrownBy(() -> parse("GET /api/x anonymous,admin")).hasMessageContaining("stand alone");
    }

    private static void parse(String table) {
        AccessRules.parse(table);
    }
}
