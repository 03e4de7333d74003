package id.go.madiunkota.training.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** A session's moves: cancelling, the registration window and the attendance day. */
class TrainingSessionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2031, 5, 5);
    private static final Instant STARTS = Instant.parse("2031-05-05T02:00:00Z"); // 09:00 WIB
    private static final Instant ENDS = Instant.parse("2031-05-05T05:00:00Z"); // 12:00 WIB
    private static final Instant BEFORE = Instant.parse("2031-04-28T02:00:00Z");
    private static final Actor TRAINER = new Actor("7d1e-subject", "pelatih.lpse");
    private static final Actor ADMIN = new Actor("9a3f-subject", "admin.lpse");

    private static TrainingSession session() {
        return TrainingSession.schedule("Pelatihan SPSE untuk Penyedia", Audience.PROVIDER, DAY, STARTS, ENDS,
                "Ruang Pelatihan LPSE", 20, "Agus Prasetyo", TRAINER, BEFORE);
    }

    private static void refused(int status, String code, ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    @Test
    void aNewSessionIsScheduledAndNamesWhoScheduledIt() {
        TrainingSession s = session();
        assertThat(s.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(s.id()).isNotNull();
        assertThat(s.scheduledBy().subject()).isEqualTo("7d1e-subject");
        assertThat(s.scheduledBy().name()).isEqualTo("pelatih.lpse");
        assertThat(s.cancelledBy()).isNull();
        assertThat(s.capacity()).isEqualTo(20);
    }

    @Test
    void aSessionIsCancelledUntilItEndsAndOnlyOnce() {
        TrainingSession s = session();
        Instant during = STARTS.plusSeconds(600);
        s.cancel("Ruang dipakai rapat darurat.", ADMIN, during);
        assertThat(s.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(s.cancelReason()).isEqualTo("Ruang dipakai rapat darurat.");
        assertThat(s.cancelledAt()).isEqualTo(during);
        assertThat(s.cancelledBy().name()).isEqualTo("admin.lpse");
        assertThatThrownBy(() -> s.cancel("lagi", ADMIN, during)).isInstanceOfSatisfying(DomainException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("invalid-transition");
                    assertThat(e.args()).containsExactly(SessionStatus.CANCELLED, TrainingAction.CANCEL);
                });
        assertThat(s.cancelReason()).as("the first reason stays").isEqualTo("Ruang dipakai rapat darurat.");
    }

    @Test
    void aSessionThatHasEndedIsNotCancelled() {
        TrainingSession s = session();
        refused(422, "session.already-held", () -> s.cancel("terlambat", ADMIN, ENDS));
        refused(422, "session.already-held", () -> s.cancel("terlambat", ADMIN, ENDS.plusSeconds(86_400)));
        assertThat(s.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(s.cancelledBy()).isNull();
    }

    @Test
    void registrationIsOpenUntilTheSessionStarts() {
        TrainingSession s = session();
        s.requireOpenForRegistration(BEFORE);
        s.requireOpenForRegistration(STARTS.minusSeconds(1));
        refused(422, "session.registration-closed", () -> s.requireOpenForRegistration(STARTS));
        refused(422, "session.registration-closed", () -> s.requireOpenForRegistration(ENDS));
    }

    @Test
    void aCancelledSessionTakesNoRegistrationAndNoAttendance() {
        TrainingSession s = session();
        s.cancel("Batal.", TRAINER, BEFORE);
        refused(409, "invalid-transition", () -> s.requireOpenForRegistration(BEFORE));
        refused(409, "invalid-transition", () -> s.requireHeldBy(STARTS, DAY));
    }

    @Test
    void theAttendanceListOpensOnTheSessionsDay() {
        TrainingSession s = session();
        refused(422, "session.not-yet-held", () -> s.requireHeldBy(BEFORE, DAY.minusDays(1)));
        s.requireHeldBy(STARTS.minusSeconds(3600), DAY);
        s.requireHeldBy(ENDS.plusSeconds(86_400), DAY.plusDays(1));
    }
}
