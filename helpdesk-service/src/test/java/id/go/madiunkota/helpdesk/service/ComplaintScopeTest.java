package id.go.madiunkota.helpdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.security.Roles;
import id.go.madiunkota.helpdesk.entity.ServiceConcerned;
import id.go.madiunkota.helpdesk.entity.Staff;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The complaint scope rule, role by role, on the shared {@link Caller}: which services' complaints a caller answers
 * ({@link ComplaintScope#of}) and reads ({@link ComplaintScope#forReading}), and how the scope names the caller.
 */
class ComplaintScopeTest {

    private static final Set<ServiceConcerned> ALL = EnumSet.allOf(ServiceConcerned.class);
    private static final Set<ServiceConcerned> NONE = EnumSet.noneOf(ServiceConcerned.class);

    @Test
    void theHelpdeskAgentAnswersAndReadsEveryService() {
        assertScope(Roles.HELPDESK_AGENT, ALL, ALL);
    }

    @Test
    void bothPpidRolesHandlePpid() {
        assertScope(Roles.PPID_OFFICER, EnumSet.of(ServiceConcerned.PPID), EnumSet.of(ServiceConcerned.PPID));
        assertScope(Roles.PPID_SUPERIOR, EnumSet.of(ServiceConcerned.PPID), EnumSet.of(ServiceConcerned.PPID));
    }

    @Test
    void theVerifierHandlesVerificationAndTheTrainerTraining() {
        assertScope(Roles.VERIFIER, EnumSet.of(ServiceConcerned.VERIFICATION),
                EnumSet.of(ServiceConcerned.VERIFICATION));
        assertScope(Roles.TRAINER, EnumSet.of(ServiceConcerned.TRAINING), EnumSet.of(ServiceConcerned.TRAINING));
    }

    @Test
    void theAuditorReadsEveryServiceAndAnswersNone() {
        assertScope(Roles.AUDITOR, NONE, ALL);
        ComplaintScope answering = ComplaintScope.of(caller(Roles.AUDITOR));
        assertThat(answering.staff()).isFalse();
    }

    @Test
    void theAdminAndTheCitizenHandleNoComplaint() {
        assertScope(Roles.ADMIN, NONE, NONE);
        assertScope(Roles.CITIZEN, NONE, NONE);
    }

    @Test
    void rolesAddUp() {
        ComplaintScope scope = ComplaintScope.of(caller(Roles.VERIFIER, Roles.TRAINER, Roles.CITIZEN));
        assertThat(scope.services()).containsExactlyInAnyOrder(ServiceConcerned.VERIFICATION,
                ServiceConcerned.TRAINING);
        assertThat(scope.covers(ServiceConcerned.PPID)).isFalse();
        assertThat(scope.covers(ServiceConcerned.TRAINING)).isTrue();
        ComplaintScope reading = ComplaintScope.forReading(caller(Roles.PPID_OFFICER, Roles.AUDITOR));
        assertThat(reading.services()).isEqualTo(ALL);
        assertThat(ComplaintScope.of(caller(Roles.PPID_OFFICER, Roles.AUDITOR)).services())
                .containsExactly(ServiceConcerned.PPID);
    }

    @Test
    void anAnonymousCallerIsNoStaffAndNamedByNobody() {
        ComplaintScope scope = ComplaintScope.of(Caller.ANONYMOUS);
        assertThat(scope.staff()).isFalse();
        assertThat(scope.member()).isNull();
        assertThat(scope.services()).isEmpty();
        assertThat(ComplaintScope.forReading(Caller.ANONYMOUS).services()).isEmpty();
    }

    @Test
    void theScopeNamesTheMemberBySubjectAndDisplayName() {
        Caller caller = new Caller("2f6e0c1a-subject", "petugas.ppid", Set.of(Roles.PPID_OFFICER));
        ComplaintScope scope = ComplaintScope.of(caller);
        assertThat(scope.member()).isEqualTo(new Staff("2f6e0c1a-subject", "petugas.ppid"));
        assertThat(scope.staff()).isTrue();
    }

    @Test
    void theStaffRolesAreTheAnsweringRoles() {
        assertThat(ComplaintScope.STAFF_ROLES).containsExactlyInAnyOrder(Roles.HELPDESK_AGENT, Roles.PPID_OFFICER,
                Roles.PPID_SUPERIOR, Roles.VERIFIER, Roles.TRAINER);
        for (String role : ComplaintScope.STAFF_ROLES) {
            assertThat(ComplaintScope.of(caller(role)).staff()).as(role).isTrue();
        }
    }

    private static void assertScope(String role, Set<ServiceConcerned> answers, Set<ServiceConcerned> reads) {
        assertThat(ComplaintScope.of(caller(role)).services()).as("%s answers", role).isEqualTo(answers);
        assertThat(ComplaintScope.forReading(caller(role)).services()).as("%s reads", role).isEqualTo(reads);
    }

    private static Caller caller(String... roles) {
        return new Caller("subject-" + roles[0], "name-" + roles[0], Set.of(roles));
    }
}
