package id.go.madiunkota.training.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The registration's moves and the calendar day's version rule, without the application around them. */
class RegistrationRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");
    private static final Actor TRAINER = new Actor("5f0c1d2e-trainer", "pelatih.lpse");

    private static Registration of(Audience type, Decree decree, boolean placeFree) {
        Participant participant = new Participant(type, "Nama", "Organisasi", null, null, null, null, null, null,
                null);
        return Registration.register(UUID.randomUUID(), participant, NOW, decree, 1, placeFree, 1, null, null, NOW);
    }

    @Test
    void anOfficialWithoutDecreeHoldsAPlacePendingIt() {
        Registration pending = of(Audience.PROCUREMENT_OFFICIAL, null, true);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);
        assertThat(pending.status().holdsPlace()).isTrue();
        assertThatThrownBy(() -> pending.attend(TRAINER, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status()).isEqualTo(409);
        pending.recordDecree(new Decree("800/1/2026", LocalDate.of(2026, 11, 1)).checked(TRAINER, NOW), NOW);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aWaitlistedOfficialWithACheckedDecreeIsConfirmedWhenPromoted() {
        Registration waiting = of(Audience.PROCUREMENT_OFFICIAL,
                new Decree("800/1/2026", LocalDate.of(2026, 11, 1)).checked(TRAINER, NOW), false);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.status().holdsPlace()).isFalse();
        waiting.promote(NOW);
        assertThat(waiting.status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void aDeclaredDecreeKeepsThePlacePendingUntilTheTrainerHasCheckedIt() {
        Registration declared = of(Audience.PROCUREMENT_OFFICIAL, new Decree("800/1/2026", LocalDate.of(2026, 11, 1)),
                true);
        assertThat(declared.status()).isEqualTo(RegistrationStatus.PENDING_DECREE);
        assertThat(declared.decree().isChecked()).isFalse();
        assertThat(declared.checkDecree(true, null, TRAINER, NOW)).isFalse();
        assertThat(declared.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(declared.decree().checkedBy()).isEqualTo(TRAINER);
        assertThatThrownBy(() -> declared.checkDecree(true, null, TRAINER, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status()).isEqualTo(409);
    }

    @Test
    void aRefusedDecreeCancelsTheRegistrationAndFreesItsPlace() {
        Registration declared = of(Audience.PROCUREMENT_OFFICIAL, new Decree("800/1/2026", LocalDate.of(2026, 11, 1)),
                true);
        assertThat(declared.checkDecree(false, "Bukan untuk pelatihan ini.", TRAINER, NOW)).isTrue();
        assertThat(declared.status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(declared.cancelReason()).isEqualTo("Bukan untuk pelatihan ini.");
        Registration none = of(Audience.PROCUREMENT_OFFICIAL, null, true);
        assertThatThrownBy(() -> none.checkDecree(true, null, TRAINER, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).status()).isEqualTo(422);
    }

    @Test
    void aProviderNeedsNoDecree() {
        Registration provider = of(Audience.PROVIDER, null, true);
        assertThat(provider.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> provider.recordDecree(new Decree("1", LocalDate.of(2026, 1, 1)), NOW))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).status()).isEqualTo(422);
    }

    @Test
    void completionFollowsAttendanceAndCancellingAnAttendedRegistrationIsRefused() {
        Registration r = of(Audience.PROVIDER, null, true);
        assertThatThrownBy(() -> r.complete(true, NOW)).isInstanceOf(DomainException.class);
        r.attend(TRAINER, NOW);
        assertThatThrownBy(() -> r.cancel("x", TRAINER, NOW)).isInstanceOf(DomainException.class);
        r.complete(false, NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.COMPLETED);
        assertThat(r.understood()).isFalse();
    }

    @Test
    void aCalendarDayIgnoresChangesOlderThanItsOwn() {
        CalendarDay day = new CalendarDay(LocalDate.of(2031, 3, 5), "AD_HOC", true, 7, CalendarDay.Source.EVENT, NOW);
        assertThat(day.apply(false, "AD_HOC", 6, NOW)).isFalse();
        assertThat(day.apply(false, "AD_HOC", 7, NOW)).isFalse();
        assertThat(day.nonWorking()).isTrue();
        assertThat(day.apply(false, "AD_HOC", 8, NOW)).isTrue();
        assertThat(day.nonWorking()).isFalse();
        assertThat(day.calendarVersion()).isEqualTo(8);
    }
}
