package id.go.madiunkota.helpdesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The consultation's state machine on its own, without the application: the moves, the refusals, the timing. */
class ConsultationTransitionsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final Staff AGENT = new Staff("sub-agen", "agen");

    @Test
    void closedAtExactlyTheTargetIsWithinAndOneSecondLaterIsNot() {
        Consultation onTime = resolvedAt(T0);
        onTime.close(AGENT, 30, T0.plusSeconds(30 * 60));
        assertThat(onTime.closing().withinTarget()).isTrue();
        assertThat(onTime.closing().targetMinutes()).isEqualTo(30);

        Consultation late = resolvedAt(T0);
        late.close(AGENT, 30, T0.plusSeconds(30 * 60 + 1));
        assertThat(late.closing().withinTarget()).isFalse();
    }

    @Test
    void theLkppWaitAddsUpOverEscalations() {
        Consultation c = opened();
        c.escalate("1", AGENT, UUID.randomUUID(), T0.plusSeconds(60));
        c.recordLkppAnswer("a", "LKPP-1", AGENT, T0.plusSeconds(360)); // 5 minutes
        c.relay(false, T0.plusSeconds(400));
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        Escalation second = c.escalate("2", AGENT, UUID.randomUUID(), T0.plusSeconds(500));
        assertThat(second.number()).isEqualTo(2);
        c.recordLkppAnswer("b", "LKPP-2", AGENT, T0.plusSeconds(620)); // 2 minutes
        assertThat(c.lkppWaitSeconds()).isEqualTo(420);
        assertThat(c.escalationCount()).isEqualTo(2);
        assertThat(c.currentEscalation().lkppReference()).isEqualTo("LKPP-2");
        c.relay(true, T0.plusSeconds(700));
        c.close(AGENT, 30, T0.plusSeconds(800));
        assertThat(c.status()).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    void refusedMovesAre409AndChangeNothing() {
        Consultation c = opened();
        assertRefused(() -> c.close(AGENT, 30, T0), Step.CLOSURE);
        assertRefused(() -> c.relay(true, T0), Step.RELAY);
        assertRefused(() -> c.recordLkppAnswer("a", "r", AGENT, T0), Step.LKPP_ANSWER);
        c.escalate("n", AGENT, UUID.randomUUID(), T0);
        assertRefused(() -> c.resolve("a", AGENT, T0), Step.RESOLUTION);
        c.recordLkppAnswer("a", "r", AGENT, T0);
        assertRefused(() -> c.close(AGENT, 30, T0), Step.CLOSURE);
        c.relay(false, T0);
        assertRefused(() -> c.close(AGENT, 30, T0), Step.CLOSURE);
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.closing()).isNull();
    }

    @Test
    void aCallbackIsDueFromItsTimeAndCompletesOnce() {
        Callback callback = Callback.create(UUID.randomUUID(), AGENT, T0.plusSeconds(600), T0);
        assertThat(callback.due(T0.plusSeconds(599))).isFalse();
        assertThat(callback.due(T0.plusSeconds(600))).isTrue();
        callback.complete("ok", T0.plusSeconds(700));
        assertThat(callback.due(T0.plusSeconds(800))).isFalse();
        assertThatThrownBy(() -> callback.complete("again", T0)).isInstanceOf(DomainException.class);
        callback.cancel(T0); // a done callback stays done
        assertThat(callback.status()).isEqualTo(CallbackStatus.DONE);
    }

    @Test
    void aComplaintIsAnsweredOnce() {
        Complaint complaint = Complaint.receive("ABCDE-FGHJK", ComplaintKind.INPUT, ComplaintChannel.EMAIL,
                ServiceConcerned.PPID, "Nama", null, "x@example.id", "Isi", AGENT, T0);
        complaint.answer("Jawaban", AGENT, T0.plusSeconds(60));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThatThrownBy(() -> complaint.answer("Lagi", AGENT, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(complaint.answer()).isEqualTo("Jawaban");
    }

    private static void assertRefused(Runnable move, Step action) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.args()).contains(action);
        });
    }

    private static Consultation opened() {
        return Consultation.open(ConsultationChannel.PHONE,
                new CallerDetails("Nama", CallerRole.PROVIDER, null, "0812"),
                Topic.TENDER, "Pertanyaan", AGENT, T0);
    }

    private static Consultation resolvedAt(Instant at) {
        Consultation c = opened();
        c.resolve("Jawaban", AGENT, at);
        return c;
    }
}
