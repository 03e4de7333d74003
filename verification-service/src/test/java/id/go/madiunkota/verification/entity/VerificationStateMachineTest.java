package id.go.madiunkota.verification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification's state machine, move by move: for every step and every state, either the step is taken (and the
 * state it leads to is the one the flow says) or it is refused with 409 {@code invalid-transition} naming the state
 * and the step as enum constants (the answer renders them as words) and nothing of the verification changes.
 */
class VerificationStateMachineTest {

    private static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
    private static final Actor VERIFIER = new Actor("4c1f6a52-verifier", "petugas.verifikasi");
    private static final Actor OTHER = new Actor("9e2b0d11-verifier", "petugas.kedua");

    private static final ChecklistVersion CHECKLIST = new ChecklistVersion("SM-1", "Uji", LocalDate.of(2026, 1, 1),
            null, List.of(
                    new ChecklistItem("KTP", "KTP", "ID card", true, true, false, List.of()),
                    new ChecklistItem("FORM", "Formulir", "Form", true, false, false, List.of())),
            T0, VERIFIER);

    /** What each step leads to from the states that allow it. */
    private static final Map<Step, Map<VerificationStatus, VerificationStatus>> FLOW = Map.of(
            Step.CHECK_DOCUMENT, Map.of(VerificationStatus.IN_PROGRESS, VerificationStatus.IN_PROGRESS),
            Step.BLACKLIST_CHECK, Map.of(VerificationStatus.IN_PROGRESS, VerificationStatus.IN_PROGRESS),
            Step.APPROVE, Map.of(VerificationStatus.IN_PROGRESS, VerificationStatus.APPROVED),
            Step.REJECT, Map.of(VerificationStatus.IN_PROGRESS, VerificationStatus.REJECTED),
            Step.SIGN, Map.of(VerificationStatus.APPROVED, VerificationStatus.SIGNED,
                    VerificationStatus.REJECTED, VerificationStatus.SIGNED),
            Step.ARCHIVE, Map.of(VerificationStatus.SIGNED, VerificationStatus.ARCHIVED));

    static Stream<Arguments> everyStepFromEveryState() {
        return FLOW.keySet().stream().sorted().flatMap(step -> EnumSet.allOf(VerificationStatus.class).stream()
                .map(from -> Arguments.of(step, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryState")
    void aStepIsTakenOnlyFromTheStatesTheFlowAllows(Step step, VerificationStatus from) {
        Verification v = in(from);
        VerificationStatus to = FLOW.get(step).get(from);
        if (to != null) {
            take(step).accept(v);
            assertThat(v.status()).isEqualTo(to);
            return;
        }
        Outcome outcomeBefore = v.outcome();
        Filing filingBefore = v.filing();
        Map<String, DocumentCheck> checksBefore = v.documents().checks();
        assertThatThrownBy(() -> take(step).accept(v)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("invalid-transition");
            assertThat(e.args()).containsExactly(from, step);
        });
        assertThat(v.status()).isEqualTo(from);
        assertThat(v.outcome()).isEqualTo(outcomeBefore);
        assertThat(v.filing()).isSameAs(filingBefore);
        assertThat(v.documents().checks()).isEqualTo(checksBefore);
    }

    @Test
    void theFlowCoversEveryStepOfAVerificationAndReachesEveryState() {
        assertThat(FLOW.keySet()).containsExactlyInAnyOrder(Step.CHECK_DOCUMENT, Step.BLACKLIST_CHECK, Step.APPROVE,
                Step.REJECT, Step.SIGN, Step.ARCHIVE);
        Set<VerificationStatus> reached = EnumSet.of(VerificationStatus.IN_PROGRESS);
        FLOW.values().forEach(moves -> reached.addAll(moves.values()));
        assertThat(reached).containsExactlyInAnyOrder(VerificationStatus.values());
    }

    @Test
    void aNewVerificationIsInProgressWithNothingDecided() {
        Verification v = started();
        assertThat(v.status()).isEqualTo(VerificationStatus.IN_PROGRESS);
        assertThat(v.verifier()).isEqualTo(VERIFIER);
        assertThat(v.decision()).isNull();
        assertThat(v.outcome()).isNull();
        assertThat(v.filing()).isNull();
        assertThat(v.blacklistCheck()).isNull();
        assertThat(v.blacklisted()).isFalse();
        assertThat(v.duration()).isNull();
        assertThat(v.withinTarget(15)).isNull();
        assertThat(v.unsatisfiedItems()).containsExactly("KTP", "FORM");
    }

    @Test
    void theStepsRecordWhoActedAndWhen() {
        Verification v = complete();
        v.checkDocument("FORM", true, false, "asli saja", OTHER, T0.plusSeconds(60));
        DocumentCheck form = v.documents().checkOf("FORM");
        assertThat(form.checkedBy()).isEqualTo(OTHER.subject());
        assertThat(form.checkedByName()).isEqualTo(OTHER.name());
        assertThat(form.checkerName()).isEqualTo("petugas.kedua");
        assertThat(form.checkedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(form.note()).isEqualTo("asli saja");

        v.approve("lengkap", OTHER, T0.plusSeconds(300));
        assertThat(v.decision().decidedBy()).isEqualTo(OTHER);
        assertThat(v.decision().decidedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(v.decision().note()).isEqualTo("lengkap");
        assertThat(v.decision().missingItems()).isEmpty();

        v.sign(VERIFIER, T0.plusSeconds(400));
        assertThat(v.filing().signedBy()).isEqualTo(VERIFIER);
        assertThat(v.filing().signedAt()).isEqualTo(T0.plusSeconds(400));
        assertThat(v.filing().archiveReference()).isNull();

        v.archive("ARSIP/1", T0.plusSeconds(500));
        assertThat(v.filing().archiveReference()).isEqualTo("ARSIP/1");
        assertThat(v.filing().archivedAt()).isEqualTo(T0.plusSeconds(500));
        assertThat(v.filing().signedBy()).isEqualTo(VERIFIER);
    }

    @Test
    void aCheckOfTheSameDocumentAgainReplacesTheEarlierOne() {
        Verification v = started();
        v.checkDocument("KTP", true, true, null, VERIFIER, T0);
        v.checkDocument("KTP", true, false, "fotokopi buram", VERIFIER, T0.plusSeconds(5));
        assertThat(v.documents().checks()).hasSize(1);
        assertThat(v.documents().checkOf("KTP").copyReceived()).isFalse();
        assertThat(v.unsatisfiedItems()).containsExactly("KTP", "FORM");
    }

    @Test
    void anUnknownDocumentIsA404NamingTheChecklistItem() {
        Verification v = started();
        assertThatThrownBy(() -> v.checkDocument("NIB", true, true, null, VERIFIER, T0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("not-found");
                    assertThat(e.args()).containsExactly(RecordKind.CHECKLIST_ITEM, "NIB");
                });
        assertThat(v.documents().checks()).isEmpty();
    }

    @Test
    void approvalIsRefusedUntilEveryItemIsSatisfiedThenUntilTheBlacklistCheckIsClear() {
        Verification v = started();
        v.checkDocument("KTP", true, false, null, VERIFIER, T0);
        assertThatThrownBy(() -> v.approve(null, VERIFIER, T0)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("verification.documents-incomplete");
            assertThat(e.args()).containsExactly("KTP, FORM");
        });
        v.checkDocument("KTP", true, true, null, VERIFIER, T0);
        v.checkDocument("FORM", true, false, null, VERIFIER, T0);
        assertThatThrownBy(() -> v.approve(null, VERIFIER, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("verification.blacklist-check-missing"));
        v.recordBlacklistCheck(true, "LKPP", T0);
        assertThatThrownBy(() -> v.approve(null, VERIFIER, T0)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("verification.blacklisted"));
        assertThat(v.status()).isEqualTo(VerificationStatus.IN_PROGRESS);
        v.recordBlacklistCheck(false, "LKPP", T0);
        assertThat(v.blacklistCheck().source()).isEqualTo("LKPP");
        v.approve(null, VERIFIER, T0);
        assertThat(v.outcome()).isEqualTo(Outcome.APPROVED);
    }

    @Test
    void aRejectionListsTheNamedItemsAndEveryUnsatisfiedOneOnce() {
        Verification v = started();
        v.checkDocument("KTP", true, true, null, VERIFIER, T0);
        v.reject(List.of("KTP"), "KTP kedaluwarsa", VERIFIER, T0);
        assertThat(v.decision().missingItems()).containsExactly("KTP", "FORM");
        assertThat(v.outcome()).isEqualTo(Outcome.REJECTED);

        Verification unnamed = started();
        unnamed.reject(List.of(), null, VERIFIER, T0);
        assertThat(unnamed.decision().missingItems()).containsExactly("KTP", "FORM");
    }

    @Test
    void aRejectionNamingAnItemNotOnTheChecklistIsA400OnMissing() {
        Verification v = started();
        assertThatThrownBy(() -> v.reject(List.of("SIUP"), null, VERIFIER, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsExactly(Map.entry("missing", "verification.missing-unknown")));
        assertThat(v.status()).isEqualTo(VerificationStatus.IN_PROGRESS);
    }

    @Test
    void aRejectionWithNothingMissingNeedsAPositiveBlacklistCheck() {
        Verification v = complete();
        assertThatThrownBy(() -> v.reject(List.of(), null, VERIFIER, T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKeysByField())
                        .containsExactly(Map.entry("missing", "verification.missing-required")));
        v.recordBlacklistCheck(true, "LKPP", T0);
        v.reject(List.of(), "daftar hitam", VERIFIER, T0);
        assertThat(v.decision().missingItems()).isEmpty();
        assertThat(v.blacklisted()).isTrue();
    }

    @Test
    void theTargetIsKeptUpToAndIncludingItsLastMinute() {
        assertThat(decidedAfter(Duration.ofMinutes(15)).withinTarget(15)).isTrue();
        assertThat(decidedAfter(Duration.ofMinutes(15).plusSeconds(1)).withinTarget(15)).isFalse();
        assertThat(decidedAfter(Duration.ZERO).withinTarget(15)).isTrue();
        assertThat(decidedAfter(Duration.ofMinutes(40)).withinTarget(45)).isTrue();
        assertThat(decidedAfter(Duration.ofMinutes(40)).duration()).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void theItemsAreFixedWhenTheVerificationStarts() {
        Verification v = started();
        List<ChecklistItem> items = v.documents().items();
        assertThat(items).extracting(ChecklistItem::code).containsExactly("KTP", "FORM");
        assertThatThrownBy(() -> items.add(items.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(v.documents().has("KTP")).isTrue();
        assertThat(v.documents().has("POA")).isFalse();
    }

    @Test
    void aProviderMovesRegisteredToActiveOrSuspendedAndRefusesEverythingElse() {
        Provider registered = provider();
        registered.requireVerifiable();
        registered.activate(java.util.UUID.randomUUID(), T0);
        assertThat(registered.status()).isEqualTo(ProviderStatus.ACTIVE);
        assertThat(registered.activatedAt()).isEqualTo(T0);
        refused(registered::requireVerifiable, ProviderStatus.ACTIVE, Step.START_VERIFICATION);
        refused(() -> registered.activate(java.util.UUID.randomUUID(), T0), ProviderStatus.ACTIVE, Step.ACTIVATE);

        registered.suspend(SuspensionReason.LICENCE_REVOKED, "izin dicabut", OTHER, T0);
        assertThat(registered.status()).isEqualTo(ProviderStatus.SUSPENDED);
        assertThat(registered.suspendedBy()).isEqualTo(OTHER);
        assertThat(registered.suspensionReason()).isEqualTo(SuspensionReason.LICENCE_REVOKED);
        refused(registered::requireVerifiable, ProviderStatus.SUSPENDED, Step.START_VERIFICATION);
        refused(() -> registered.activate(java.util.UUID.randomUUID(), T0), ProviderStatus.SUSPENDED, Step.ACTIVATE);
        refused(() -> registered.suspend(SuspensionReason.OTHER, null, OTHER, T0), ProviderStatus.SUSPENDED,
                Step.SUSPEND);

        Provider suspendedBeforeVerification = provider();
        suspendedBeforeVerification.suspend(SuspensionReason.PROVIDER_REQUEST, null, OTHER, T0);
        assertThatThrownBy(() -> Verification.start(suspendedBeforeVerification, 1, CHECKLIST, null, T0, T0,
                VERIFIER, T0)).isInstanceOf(DomainException.class);
    }

    private static void refused(Runnable step, ProviderStatus from, Step named) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.args()).containsExactly(from, named);
        });
    }

    private static Verification decidedAfter(Duration after) {
        Verification v = complete();
        v.approve(null, VERIFIER, T0.plus(after));
        return v;
    }

    private static Provider provider() {
        return Provider.register("K7QX2-MB9TD", "CV Uji", BusinessForm.CV, "0912345678901234", "hash", null,
                "Direktur", "3577010505800003", "nikhash", "a@b.id", "0351", "Jl. Madiun", T0);
    }

    private static Verification started() {
        return Verification.start(provider(), 1, CHECKLIST, null, T0, T0, VERIFIER, T0);
    }

    private static Verification complete() {
        Verification v = started();
        v.checkDocument("KTP", true, true, null, VERIFIER, T0);
        v.checkDocument("FORM", true, false, null, VERIFIER, T0);
        v.recordBlacklistCheck(false, "LKPP", T0);
        return v;
    }

    private static Verification in(VerificationStatus status) {
        Verification v = complete();
        switch (status) {
            case IN_PROGRESS -> { }
            case APPROVED -> v.approve(null, VERIFIER, T0);
            case REJECTED -> v.reject(List.of("KTP"), null, VERIFIER, T0);
            case SIGNED -> {
                v.approve(null, VERIFIER, T0);
                v.sign(VERIFIER, T0);
            }
            case ARCHIVED -> {
                v.reject(List.of("KTP"), null, VERIFIER, T0);
                v.sign(VERIFIER, T0);
                v.archive("ARSIP-1", T0);
            }
        }
        return v;
    }

    private static Consumer<Verification> take(Step step) {
        return switch (step) {
            case CHECK_DOCUMENT -> v -> v.checkDocument("KTP", true, true, null, VERIFIER, T0);
            case BLACKLIST_CHECK -> v -> v.recordBlacklistCheck(false, "LKPP", T0);
            case APPROVE -> v -> v.approve(null, VERIFIER, T0);
            case REJECT -> v -> v.reject(List.of("KTP"), null, VERIFIER, T0);
            case SIGN -> v -> v.sign(VERIFIER, T0);
            case ARCHIVE -> v -> v.archive("ARSIP-2", T0);
            default -> throw new IllegalArgumentException(step.name());
        };
    }
}
