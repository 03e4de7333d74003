package id.go.madiunkota.helpdesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The callback task ({@code PENDING → DONE | CANCELLED}) and the complaint ({@code RECEIVED → ANSWERED}), every move
 * in every state: allowed, refused with 409 and nothing changed, or (cancelling a finished callback) a no-op.
 */
class CallbackAndComplaintStatesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant DUE = T0.plusSeconds(600);
    private static final Duration OVERDUE_AFTER = Duration.ofMinutes(5);
    private static final Staff AGENT = new Staff("5f0c-agen-satu", "agen.satu");
    private static final Staff OFFICER = new Staff("77aa-petugas-satu", "petugas.satu");
    private static final Staff OTHER = new Staff("88bb-petugas-dua", "petugas.dua");

    @Test
    void aNewCallbackIsPendingForItsAgentDueAtItsTime() {
        UUID consultation = UUID.randomUUID();
        Callback callback = Callback.create(consultation, AGENT, DUE, T0);
        assertThat(callback.id()).isNotNull();
        assertThat(callback.consultationId()).isEqualTo(consultation);
        assertThat(callback.agent()).isEqualTo(AGENT);
        assertThat(callback.status()).isEqualTo(CallbackStatus.PENDING);
        assertThat(callback.createdAt()).isEqualTo(T0);
        assertThat(callback.dueAt()).isEqualTo(DUE);
        assertThat(callback.completedAt()).isNull();
        assertThat(callback.notifiedAt()).isNull();
        assertThat(callback.note()).isNull();
    }

    @Test
    void dueFromItsTimeOverdueOnlyAfterTheGrace() {
        Callback callback = Callback.create(UUID.randomUUID(), AGENT, DUE, T0);
        assertThat(callback.due(DUE.minusSeconds(1))).isFalse();
        assertThat(callback.due(DUE)).isTrue();
        assertThat(callback.overdue(DUE, OVERDUE_AFTER)).isFalse();
        assertThat(callback.overdue(DUE.plus(OVERDUE_AFTER), OVERDUE_AFTER)).as("exactly at the grace's end").isFalse();
        assertThat(callback.overdue(DUE.plus(OVERDUE_AFTER).plusSeconds(1), OVERDUE_AFTER)).isTrue();
        assertThat(callback.overdue(DUE.minusSeconds(1), Duration.ZERO)).as("not due yet, so not overdue").isFalse();
    }

    @Test
    void completingAPendingCallbackRecordsTheNoteAndTheTime() {
        Callback callback = Callback.create(UUID.randomUUID(), AGENT, DUE, T0);
        callback.complete("Sudah ditelepon", DUE.plusSeconds(30));
        assertThat(callback.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(callback.note()).isEqualTo("Sudah ditelepon");
        assertThat(callback.completedAt()).isEqualTo(DUE.plusSeconds(30));
        assertThat(callback.due(DUE.plusSeconds(3600))).as("done: never due again").isFalse();
        assertThat(callback.overdue(DUE.plusSeconds(3600), OVERDUE_AFTER)).isFalse();
    }

    @Test
    void cancellingAPendingCallbackEndsIt() {
        Callback callback = Callback.create(UUID.randomUUID(), AGENT, DUE, T0);
        callback.cancel(T0.plusSeconds(100));
        assertThat(callback.status()).isEqualTo(CallbackStatus.CANCELLED);
        assertThat(callback.completedAt()).isEqualTo(T0.plusSeconds(100));
        assertThat(callback.due(DUE.plusSeconds(1))).isFalse();
    }

    @Test
    void aFinishedCallbackCannotBeCompletedAndStaysAsItIsWhenCancelled() {
        Callback done = Callback.create(UUID.randomUUID(), AGENT, DUE, T0);
        done.complete("Pertama", DUE);
        assertRefused(() -> done.complete("Kedua", DUE.plusSeconds(1)), CallbackStatus.DONE, Step.CALLBACK_COMPLETION);
        assertThat(done.note()).isEqualTo("Pertama");
        done.cancel(DUE.plusSeconds(2));
        assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(done.completedAt()).isEqualTo(DUE);

        Callback cancelled = Callback.create(UUID.randomUUID(), AGENT, DUE, T0);
        cancelled.cancel(T0);
        assertRefused(() -> cancelled.complete("Terlambat", DUE), CallbackStatus.CANCELLED, Step.CALLBACK_COMPLETION);
        assertThat(cancelled.note()).isNull();
        cancelled.cancel(DUE);
        assertThat(cancelled.status()).isEqualTo(CallbackStatus.CANCELLED);
        assertThat(cancelled.completedAt()).isEqualTo(T0);
    }

    @Test
    void aComplaintIsReceivedWithEverythingTheComplainantGave() {
        Complaint complaint = received();
        assertThat(complaint.id()).isNotNull();
        assertThat(complaint.trackingCode()).isEqualTo("ABCDE-FGHJK");
        assertThat(complaint.kind()).isEqualTo(ComplaintKind.SUGGESTION);
        assertThat(complaint.channel()).isEqualTo(ComplaintChannel.PHONE);
        assertThat(complaint.service()).isEqualTo(ServiceConcerned.TRAINING);
        assertThat(complaint.complainantName()).isEqualTo("Nama");
        assertThat(complaint.complainantPhone()).isEqualTo("081299999999");
        assertThat(complaint.complainantEmail()).isNull();
        assertThat(complaint.content()).isEqualTo("Isi saran");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(complaint.receivedAt()).isEqualTo(T0);
        assertThat(complaint.recordedBy()).isEqualTo(AGENT);
        assertThat(complaint.answer()).isNull();
        assertThat(complaint.answeredAt()).isNull();
    }

    @Test
    void aComplaintIsAnsweredOnceAndTheSecondAnswerChangesNothing() {
        Complaint complaint = received();
        complaint.answer("Jawaban pertama", OFFICER, T0.plusSeconds(60));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ANSWERED);
        assertThat(complaint.answer()).isEqualTo("Jawaban pertama");
        assertThat(complaint.answeredBy()).isEqualTo(OFFICER);
        assertThat(complaint.answeredAt()).isEqualTo(T0.plusSeconds(60));

        assertRefused(() -> complaint.answer("Jawaban kedua", OTHER, T0.plusSeconds(120)), ComplaintStatus.ANSWERED,
                Step.COMPLAINT_RESPONSE);
        assertThat(complaint.answer()).isEqualTo("Jawaban pertama");
        assertThat(complaint.answeredBy()).isEqualTo(OFFICER);
        assertThat(complaint.answeredAt()).isEqualTo(T0.plusSeconds(60));
    }

    private static Complaint received() {
        return Complaint.receive("ABCDE-FGHJK", ComplaintKind.SUGGESTION, ComplaintChannel.PHONE,
                ServiceConcerned.TRAINING, "Nama", "081299999999", null, "Isi saran", AGENT, T0);
    }

    private static void assertRefused(Runnable move, Enum<?> state, Step action) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("invalid-transition");
            assertThat(e.args()).containsExactly(state, action);
        });
    }
}
