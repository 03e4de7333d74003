package id.go.madiunkota.ppid.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The state machine of an objection, on the entity alone: {@code FILED → DECIDED → ACCEPTED | ESCALATED}, and
 * {@code FILED → ESCALATED} on the superior's silence; every other move is a 409 that changes nothing. The dispute
 * windows (14 working days after the answer, or after the lapse of the superior's 30) are checked at both ends.
 */
class ObjectionStateTest {

    static final LocalDate FILED_ON = LocalDate.parse("2026-04-07");
    static final LocalDate DUE = LocalDate.parse("2026-05-22");
    static final LocalDate SILENCE_WINDOW_END = LocalDate.parse("2026-06-17");
    static final LocalDate DECIDED_ON = LocalDate.parse("2026-04-20");
    static final LocalDate DISPUTE_DUE = LocalDate.parse("2026-05-11");
    static final Instant NOW = Instant.parse("2026-04-20T03:00:00Z");
    static final Actor SUPERIOR = new Actor("atasan-1", "atasan.satu");
    static final Actor CITIZEN = new Actor("citizen-1", "warga.satu");
    static final String CASE = "031/VI/KI-JATIM-PS/2026";

    enum Action {
        DECIDE(o -> o.decide(ObjectionOutcome.UPHELD, "Pengecualian sudah diuji", DECIDED_ON, SUPERIOR, DISPUTE_DUE,
                NOW)),
        ACCEPT(o -> o.accept(NOW)),
        ESCALATE(o -> o.escalate(CASE, DECIDED_ON.plusDays(1), NOW)),
        ESCALATE_ON_SILENCE(o -> o.escalateOnSilence(CASE, DUE.plusDays(3), DUE.plusDays(3), SILENCE_WINDOW_END,
                NOW)),
        RECORD_OUTCOME(o -> o.recordDisputeOutcome(DisputeOutcome.MEDIATION_AGREEMENT, LocalDate.parse("2026-07-01"),
                CASE, NOW));

        final Consumer<Objection> move;

        Action(Consumer<Objection> move) {
            this.move = move;
        }
    }

    static final Map<Action, Set<ObjectionStatus>> ALLOWED_FROM = Map.of(
            Action.DECIDE, EnumSet.of(ObjectionStatus.FILED),
            Action.ACCEPT, EnumSet.of(ObjectionStatus.DECIDED),
            Action.ESCALATE, EnumSet.of(ObjectionStatus.DECIDED),
            Action.ESCALATE_ON_SILENCE, EnumSet.of(ObjectionStatus.FILED),
            Action.RECORD_OUTCOME, EnumSet.of(ObjectionStatus.ESCALATED));

    static final Map<Action, ObjectionStatus> LEADS_TO = Map.of(
            Action.DECIDE, ObjectionStatus.DECIDED,
            Action.ACCEPT, ObjectionStatus.ACCEPTED,
            Action.ESCALATE, ObjectionStatus.ESCALATED,
            Action.ESCALATE_ON_SILENCE, ObjectionStatus.ESCALATED,
            Action.RECORD_OUTCOME, ObjectionStatus.ESCALATED);

    @ParameterizedTest
    @EnumSource(ObjectionStatus.class)
    void fromEveryStatusEachActionIsDoneOrRefusedWithoutChange(ObjectionStatus from) {
        for (Action action : Action.values()) {
            Objection objection = in(from);
            if (ALLOWED_FROM.get(action).contains(from)) {
                action.move.accept(objection);
                assertThat(objection.status()).as("%s from %s", action, from).isEqualTo(LEADS_TO.get(action));
            } else {
                DomainException refused = catchThrowableOfType(DomainException.class,
                        () -> action.move.accept(objection));
                assertThat(refused).as("%s from %s", action, from).isNotNull();
                assertThat(refused.status()).isEqualTo(409);
                assertThat(refused.code()).isEqualTo("invalid-transition");
                assertThat(objection.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void aNewObjectionKeepsItsGroundsDatesAndWhoFiledIt() {
        Set<ObjectionGround> grounds = EnumSet.of(ObjectionGround.REQUEST_NOT_ANSWERED, ObjectionGround.LATE_ANSWER);
        Objection objection = Objection.file("KEBERATAN/2026/000001", UUID.randomUUID(), grounds, "Tidak ditanggapi",
                FILED_ON, CITIZEN, Objection.FiledVia.OWNER, DUE, SILENCE_WINDOW_END, "v1", NOW);
        grounds.clear();
        objection.grounds().add(ObjectionGround.UNREASONABLE_COST);
        assertThat(objection.grounds()).containsExactlyInAnyOrder(ObjectionGround.REQUEST_NOT_ANSWERED,
                ObjectionGround.LATE_ANSWER);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.FILED);
        assertThat(objection.filedOn()).isEqualTo(FILED_ON);
        assertThat(objection.filedVia()).isEqualTo(Objection.FiledVia.OWNER);
        assertThat(objection.dueDate()).isEqualTo(DUE);
        assertThat(objection.silenceDisputeDueDate()).isEqualTo(SILENCE_WINDOW_END);
        assertThat(objection.outcome()).isNull();
        assertThat(objection.disputeOnSilence()).isFalse();
    }

    @Test
    void theSuperiorsDecisionOpensTheDisputeWindow() {
        Objection objection = filed();
        objection.decide(ObjectionOutcome.OVERTURNED, "Wajib dibuka", DECIDED_ON, SUPERIOR, DISPUTE_DUE, NOW);
        assertThat(objection.outcome()).isEqualTo(ObjectionOutcome.OVERTURNED);
        assertThat(objection.decisionReason()).isEqualTo("Wajib dibuka");
        assertThat(objection.decidedOn()).isEqualTo(DECIDED_ON);
        assertThat(objection.disputeDueDate()).isEqualTo(DISPUTE_DUE);
    }

    @Test
    void aDisputeAfterTheAnswerIsFiledFromTheAnswerToTheLastDayOfTheWindow() {
        for (LocalDate inside : new LocalDate[] {DECIDED_ON, DISPUTE_DUE}) {
            Objection objection = in(ObjectionStatus.DECIDED);
            objection.escalate(CASE, inside, NOW);
            assertThat(objection.status()).isEqualTo(ObjectionStatus.ESCALATED);
            assertThat(objection.disputeFiledOn()).isEqualTo(inside);
            assertThat(objection.commissionCaseNumber()).isEqualTo(CASE);
            assertThat(objection.disputeOnSilence()).isFalse();
        }
        for (LocalDate outside : new LocalDate[] {DECIDED_ON.minusDays(1), DISPUTE_DUE.plusDays(1)}) {
            Objection objection = in(ObjectionStatus.DECIDED);
            DomainException refused = catchThrowableOfType(DomainException.class,
                    () -> objection.escalate(CASE, outside, NOW));
            assertThat(refused.status()).as("filed on %s", outside).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("objection.dispute-window");
            assertThat(refused.args()).containsExactly(DECIDED_ON, DISPUTE_DUE);
            assertThat(objection.status()).isEqualTo(ObjectionStatus.DECIDED);
            assertThat(objection.disputeFiledOn()).isNull();
        }
    }

    @Test
    void aDisputeWithoutACaseNumberIsRecordedToo() {
        Objection objection = in(ObjectionStatus.DECIDED);
        objection.escalate(null, DISPUTE_DUE, NOW);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.ESCALATED);
        assertThat(objection.commissionCaseNumber()).isNull();
    }

    @Test
    void onSilenceTheSuperiorKeepsTheirLastDay() {
        Objection objection = filed();
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> objection.escalateOnSilence(CASE, DUE, DUE, SILENCE_WINDOW_END, NOW));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("objection.superior-still-deciding");
        assertThat(refused.args()).containsExactly(DUE);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.FILED);
    }

    @Test
    void onSilenceTheDisputeIsFiledAfterTheLapseAndWithinFourteenWorkingDays() {
        LocalDate today = SILENCE_WINDOW_END.plusDays(5);
        for (LocalDate outside : new LocalDate[] {DUE, SILENCE_WINDOW_END.plusDays(1)}) {
            Objection objection = filed();
            DomainException refused = catchThrowableOfType(DomainException.class,
                    () -> objection.escalateOnSilence(CASE, outside, today, SILENCE_WINDOW_END, NOW));
            assertThat(refused.status()).as("filed on %s", outside).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("objection.silence-dispute-window");
            assertThat(refused.args()).containsExactly(DUE, SILENCE_WINDOW_END);
            assertThat(objection.status()).isEqualTo(ObjectionStatus.FILED);
        }
        Objection objection = filed();
        objection.escalateOnSilence(CASE, SILENCE_WINDOW_END, today, SILENCE_WINDOW_END, NOW);
        assertThat(objection.status()).isEqualTo(ObjectionStatus.ESCALATED);
        assertThat(objection.disputeOnSilence()).isTrue();
        assertThat(objection.decidedOn()).isNull();
        assertThat(objection.disputeFiledOn()).isEqualTo(SILENCE_WINDOW_END);
    }

    @Test
    void theCommissionsOutcomeIsRecordedOnceAndNotBeforeTheFiling() {
        Objection objection = in(ObjectionStatus.ESCALATED);
        LocalDate filed = objection.disputeFiledOn();
        DomainException early = catchThrowableOfType(DomainException.class, () -> objection.recordDisputeOutcome(
                DisputeOutcome.ADJUDICATION_DECISION, filed.minusDays(1), CASE, NOW));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("objection.dispute-outcome-before-filing");
        assertThat(objection.disputeOutcome()).isNull();

        objection.recordDisputeOutcome(DisputeOutcome.ADJUDICATION_DECISION, filed, "032/VI/KI-JATIM-PS/2026", NOW);
        assertThat(objection.disputeOutcome()).isEqualTo(DisputeOutcome.ADJUDICATION_DECISION);
        assertThat(objection.disputeOutcomeOn()).isEqualTo(filed);
        assertThat(objection.commissionCaseNumber()).isEqualTo("032/VI/KI-JATIM-PS/2026");
        assertThat(objection.status()).isEqualTo(ObjectionStatus.ESCALATED);

        DomainException again = catchThrowableOfType(DomainException.class, () -> objection.recordDisputeOutcome(
                DisputeOutcome.MEDIATION_AGREEMENT, filed.plusDays(1), CASE, NOW));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("objection.dispute-outcome-recorded");
        assertThat(objection.disputeOutcome()).isEqualTo(DisputeOutcome.ADJUDICATION_DECISION);
    }

    @ParameterizedTest
    @EnumSource(ObjectionStatus.class)
    void aCalendarChangeMovesOnlyTheDatesThatStillRun(ObjectionStatus status) {
        Objection objection = in(status);
        LocalDate due = objection.dueDate();
        LocalDate silenceEnd = objection.silenceDisputeDueDate();
        LocalDate disputeDue = objection.disputeDueDate();

        boolean dueMoved = objection.recomputeDueDate(due.plusDays(1), "v2", NOW);
        boolean silenceMoved = objection.recomputeSilenceDisputeDueDate(silenceEnd.plusDays(1), NOW);
        boolean disputeMoved = disputeDue != null && objection.recomputeDisputeDueDate(disputeDue.plusDays(1), "v2",
                NOW);

        assertThat(dueMoved).isEqualTo(status == ObjectionStatus.FILED);
        assertThat(silenceMoved).isEqualTo(status == ObjectionStatus.FILED);
        assertThat(disputeMoved).isEqualTo(status == ObjectionStatus.DECIDED);
        assertThat(objection.dueDate()).isEqualTo(dueMoved ? due.plusDays(1) : due);
        assertThat(objection.silenceDisputeDueDate()).isEqualTo(silenceMoved ? silenceEnd.plusDays(1) : silenceEnd);
        if (disputeDue != null) {
            assertThat(objection.disputeDueDate()).isEqualTo(disputeMoved ? disputeDue.plusDays(1) : disputeDue);
        }
        assertThat(objection.calendarVersion()).isEqualTo(dueMoved || disputeMoved ? "v2" : "v1");
        assertThat(objection.status()).isEqualTo(status);
    }

    @Test
    void aRecomputationToTheSameDayIsNoChange() {
        Objection objection = filed();
        assertThat(objection.recomputeDueDate(DUE, "v2", NOW)).isFalse();
        assertThat(objection.recomputeSilenceDisputeDueDate(SILENCE_WINDOW_END, NOW)).isFalse();
        assertThat(objection.calendarVersion()).isEqualTo("v1");
        Objection decided = in(ObjectionStatus.DECIDED);
        assertThat(decided.recomputeDisputeDueDate(DISPUTE_DUE, "v2", NOW)).isFalse();
    }

    @Test
    void everyGroundHasTheWordsOfTheLaw() {
        assertThat(ObjectionGround.values()).hasSize(7);
        for (ObjectionGround ground : ObjectionGround.values()) {
            assertThat(ground.text()).isNotBlank();
        }
        assertThat(ObjectionGround.REQUEST_NOT_ANSWERED.text()).isEqualTo("Tidak ditanggapinya permintaan informasi");
        assertThat(ExemptionGround.values()).hasSize(11);
        for (ExemptionGround ground : ExemptionGround.values()) {
            assertThat(ground.article()).startsWith("Pasal ");
            assertThat(ground.text()).isNotBlank();
        }
        assertThat(ExemptionGround.PASAL_6_3.article()).isEqualTo("Pasal 6 ayat (3)");
        assertThat(ExemptionGround.PASAL_17_J.article()).isEqualTo("Pasal 17 huruf j");
    }

    /** An objection filed by the holder of the tracking code on 7 April, due 22 May. */
    static Objection filed() {
        return Objection.file("KEBERATAN/2026/000001", UUID.randomUUID(), Set.of(ObjectionGround.REQUEST_NOT_ANSWERED),
                "Tidak ada tanggapan", FILED_ON, null, Objection.FiledVia.TRACKING_CODE, DUE, SILENCE_WINDOW_END, "v1",
                NOW);
    }

    static Objection in(ObjectionStatus status) {
        Objection objection = filed();
        if (status != ObjectionStatus.FILED) {
            objection.decide(ObjectionOutcome.UPHELD, "Sudah diuji", DECIDED_ON, SUPERIOR, DISPUTE_DUE, NOW);
        }
        if (status == ObjectionStatus.ACCEPTED) {
            objection.accept(NOW);
        }
        if (status == ObjectionStatus.ESCALATED) {
            objection.escalate(CASE, DECIDED_ON.plusDays(2), NOW);
        }
        assertThat(objection.status()).isEqualTo(status);
        return objection;
    }
}
