package id.go.madiunkota.ppid.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The state machine of a request, on the entity alone: from every status, every action is either done (the status
 * after it is the one the flow names) or refused with a 409 {@code invalid-transition} that changes nothing; and the
 * rules inside the allowed moves (the one extension, the decision's grounds, the delivery's date).
 */
class InformationRequestStateTest {

    static final Instant RECEIVED = Instant.parse("2026-03-13T03:00:00Z"); // Friday 10:00 in Madiun
    static final LocalDate RECEIVED_ON = LocalDate.parse("2026-03-13");
    static final LocalDate DUE = LocalDate.parse("2026-04-06");
    static final LocalDate EXTENDED_DUE = LocalDate.parse("2026-04-15");
    static final LocalDate TODAY = LocalDate.parse("2026-03-17");
    static final Instant NOW = Instant.parse("2026-03-17T03:00:00Z");
    static final Actor OFFICER = new Actor("officer-1", "petugas.satu");
    static final Instant LATER = Instant.parse("2026-03-18T03:00:00Z");

    /** One action of the flow, done with valid arguments so that only the status can refuse it. */
    enum Action {
        START_PROCESSING(r -> r.startProcessing(NOW)),
        EXTEND(r -> r.extend("Dihimpun dari tiga bidang", TODAY, EXTENDED_DUE, "v2", OFFICER, NOW)),
        DECIDE(r -> r.decide(DecisionOutcome.GRANTED, Set.of(), null, null, null, false, null, "Diberikan", TODAY,
                OFFICER, NOW)),
        DELIVER(r -> r.deliver(LATER, DeliveryMethod.EMAIL, LATER)),
        CLOSE(r -> r.close(LATER)),
        WITHDRAW(r -> r.withdraw("Tidak diperlukan lagi", NOW)),
        INVALIDATE(r -> r.invalidate("Bukan permohonan informasi", NOW));

        final Consumer<InformationRequest> move;

        Action(Consumer<InformationRequest> move) {
            this.move = move;
        }
    }

    /** The statuses each action is allowed from, and where it leads. */
    static final Map<Action, Set<RequestStatus>> ALLOWED_FROM = Map.of(
            Action.START_PROCESSING, EnumSet.of(RequestStatus.REGISTERED),
            Action.EXTEND, EnumSet.of(RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS),
            Action.DECIDE, RequestStatus.AWAITING_DECISION,
            Action.DELIVER, RequestStatus.DECIDED,
            Action.CLOSE, EnumSet.of(RequestStatus.DELIVERED),
            Action.WITHDRAW, RequestStatus.AWAITING_DECISION,
            Action.INVALIDATE, EnumSet.of(RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS));

    static final Map<Action, RequestStatus> LEADS_TO = Map.of(
            Action.START_PROCESSING, RequestStatus.IN_PROGRESS,
            Action.EXTEND, RequestStatus.EXTENDED,
            Action.DECIDE, RequestStatus.GRANTED,
            Action.DELIVER, RequestStatus.DELIVERED,
            Action.CLOSE, RequestStatus.CLOSED,
            Action.WITHDRAW, RequestStatus.WITHDRAWN,
            Action.INVALIDATE, RequestStatus.INVALID);

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void fromEveryStatusEachActionIsDoneOrRefusedWithoutChange(RequestStatus from) {
        for (Action action : Action.values()) {
            InformationRequest request = in(from);
            if (ALLOWED_FROM.get(action).contains(from)) {
                action.move.accept(request);
                assertThat(request.status()).as("%s from %s", action, from).isEqualTo(LEADS_TO.get(action));
            } else {
                Object dueBefore = request.deadline().dueDate();
                DomainException refused = catchThrowableOfType(DomainException.class,
                        () -> action.move.accept(request));
                assertThat(refused).as("%s from %s", action, from).isNotNull();
                assertThat(refused.status()).isEqualTo(409);
                assertThat(refused.code()).isEqualTo("invalid-transition");
                assertThat(request.status()).as("unchanged after %s", action).isEqualTo(from);
                assertThat(request.deadline().dueDate()).isEqualTo(dueBefore);
            }
        }
    }

    @Test
    void theHappyPathRunsFromRegisteredToClosed() {
        InformationRequest request = registered();
        assertThat(request.status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(request.decision().outcome()).isNull();
        request.startProcessing(NOW);
        request.extend("Dihimpun dari tiga bidang", TODAY, EXTENDED_DUE, "v2", OFFICER, NOW);
        assertThat(request.deadline().extended()).isTrue();
        assertThat(request.deadline().extendedOn()).isEqualTo(TODAY);
        assertThat(request.deadline().extensionReason()).isEqualTo("Dihimpun dari tiga bidang");
        assertThat(request.deadline().dueDate()).isEqualTo(EXTENDED_DUE);
        assertThat(request.deadline().calendarVersion()).isEqualTo("v2");
        assertThat(request.deadline().receivedOn()).isEqualTo(RECEIVED_ON);
        assertThat(request.deadline().receivedAt()).isEqualTo(RECEIVED);
        request.decide(DecisionOutcome.PARTIALLY_GRANTED, Set.of(ExemptionGround.PASAL_17_H), "Data pihak ketiga",
                "Lampiran NIK penerima", null, false, CopyFormat.HARDCOPY, "Sebagian", TODAY, OFFICER, NOW);
        assertThat(request.status()).isEqualTo(RequestStatus.PARTIALLY_GRANTED);
        request.deliver(LATER, DeliveryMethod.PICKUP, LATER);
        assertThat(request.deliveredAt()).isEqualTo(LATER);
        assertThat(request.deliveredByMethod()).isEqualTo(DeliveryMethod.PICKUP);
        request.close(LATER);
        assertThat(request.status()).isEqualTo(RequestStatus.CLOSED);
        assertThat(request.endedReason()).isNull();
    }

    @Test
    void theOneExtensionIsGivenOnce() {
        InformationRequest request = registered();
        request.extend("Pertama", TODAY, EXTENDED_DUE, "v2", OFFICER, NOW);
        assertThatThrownBy(() -> request.extend("Kedua", TODAY, EXTENDED_DUE.plusDays(7), "v2", OFFICER, NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("invalid-transition"));
        assertThat(request.deadline().dueDate()).isEqualTo(EXTENDED_DUE);
        assertThat(request.deadline().extensionReason()).isEqualTo("Pertama");
    }

    @Test
    void anExtensionAfterTheDueDateIsTooLateAndOnTheDueDateStillOnTime() {
        InformationRequest late = registered();
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> late.extend("Terlambat", DUE.plusDays(1), EXTENDED_DUE, "v2", OFFICER, NOW));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("request.extension-too-late");
        assertThat(refused.args()).containsExactly(DUE);
        assertThat(late.status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(late.deadline().extended()).isFalse();

        InformationRequest lastDay = registered();
        lastDay.extend("Hari terakhir", DUE, EXTENDED_DUE, "v2", OFFICER, NOW);
        assertThat(lastDay.status()).isEqualTo(RequestStatus.EXTENDED);
    }

    @Test
    void anExtensionThatAddsNoTimeIsRefusedAndStaysAvailable() {
        InformationRequest request = registered();
        for (LocalDate noLater : new LocalDate[] {DUE, DUE.minusDays(1)}) {
            DomainException refused = catchThrowableOfType(DomainException.class,
                    () -> request.extend("Tanpa tambahan", TODAY, noLater, "v2", OFFICER, NOW));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("request.extension-adds-no-time");
            assertThat(refused.args()).containsExactly(noLater, DUE);
        }
        assertThat(request.deadline().extended()).isFalse();
        request.extend("Dengan tambahan", TODAY, DUE.plusDays(1), "v2", OFFICER, NOW);
        assertThat(request.deadline().dueDate()).isEqualTo(DUE.plusDays(1));
    }

    @Test
    void aWithholdingDecisionNeedsGroundsAndTheConsequenceTest() {
        for (DecisionOutcome outcome : new DecisionOutcome[] {DecisionOutcome.REJECTED,
                DecisionOutcome.PARTIALLY_GRANTED}) {
            assertUnprocessable(outcome, Set.of(), "Uji", "Bagian", "request.grounds-required");
            assertUnprocessable(outcome, Set.of(ExemptionGround.PASAL_17_A), null, "Bagian",
                    "request.grounds-required");
            assertUnprocessable(outcome, Set.of(ExemptionGround.PASAL_17_A), "  ", "Bagian",
                    "request.grounds-required");
        }
        assertUnprocessable(DecisionOutcome.PARTIALLY_GRANTED, Set.of(ExemptionGround.PASAL_6_3), "Uji", null,
                "request.withheld-parts-required");
        assertUnprocessable(DecisionOutcome.PARTIALLY_GRANTED, Set.of(ExemptionGround.PASAL_6_3), "Uji", " ",
                "request.withheld-parts-required");
        assertUnprocessable(DecisionOutcome.GRANTED, Set.of(ExemptionGround.PASAL_17_C), null, null,
                "request.grounds-not-allowed");
    }

    @Test
    void aRejectionNeedsNoWithheldParts() {
        InformationRequest request = registered();
        request.decide(DecisionOutcome.REJECTED, EnumSet.of(ExemptionGround.PASAL_17_A, ExemptionGround.PASAL_17_J),
                "Membuka menghambat penyidikan", null, null, false, null, "Ditolak", TODAY, OFFICER, NOW);
        assertThat(request.status()).isEqualTo(RequestStatus.REJECTED);
        assertThat(request.decision().exemptionGrounds())
                .containsExactlyInAnyOrder(ExemptionGround.PASAL_17_A, ExemptionGround.PASAL_17_J);
        assertThat(request.decision().consequenceTest()).isEqualTo("Membuka menghambat penyidikan");
        assertThat(request.decision().decidedOn()).isEqualTo(TODAY);
        assertThat(request.decision().decidedAt()).isEqualTo(NOW);
        assertThat(request.decision().cost()).isZero();
    }

    @Test
    void theDecisionKeepsTheRequestedCopyFormatUnlessItNamesAnother() {
        InformationRequest asked = registered();
        asked.decide(DecisionOutcome.GRANTED, Set.of(), null, null, null, false, null, null, TODAY, OFFICER, NOW);
        assertThat(asked.decision().copyFormat()).isEqualTo(CopyFormat.SOFTCOPY);
        InformationRequest other = registered();
        other.decide(DecisionOutcome.GRANTED, Set.of(), null, null, null, false, CopyFormat.HARDCOPY, null, TODAY,
                OFFICER, NOW);
        assertThat(other.decision().copyFormat()).isEqualTo(CopyFormat.HARDCOPY);
    }

    @Test
    void theGroundsGivenAreACopyNotTheCallersSet() {
        InformationRequest request = registered();
        Set<ExemptionGround> grounds = EnumSet.of(ExemptionGround.PASAL_17_H);
        request.decide(DecisionOutcome.REJECTED, grounds, "Uji", null, null, false, null, null, TODAY, OFFICER, NOW);
        grounds.add(ExemptionGround.PASAL_17_A);
        request.decision().exemptionGrounds().add(ExemptionGround.PASAL_17_B);
        assertThat(request.decision().exemptionGrounds()).containsExactly(ExemptionGround.PASAL_17_H);
    }

    @Test
    void notHeldNamesTheHolderOrSaysItIsUnknownButNotBoth() {
        assertInvalid(null, false, "heldBy", "request.held-by-required");
        assertInvalid("   ", false, "heldBy", "request.held-by-required");
        assertInvalid("BPS Kota Madiun", true, "holderUnknown", "request.held-by-or-unknown");

        InformationRequest named = registered();
        named.decide(DecisionOutcome.NOT_HELD, Set.of(), null, null, "  BPS Kota Madiun  ", false, null, null, TODAY,
                OFFICER, NOW);
        assertThat(named.decision().heldBy()).isEqualTo("BPS Kota Madiun");
        assertThat(named.decision().holderUnknown()).isFalse();
        InformationRequest unknown = registered();
        unknown.decide(DecisionOutcome.NOT_HELD, Set.of(), null, null, null, true, null, null, TODAY, OFFICER, NOW);
        assertThat(unknown.decision().heldBy()).isNull();
        assertThat(unknown.decision().holderUnknown()).isTrue();
        assertThat(unknown.status()).isEqualTo(RequestStatus.NOT_HELD);
    }

    @Test
    void aHolderNamedOnAGrantIsNotKeptAsBlank() {
        InformationRequest request = registered();
        request.decide(DecisionOutcome.GRANTED, Set.of(), null, null, " ", false, null, null, TODAY, OFFICER, NOW);
        assertThat(request.decision().heldBy()).isNull();
    }

    @Test
    void aDeliveryIsDatedBetweenTheDecisionAndNow() {
        InformationRequest request = registered();
        request.decide(DecisionOutcome.GRANTED, Set.of(), null, null, null, false, null, null, TODAY, OFFICER, NOW);
        DomainException early = catchThrowableOfType(DomainException.class,
                () -> request.deliver(NOW.minusSeconds(1), DeliveryMethod.EMAIL, LATER));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("request.delivery-before-decision");
        assertThat(early.args()).containsExactly(TODAY);
        InvalidInputException future = catchThrowableOfType(InvalidInputException.class,
                () -> request.deliver(LATER.plusSeconds(1), DeliveryMethod.EMAIL, LATER));
        assertThat(future.messageKeysByField()).containsExactly(Map.entry("deliveredAt", "request.delivery-in-future"));
        assertThat(request.status()).isEqualTo(RequestStatus.GRANTED);
        assertThat(request.deliveredAt()).isNull();

        request.deliver(NOW, DeliveryMethod.COURIER, LATER); // the very moment of the decision is allowed
        assertThat(request.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(request.deliveredByMethod()).isEqualTo(DeliveryMethod.COURIER);
    }

    @Test
    void theSideExitsKeepTheirReason() {
        InformationRequest withdrawn = registered();
        withdrawn.startProcessing(NOW);
        withdrawn.withdraw("Sudah didapat dari situs web", LATER);
        assertThat(withdrawn.status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(withdrawn.endedReason()).isEqualTo("Sudah didapat dari situs web");

        InformationRequest invalid = registered();
        invalid.invalidate("Bukan permohonan informasi publik", NOW);
        assertThat(invalid.status()).isEqualTo(RequestStatus.INVALID);
        assertThat(invalid.endedReason()).isEqualTo("Bukan permohonan informasi publik");
    }

    @ParameterizedTest
    @EnumSource(RequestStatus.class)
    void aCalendarChangeMovesTheDueDateOnlyWhileTheDeadlineRuns(RequestStatus status) {
        InformationRequest request = in(status);
        LocalDate before = request.deadline().dueDate();
        boolean moved = request.recomputeDueDate(before.plusDays(1), "v3", LATER);
        assertThat(moved).isEqualTo(status.awaitingDecision());
        assertThat(request.deadline().dueDate()).isEqualTo(moved ? before.plusDays(1) : before);
        assertThat(request.status()).isEqualTo(status);
        if (moved) {
            assertThat(request.deadline().calendarVersion()).isEqualTo("v3");
            assertThat(request.deadline().extended()).isEqualTo(status == RequestStatus.EXTENDED);
        }
    }

    @Test
    void aRecomputationToTheSameDayIsNoChange() {
        InformationRequest request = registered();
        assertThat(request.recomputeDueDate(DUE, "v3", LATER)).isFalse();
        assertThat(request.deadline().calendarVersion()).isEqualTo("v1");
    }

    @Test
    void aRecomputationKeepsTheExtensionItMoves() {
        InformationRequest request = registered();
        request.extend("Dihimpun", TODAY, EXTENDED_DUE, "v2", OFFICER, NOW);
        request.recomputeDueDate(EXTENDED_DUE.plusDays(1), "v3", LATER);
        assertThat(request.deadline().extendedOn()).isEqualTo(TODAY);
        assertThat(request.deadline().extensionReason()).isEqualTo("Dihimpun");
        assertThat(request.deadline().receivedOn()).isEqualTo(RECEIVED_ON);
    }

    @Test
    void theStatusSetsPartitionTheOpenAndTheDecided() {
        assertThat(RequestStatus.AWAITING_DECISION)
                .containsExactlyInAnyOrder(RequestStatus.REGISTERED, RequestStatus.IN_PROGRESS, RequestStatus.EXTENDED);
        assertThat(RequestStatus.DECIDED).containsExactlyInAnyOrder(RequestStatus.GRANTED,
                RequestStatus.PARTIALLY_GRANTED, RequestStatus.REJECTED, RequestStatus.NOT_HELD);
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            assertThat(outcome.status().decided()).isTrue();
            assertThat(outcome.status().name()).isEqualTo(outcome.name());
        }
        assertThat(EnumSet.of(DecisionOutcome.REJECTED, DecisionOutcome.PARTIALLY_GRANTED))
                .allMatch(DecisionOutcome::withholds);
        assertThat(EnumSet.of(DecisionOutcome.GRANTED, DecisionOutcome.NOT_HELD)).noneMatch(DecisionOutcome::withholds);
    }

    private static void assertUnprocessable(DecisionOutcome outcome, Set<ExemptionGround> grounds, String test,
            String withheld, String code) {
        InformationRequest request = registered();
        DomainException refused = catchThrowableOfType(DomainException.class, () -> request.decide(outcome, grounds,
                test, withheld, null, false, null, null, TODAY, OFFICER, NOW));
        assertThat(refused).as("%s %s %s %s", outcome, grounds, test, withheld).isNotNull();
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo(code);
        assertThat(request.status()).isEqualTo(RequestStatus.REGISTERED);
        assertThat(request.decision().outcome()).isNull();
    }

    private static void assertInvalid(String heldBy, boolean unknown, String field, String key) {
        InformationRequest request = registered();
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> request.decide(
                DecisionOutcome.NOT_HELD, Set.of(), null, null, heldBy, unknown, null, null, TODAY, OFFICER, NOW));
        assertThat(refused).as("heldBy %s, unknown %s", heldBy, unknown).isNotNull();
        assertThat(refused.messageKeysByField()).containsExactly(Map.entry(field, key));
        assertThat(request.status()).isEqualTo(RequestStatus.REGISTERED);
    }

    /** A request just registered online, due 6 April on calendar v1. */
    static InformationRequest registered() {
        Applicant applicant = Applicant.of(ApplicantType.PERSON, "Sri Wahyuni", "3577014101900001", "hash",
                null, "Jl. Pahlawan No. 37, Kota Madiun", "Mahasiswa", "081234567890", "sri@example.id");
        RequestedInformation information = new RequestedInformation("Salinan DPA 2026", "Penelitian",
                ObtainMethod.COPY, CopyFormat.SOFTCOPY, DeliveryMethod.EMAIL);
        return InformationRequest.register("PPID/2026/000001", "K7QX2-MB9TD", Channel.ONLINE, null, null, null,
                applicant,
                information, new Deadline(RECEIVED, RECEIVED_ON, DUE, "v1"), RECEIVED);
    }

    /** A request brought to {@code status} by the flow's own moves. */
    static InformationRequest in(RequestStatus status) {
        InformationRequest request = registered();
        switch (status) {
            case REGISTERED -> { }
            case IN_PROGRESS -> request.startProcessing(NOW);
            case EXTENDED -> request.extend("Dihimpun", TODAY, EXTENDED_DUE, "v2", OFFICER, NOW);
            case GRANTED, NOT_HELD -> request.decide(DecisionOutcome.valueOf(status.name()), Set.of(), null, null,
                    status == RequestStatus.NOT_HELD ? "BPS Kota Madiun" : null, false, null, null, TODAY, OFFICER,
                    NOW);
            case PARTIALLY_GRANTED, REJECTED -> request.decide(DecisionOutcome.valueOf(status.name()),
                    Set.of(ExemptionGround.PASAL_17_H), "Uji konsekuensi", "Lampiran", null, false, null, null, TODAY,
                    OFFICER, NOW);
            case DELIVERED -> {
                request.decide(DecisionOutcome.GRANTED, Set.of(), null, null, null, false, null, null, TODAY, OFFICER,
                        NOW);
                request.deliver(NOW, DeliveryMethod.EMAIL, NOW);
            }
            case CLOSED -> {
                request.decide(DecisionOutcome.GRANTED, Set.of(), null, null, null, false, null, null, TODAY, OFFICER,
                        NOW);
                request.deliver(NOW, DeliveryMethod.EMAIL, NOW);
                request.close(NOW);
            }
            case WITHDRAWN -> request.withdraw("Tidak jadi", NOW);
            case INVALID -> request.invalidate("Bukan permohonan", NOW);
        }
        assertThat(request.status()).isEqualTo(status);
        return request;
    }
}
