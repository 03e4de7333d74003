package id.go.madiunkota.training.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every move of a registration from every status: the allowed ones land where the rules say, the others are refused
 * with a 409 naming the status and the move, and leave the registration as it was.
 */
class RegistrationStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Actor TRAINER = new Actor("0c2b7e1a-subject", "pelatih.lpse");
    private static final Set<RegistrationStatus> CANCELLABLE = EnumSet.of(RegistrationStatus.PENDING_DECREE,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    /** A provider's registration brought to {@code status} through the allowed moves. */
    static Registration provider(RegistrationStatus status) {
        return bring(Audience.PROVIDER, null, status);
    }

    /** A registration in {@code status}: an official's for PENDING_DECREE (a provider never waits for a decree). */
    static Registration any(RegistrationStatus status) {
        return status == RegistrationStatus.PENDING_DECREE ? officialDeclared(status) : provider(status);
    }

    /** An official's registration with a decree declared on the form (not checked), brought to {@code status}. */
    static Registration officialDeclared(RegistrationStatus status) {
        return bring(Audience.PROCUREMENT_OFFICIAL, declared(), status);
    }

    private static Decree declared() {
        return new Decree("800/12/401.102/2026", LocalDate.of(2026, 11, 20));
    }

    private static Registration bring(Audience type, Decree decree, RegistrationStatus status) {
        Participant participant = new Participant(type, "Nama", "Organisasi",
                type == Audience.PROCUREMENT_OFFICIAL ? "198503102010012003" : null, null, null, null, null, null,
                null);
        boolean placeFree = status != RegistrationStatus.WAITLISTED;
        Registration r = Registration.register(UUID.randomUUID(), participant, NOW, decree, 1, placeFree, 1, null,
                TRAINER, NOW);
        if (status == RegistrationStatus.WAITLISTED || status == RegistrationStatus.PENDING_DECREE) {
            assertThat(r.status()).isEqualTo(status);
            return r;
        }
        if (r.status() == RegistrationStatus.PENDING_DECREE) {
            r.checkDecree(true, null, TRAINER, NOW);
        }
        assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        switch (status) {
            case ATTENDED -> r.attend(TRAINER, NOW);
            case COMPLETED -> {
                r.attend(TRAINER, NOW);
                r.complete(true, NOW);
            }
            case CANCELLED -> r.cancel("Berhalangan.", TRAINER, NOW);
            default -> {
            }
        }
        assertThat(r.status()).isEqualTo(status);
        return r;
    }

    private static void refusedAsTransition(Registration r, TrainingAction action, ThrowingCallable move) {
        RegistrationStatus before = r.status();
        assertThatThrownBy(move).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("invalid-transition");
            assertThat(e.args()).containsExactly(before, action);
        });
        assertThat(r.status()).as("a refused move changes nothing").isEqualTo(before);
    }

    private static void refused(int status, String code, ThrowingCallable move) {
        assertThatThrownBy(move).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }

    // --- register: the first status

    @Test
    void aProviderWithAPlaceIsConfirmedAndWithoutOneWaits() {
        assertThat(provider(RegistrationStatus.CONFIRMED).status()).isEqualTo(RegistrationStatus.CONFIRMED);
        Registration waiting = provider(RegistrationStatus.WAITLISTED);
        assertThat(waiting.status().holdsPlace()).isFalse();
        assertThat(waiting.registeredBy().name()).isEqualTo("pelatih.lpse");
        assertThat(waiting.registeredBy().subject()).isEqualTo("0c2b7e1a-subject");
    }

    @Test
    void anOfficialIsConfirmedAtOnceOnlyWithADecreeTheTrainerHasChecked() {
        Participant official = new Participant(Audience.PROCUREMENT_OFFICIAL, "Nama", "Dinas", "198503102010012003",
                "h", null, null, null, null, null);
        Registration withoutDecree = Registration.register(UUID.randomUUID(), official, NOW, null, 1, true, 1, null,
                null, NOW);
        Registration declared = Registration.register(UUID.randomUUID(), official.copy(), NOW, declared(), 2, true, 1,
                null, null, NOW);
        Registration checked = Registration.register(UUID.randomUUID(), official.copy(), NOW,
                declared().checked(TRAINER, NOW), 3, true, 1, null, TRAINER, NOW);
        assertThat(withoutDecree.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);
        assertThat(declared.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);
        assertThat(checked.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(withoutDecree.registeredBy()).as("registered online: nobody acted").isNull();
    }

    // --- promote

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void onlyAWaitlistedRegistrationIsPromoted(RegistrationStatus status) {
        Registration r = any(status);
        if (status == RegistrationStatus.WAITLISTED) {
            r.promote(LATER);
            assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        } else {
            refusedAsTransition(r, TrainingAction.PROMOTE, () -> r.promote(LATER));
        }
    }

    @Test
    void aPromotedOfficialHoldsThePlacePendingTheDecreeUnlessItWasChecked() {
        Registration declared = officialDeclared(RegistrationStatus.WAITLISTED);
        declared.promote(LATER);
        assertThat(declared.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);

        Registration checkedWhileWaiting = officialDeclared(RegistrationStatus.WAITLISTED);
        assertThat(checkedWhileWaiting.checkDecree(true, null, TRAINER, NOW)).isFalse();
        assertThat(checkedWhileWaiting.status()).as("still waits for a place").isEqualTo(RegistrationStatus.WAITLISTED);
        checkedWhileWaiting.promote(LATER);
        assertThat(checkedWhileWaiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    // --- attend

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void onlyAConfirmedRegistrationGoesOnTheAttendanceList(RegistrationStatus status) {
        Registration r = any(status);
        if (status == RegistrationStatus.CONFIRMED) {
            r.attend(TRAINER, LATER);
            assertThat(r.status()).isEqualTo(RegistrationStatus.ATTENDED);
            assertThat(r.attendedAt()).isEqualTo(LATER);
            assertThat(r.attendanceRecordedBy().name()).isEqualTo("pelatih.lpse");
            assertThat(r.status().holdsPlace()).isTrue();
        } else {
            refusedAsTransition(r, TrainingAction.RECORD_ATTENDANCE, () -> r.attend(TRAINER, LATER));
            if (status != RegistrationStatus.ATTENDED && status != RegistrationStatus.COMPLETED) {
                assertThat(r.attendedAt()).isNull();
            }
        }
    }

    @Test
    void anOfficialPendingTheDecreeCannotAttend() {
        Registration pending = officialDeclared(RegistrationStatus.PENDING_DECREE);
        refusedAsTransition(pending, TrainingAction.RECORD_ATTENDANCE, () -> pending.attend(TRAINER, LATER));
    }

    // --- complete

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void onlyAnAttendedRegistrationIsCompleted(RegistrationStatus status) {
        Registration r = any(status);
        if (status == RegistrationStatus.ATTENDED) {
            r.complete(false, LATER);
            assertThat(r.status()).isEqualTo(RegistrationStatus.COMPLETED);
            assertThat(r.understood()).isFalse();
            assertThat(r.completedAt()).isEqualTo(LATER);
        } else {
            refusedAsTransition(r, TrainingAction.COMPLETE, () -> r.complete(true, LATER));
        }
    }

    // --- cancel

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void aRegistrationIsCancelledUntilTheParticipantHasAttended(RegistrationStatus status) {
        Registration r = any(status);
        if (CANCELLABLE.contains(status)) {
            boolean heldPlace = r.cancel("Peserta berhalangan.", TRAINER, LATER);
            assertThat(heldPlace).as("a freed place goes to the waitlist").isEqualTo(status.holdsPlace());
            assertThat(r.status()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(r.cancelReason()).isEqualTo("Peserta berhalangan.");
            assertThat(r.cancelledAt()).isEqualTo(LATER);
            assertThat(r.cancelledBy().name()).isEqualTo("pelatih.lpse");
        } else {
            refusedAsTransition(r, TrainingAction.CANCEL, () -> r.cancel("x", TRAINER, LATER));
        }
    }

    @Test
    void cancelledWithItsSessionNobodyIsNamed() {
        Registration r = provider(RegistrationStatus.CONFIRMED);
        assertThat(r.cancel("SESSION_CANCELLED", null, LATER)).isTrue();
        assertThat(r.cancelledBy()).isNull();
        assertThat(Actor.nameOf(r.cancelledBy())).isNull();
    }

    // --- record the decree (the trainer has seen it)

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void theTrainerRecordsADecreeWhilePendingOrWaiting(RegistrationStatus status) {
        Registration r = officialDeclared(status);
        Decree seen = new Decree("800/99/2026", LocalDate.of(2026, 11, 25)).checked(TRAINER, LATER);
        switch (status) {
            case PENDING_DECREE -> {
                r.recordDecree(seen, LATER);
                assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
                assertThat(r.decree().number()).isEqualTo("800/99/2026");
                assertThat(r.decree().checkedBy().name()).isEqualTo("pelatih.lpse");
            }
            case WAITLISTED -> {
                r.recordDecree(seen, LATER);
                assertThat(r.status()).isEqualTo(RegistrationStatus.WAITLISTED);
                assertThat(r.decree().isChecked()).isTrue();
            }
            default -> refusedAsTransition(r, TrainingAction.RECORD_DECREE, () -> r.recordDecree(seen, LATER));
        }
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = "PENDING_DECREE", mode = EnumSource.Mode.EXCLUDE)
    void aProvidersRegistrationNeverTakesADecree(RegistrationStatus status) {
        Registration r = provider(status);
        Decree seen = declared().checked(TRAINER, LATER);
        refused(422, "registration.decree-not-needed", () -> r.recordDecree(seen, LATER));
        refused(422, "registration.decree-not-needed", () -> r.checkDecree(true, null, TRAINER, LATER));
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.decree()).isNull();
    }

    // --- check the decree declared on the form

    @Test
    void anAcceptedDecreeConfirmsAPendingPlaceOnce() {
        Registration r = officialDeclared(RegistrationStatus.PENDING_DECREE);
        assertThat(r.checkDecree(true, null, TRAINER, LATER)).isFalse();
        assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(r.decree().checkedAt()).isEqualTo(LATER);
        assertThat(r.decree().checkedBy().subject()).isEqualTo("0c2b7e1a-subject");
        refused(409, "registration.decree-already-checked", () -> r.checkDecree(true, null, TRAINER, LATER));
        refused(409, "registration.decree-already-checked", () -> r.checkDecree(false, "no", TRAINER, LATER));
    }

    @Test
    void aRefusedDecreeCancelsAndSaysWhetherAPlaceWasFreed() {
        Registration pending = officialDeclared(RegistrationStatus.PENDING_DECREE);
        assertThat(pending.checkDecree(false, "Tidak menugaskan peserta.", TRAINER, LATER)).isTrue();
        assertThat(pending.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(pending.cancelReason()).isEqualTo("Tidak menugaskan peserta.");
        assertThat(pending.cancelledBy().name()).isEqualTo("pelatih.lpse");

        Registration waiting = officialDeclared(RegistrationStatus.WAITLISTED);
        assertThat(waiting.checkDecree(false, "Kedaluwarsa.", TRAINER, LATER)).as("it held no place").isFalse();
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void aDecreeIsCheckedOnlyWhenOneWasDeclared() {
        Participant official = new Participant(Audience.PROCUREMENT_OFFICIAL, "Nama", "Dinas", "198503102010012003",
                "h", null, null, null, null, null);
        Registration none = Registration.register(UUID.randomUUID(), official, NOW, null, 1, true, 1, null, null,
                NOW);
        refused(422, "registration.no-decree-declared", () -> none.checkDecree(true, null, TRAINER, LATER));
        assertThat(none.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);
    }

    @Test
    void aDeclaredDecreeIsNotCheckedOnceTheRegistrationIsCancelled() {
        Registration r = officialDeclared(RegistrationStatus.PENDING_DECREE);
        r.cancel("Berhalangan.", TRAINER, NOW);
        refusedAsTransition(r, TrainingAction.CHECK_DECREE, () -> r.checkDecree(true, null, TRAINER, LATER));
        Decree seen = declared().checked(TRAINER, LATER);
        refusedAsTransition(r, TrainingAction.RECORD_DECREE, () -> r.recordDecree(seen, LATER));
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = {"CONFIRMED", "ATTENDED", "COMPLETED"})
    void aDecreeCheckedOnceIsNotCheckedAgain(RegistrationStatus status) {
        Registration r = officialDeclared(status);
        refused(409, "registration.decree-already-checked", () -> r.checkDecree(true, null, TRAINER, LATER));
        assertThat(r.status()).isEqualTo(status);
    }

    // --- the repeat link and the derived values

    @Test
    void theRepeatOfferedIsLinkedAndTheAttemptKept() {
        Registration first = provider(RegistrationStatus.COMPLETED);
        UUID repeat = UUID.randomUUID();
        first.offeredRepeat(repeat, LATER);
        assertThat(first.repeatRegistrationId()).isEqualTo(repeat);
        Registration second = Registration.register(UUID.randomUUID(), first.participant().copy(), NOW, null, 2,
                true, first.attempt() + 1, first.id(), null, LATER);
        assertThat(second.attempt()).isEqualTo(2);
        assertThat(second.previousRegistrationId()).isEqualTo(first.id());
    }

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void aStatusHoldsAPlaceUnlessItWaitsOrIsCancelled(RegistrationStatus status) {
        assertThat(status.holdsPlace()).isEqualTo(status != RegistrationStatus.WAITLISTED
                && status != RegistrationStatus.CANCELLED);
    }

    @Test
    void anEmptyDecreeIsNoDecree() {
        Decree empty = new Decree(null, null);
        assertThat(empty.present()).isFalse();
        assertThat(empty.isChecked()).isFalse();
        Registration r = Registration.register(UUID.randomUUID(), new Participant(Audience.PROCUREMENT_OFFICIAL, "N",
                "O", "198503102010012003", "h", null, null, null, null, null), NOW, empty, 1, true, 1, null, null,
                NOW);
        assertThat(r.decree()).isNull();
        assertThat(r.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);
    }
}
