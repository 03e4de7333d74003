package id.go.madiunkota.helpdesk.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every move of the consultation in every state it can be in: the allowed ones land in the state the seed's flowchart
 * names, the others are refused with 409 {@code invalid-transition} naming the state and the action, and change
 * nothing (status, answer, escalations, closing data).
 */
class ConsultationStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");
    private static final Staff AGENT = new Staff("5f0c-agen-satu", "agen.satu");

    /** The moves, by the action name a refusal carries. */
    private static final Map<Step, Consumer<Consultation>> MOVES = Map.of(
            Step.RESOLUTION, c -> c.resolve("Jawaban langsung", AGENT, T0.plusSeconds(900)),
            Step.ESCALATION, c -> c.escalate("Tanya LKPP", AGENT, UUID.randomUUID(), T0.plusSeconds(900)),
            Step.LKPP_ANSWER, c -> c.recordLkppAnswer("Jawaban LKPP", "LKPP-9", AGENT, T0.plusSeconds(900)),
            Step.RELAY, c -> c.relay(true, T0.plusSeconds(900)),
            Step.CLOSURE, c -> c.close(AGENT, 30, T0.plusSeconds(900)));

    /** The states a consultation can be in, each built by the moves that lead to it. */
    private static final Map<String, Supplier<Consultation>> STATES = Map.of(
            "open", ConsultationStateMachineTest::opened,
            "resolved", ConsultationStateMachineTest::resolved,
            "escalated", ConsultationStateMachineTest::escalated,
            "answered, not relayed", ConsultationStateMachineTest::answered,
            "answered and accepted", ConsultationStateMachineTest::accepted,
            "open again after a refused answer", ConsultationStateMachineTest::reopened,
            "closed", ConsultationStateMachineTest::closed);

    /** Which moves each state allows; every other one is refused. */
    private static final Map<String, Set<Step>> ALLOWED = Map.of(
            "open", Set.of(Step.RESOLUTION, Step.ESCALATION),
            "resolved", Set.of(Step.CLOSURE),
            "escalated", Set.of(Step.LKPP_ANSWER),
            "answered, not relayed", Set.of(Step.RELAY),
            "answered and accepted", Set.of(Step.CLOSURE),
            "open again after a refused answer", Set.of(Step.RESOLUTION, Step.ESCALATION),
            "closed", Set.of());

    @Test
    void everyStateAllowsExactlyTheMovesOfTheFlowchart() {
        for (var state : STATES.entrySet()) {
            for (var move : MOVES.entrySet()) {
                Consultation c = state.getValue().get();
                boolean allowed = ALLOWED.get(state.getKey()).contains(move.getKey());
                if (allowed) {
                    move.getValue().accept(c);
                } else {
                    ConsultationStatus before = c.status();
                    int escalations = c.escalations().size();
                    String answer = c.answer();
                    assertThatThrownBy(() -> move.getValue().accept(c))
                            .as("%s in state %s", move.getKey(), state.getKey())
                            .isInstanceOfSatisfying(DomainException.class, e -> {
                                assertThat(e.status()).isEqualTo(409);
                                assertThat(e.code()).isEqualTo("invalid-transition");
                                assertThat(e.args()).containsExactly(before, move.getKey());
                            });
                    assertThat(c.status()).as("status after a refused %s", move.getKey()).isEqualTo(before);
                    assertThat(c.escalations()).hasSize(escalations);
                    assertThat(c.answer()).isEqualTo(answer);
                }
            }
        }
    }

    @Test
    void theAllowedMovesLandWhereTheFlowchartSays() {
        Consultation direct = opened();
        direct.resolve("Jawaban", AGENT, T0.plusSeconds(60));
        assertThat(direct.status()).isEqualTo(ConsultationStatus.RESOLVED);
        assertThat(direct.answer()).isEqualTo("Jawaban");
        assertThat(direct.resolvedBy()).isEqualTo(AGENT);
        assertThat(direct.resolvedAt()).isEqualTo(T0.plusSeconds(60));
        direct.close(AGENT, 30, T0.plusSeconds(120));
        assertThat(direct.status()).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(direct.closing().closedBy()).isEqualTo(AGENT);
        assertThat(direct.closing().closedAt()).isEqualTo(T0.plusSeconds(120));

        Consultation viaLkpp = opened();
        UUID callback = UUID.randomUUID();
        Escalation escalation = viaLkpp.escalate("Tanya LKPP", AGENT, callback, T0.plusSeconds(60));
        assertThat(viaLkpp.status()).isEqualTo(ConsultationStatus.ESCALATED);
        assertThat(escalation.number()).isEqualTo(1);
        assertThat(escalation.callbackId()).isEqualTo(callback);
        assertThat(escalation.escalatedBy()).isEqualTo(AGENT);
        assertThat(escalation.escalatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(viaLkpp.escalationCount()).isEqualTo(1);
        assertThat(viaLkpp.currentEscalation()).isSameAs(escalation);

        viaLkpp.recordLkppAnswer("Jawaban LKPP", "LKPP-1", AGENT, T0.plusSeconds(360));
        assertThat(viaLkpp.status()).isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(escalation.answer()).isEqualTo("Jawaban LKPP");
        assertThat(escalation.lkppReference()).isEqualTo("LKPP-1");
        assertThat(escalation.answerRecordedBy()).isEqualTo(AGENT);
        assertThat(escalation.answeredAt()).isEqualTo(T0.plusSeconds(360));
        assertThat(escalation.lkppWait()).hasSeconds(300);
        assertThat(viaLkpp.lkppWaitSeconds()).isEqualTo(300);
        assertThat(viaLkpp.answer()).as("a direct answer only").isNull();

        viaLkpp.relay(true, T0.plusSeconds(400));
        assertThat(viaLkpp.status()).isEqualTo(ConsultationStatus.ANSWERED);
        assertThat(escalation.accepted()).isTrue();
        assertThat(escalation.relayedAt()).isEqualTo(T0.plusSeconds(400));
        viaLkpp.close(AGENT, 30, T0.plusSeconds(500));
        assertThat(viaLkpp.status()).isEqualTo(ConsultationStatus.CLOSED);
    }

    @Test
    void aRefusedAnswerGoesBackToConsultingAndMayBeAnsweredDirectlyThen() {
        Consultation c = reopened();
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.currentEscalation().accepted()).isFalse();
        c.resolve("Dijelaskan ulang oleh agen", AGENT, T0.plusSeconds(1000));
        c.close(AGENT, 30, T0.plusSeconds(1100));
        assertThat(c.status()).isEqualTo(ConsultationStatus.CLOSED);
        assertThat(c.escalationCount()).isEqualTo(1);
        assertThat(c.answer()).isEqualTo("Dijelaskan ulang oleh agen");
    }

    @Test
    void escalationsAreNumberedInOrderAndOnlyTheCurrentOneIsAnswered() {
        Consultation c = reopened();
        Escalation second = c.escalate("Kedua", AGENT, UUID.randomUUID(), T0.plusSeconds(1200));
        assertThat(second.number()).isEqualTo(2);
        assertThat(c.escalations()).extracting(Escalation::number).containsExactly(1, 2);
        c.recordLkppAnswer("Jawaban kedua", "LKPP-2", AGENT, T0.plusSeconds(1320));
        assertThat(c.escalations().get(0).lkppReference()).isEqualTo("LKPP-1");
        assertThat(second.lkppReference()).isEqualTo("LKPP-2");
        assertThat(c.lkppWaitSeconds()).as("5 minutes, then 2").isEqualTo(300 + 120);
        assertThatThrownBy(() -> c.escalations().clear()).as("the list cannot be changed from outside")
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEscalationStillAwaitedCountsNoLkppWait() {
        Consultation c = escalated();
        assertThat(c.currentEscalation().lkppWait()).isZero();
        assertThat(c.lkppWaitSeconds()).isZero();
        assertThat(opened().currentEscalation()).isNull();
    }

    @Test
    void theTimingOfAnOpenConsultationRunsAgainstTheTargetInForce() {
        Consultation c = opened();
        ConsultationTiming early = c.timing(T0.plusSeconds(29 * 60), 30);
        assertThat(early).isEqualTo(new ConsultationTiming(30, 29, 0, true));
        ConsultationTiming exactly = c.timing(T0.plusSeconds(30 * 60), 30);
        assertThat(exactly.withinTarget()).isTrue();
        ConsultationTiming late = c.timing(T0.plusSeconds(30 * 60 + 1), 30);
        assertThat(late.withinTarget()).isFalse();
        assertThat(late.elapsedMinutes()).isEqualTo(30);
        assertThat(c.timing(T0.plusSeconds(40 * 60), 45)).as("a longer target in force")
                .isEqualTo(new ConsultationTiming(45, 40, 0, true));
    }

    @Test
    void theTimingOfAClosedConsultationIsFixedAtClosing() {
        Consultation c = accepted();
        c.close(AGENT, 30, T0.plusSeconds(25 * 60));
        ConsultationTiming timing = c.timing(T0.plusSeconds(5 * 3600), 60);
        assertThat(timing).as("the target recorded at closing, the time to closing, whatever now is")
                .isEqualTo(new ConsultationTiming(30, 25, 300, true));
        assertThat(c.closing().targetMinutes()).isEqualTo(30);
        assertThat(c.closing().withinTarget()).isTrue();
    }

    @Test
    void theOpeningRecordsTheCallerTheNeedAndTheAgent() {
        Consultation c = opened();
        assertThat(c.id()).isNotNull();
        assertThat(c.status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(c.channel()).isEqualTo(ConsultationChannel.PHONE);
        assertThat(c.caller().name()).isEqualTo("Nama Penelepon");
        assertThat(c.caller().role()).isEqualTo(CallerRole.PROVIDER);
        assertThat(c.caller().organization()).isEqualTo("CV Contoh");
        assertThat(c.caller().phone()).isEqualTo("081200000000");
        assertThat(c.topic()).isEqualTo(Topic.TENDER);
        assertThat(c.question()).isEqualTo("Pertanyaan");
        assertThat(c.agent()).isEqualTo(AGENT);
        assertThat(c.openedAt()).isEqualTo(T0);
        assertThat(c.escalations()).isEmpty();
        assertThat(c.closing()).isNull();
        assertThat(c.resolvedBy()).isNull();
    }

    @Test
    void onlyPhoneAndSmsNeedTheCallersNumber() {
        assertThat(EnumSet.allOf(ConsultationChannel.class).stream().filter(ConsultationChannel::needsPhone))
                .containsExactlyInAnyOrder(ConsultationChannel.PHONE, ConsultationChannel.SMS);
    }

    static Consultation opened() {
        return Consultation.open(ConsultationChannel.PHONE,
                new CallerDetails("Nama Penelepon", CallerRole.PROVIDER, "CV Contoh", "081200000000"),
                Topic.TENDER, "Pertanyaan", AGENT, T0);
    }

    private static Consultation resolved() {
        Consultation c = opened();
        c.resolve("Jawaban", AGENT, T0.plusSeconds(60));
        return c;
    }

    private static Consultation escalated() {
        Consultation c = opened();
        c.escalate("Tanya LKPP", AGENT, UUID.randomUUID(), T0.plusSeconds(60));
        return c;
    }

    private static Consultation answered() {
        Consultation c = escalated();
        c.recordLkppAnswer("Jawaban LKPP", "LKPP-1", AGENT, T0.plusSeconds(360));
        return c;
    }

    private static Consultation accepted() {
        Consultation c = answered();
        c.relay(true, T0.plusSeconds(400));
        return c;
    }

    private static Consultation reopened() {
        Consultation c = answered();
        c.relay(false, T0.plusSeconds(400));
        return c;
    }

    private static Consultation closed() {
        Consultation c = resolved();
        c.close(AGENT, 30, T0.plusSeconds(120));
        return c;
    }
}
