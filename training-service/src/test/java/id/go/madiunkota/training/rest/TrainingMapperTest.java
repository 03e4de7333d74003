package id.go.madiunkota.training.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.training.api.RegistrationView;
import id.go.madiunkota.training.api.SessionView;
import id.go.madiunkota.training.entity.Actor;
import id.go.madiunkota.training.entity.Audience;
import id.go.madiunkota.training.entity.Decree;
import id.go.madiunkota.training.entity.Participant;
import id.go.madiunkota.training.entity.Registration;
import id.go.madiunkota.training.entity.TrainingSession;
import id.go.madiunkota.training.service.PlacedRegistration;
import id.go.madiunkota.training.service.SessionOverview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the answers show: the derived values of the read models, display names (never subjects), the NIK masked. */
class TrainingMapperTest {

    private static final Instant NOW = Instant.parse("2031-04-28T02:00:00Z");
    private static final Actor TRAINER = new Actor("3f1e9c52-7a0b-4d6e-9f11-0a2b3c4d5e6f", "pelatih.lpse");

    private static TrainingSession session(int capacity) {
        return TrainingSession.schedule("Pelatihan SPSE", Audience.PROVIDER, LocalDate.of(2031, 5, 5),
                Instant.parse("2031-05-05T02:00:00Z"), Instant.parse("2031-05-05T05:00:00Z"), "Ruang LPSE", capacity,
                "Agus Prasetyo", TRAINER, NOW);
    }

    @Test
    void aSessionShowsThePlacesLeftNeverBelowZeroAndWhoScheduledIt() {
        TrainingSession s = session(3);
        SessionView open = TrainingMapper.toView(new SessionOverview(s, 1, 0, false));
        assertThat(open.placesLeft()).isEqualTo(2);
        assertThat(open.scheduledBy()).isEqualTo("pelatih.lpse");
        assertThat(open.cancelledBy()).isNull();
        assertThat(open.status()).isEqualTo("SCHEDULED");
        assertThat(open.audience()).isEqualTo("PROVIDER");

        SessionView full = TrainingMapper.toView(new SessionOverview(s, 3, 2, true));
        assertThat(full.placesLeft()).isZero();
        assertThat(full.waitlisted()).isEqualTo(2);
        assertThat(full.calendarProvisional()).isTrue();
        // a capacity lowered below the places taken (data from before a rule) still shows 0, not a negative number
        assertThat(new SessionOverview(s, 5, 0, false).placesLeft()).isZero();

        s.cancel("Batal.", new Actor("9d-subject", "admin.lpse"), NOW);
        SessionView cancelled = TrainingMapper.toView(new SessionOverview(s, 0, 0, false));
        assertThat(cancelled.cancelledBy()).isEqualTo("admin.lpse");
        assertThat(cancelled.cancelReason()).isEqualTo("Batal.");
    }

    @Test
    void aRegistrationShowsDisplayNamesTheMaskedNikAndItsWaitlistPosition() {
        String nik = "3577014101900001";
        Participant provider = new Participant(Audience.PROVIDER, "Siti Rahmawati", "CV Maju Jaya", null, null, nik,
                "hash", UUID.randomUUID(), "081234567890", "siti@majujaya.co.id");
        Registration r = Registration.register(UUID.randomUUID(), provider, NOW, null, 4, false, 1, null, TRAINER,
                NOW);
        RegistrationView waiting = TrainingMapper.toView(new PlacedRegistration(r, 2));
        assertThat(waiting.status()).isEqualTo("WAITLISTED");
        assertThat(waiting.waitlistPosition()).isEqualTo(2);
        assertThat(waiting.registeredBy()).isEqualTo("pelatih.lpse");
        assertThat(waiting.participant().nikMasked()).isEqualTo("3577********0001").doesNotContain("01419000");
        assertThat(waiting.decree()).isNull();
        assertThat(waiting.toString()).doesNotContain(TRAINER.subject());

        r.promote(NOW);
        r.attend(TRAINER, NOW);
        RegistrationView attended = TrainingMapper.toView(new PlacedRegistration(r, null));
        assertThat(attended.attendanceRecordedBy()).isEqualTo("pelatih.lpse");
        assertThat(attended.waitlistPosition()).isNull();
        assertThat(attended.attendedAt()).isEqualTo(NOW);
    }

    @Test
    void anOfficialsDecreeShowsWhoCheckedItAndTheAuditorSeesContactDataMasked() {
        Participant official = new Participant(Audience.PROCUREMENT_OFFICIAL, "Dewi Anggraini", "Dinas PU",
                "198503102010012003", "hash", null, null, null, "081298765432", "dewi@madiunkota.go.id");
        Registration online = Registration.register(UUID.randomUUID(), official, NOW,
                new Decree("800/12/2026", LocalDate.of(2026, 11, 20)), 1, true, 1, null, null, NOW);
        RegistrationView pending = TrainingMapper.toView(new PlacedRegistration(online, null));
        assertThat(pending.registeredBy()).as("registered online").isNull();
        assertThat(pending.decree().checked()).isFalse();
        assertThat(pending.decree().checkedBy()).isNull();
        assertThat(pending.participant().nikMasked()).isNull();

        online.checkDecree(true, null, TRAINER, NOW);
        RegistrationView checked = TrainingMapper.toView(new PlacedRegistration(online, null));
        assertThat(checked.decree().checkedBy()).isEqualTo("pelatih.lpse");
        assertThat(checked.decree().checkedAt()).isEqualTo(NOW);
        assertThat(checked.status()).isEqualTo("CONFIRMED");

        RegistrationView masked = checked.masked();
        assertThat(masked.participant().nip()).isNotEqualTo("198503102010012003");
        assertThat(masked.participant().phone()).isNotEqualTo("081298765432");
        assertThat(masked.participant().email()).isNotEqualTo("dewi@madiunkota.go.id");
        assertThat(masked.participant().name()).isEqualTo("Dewi Anggraini");
        assertThat(masked.decree()).isEqualTo(checked.decree());
        assertThat(masked.registeredBy()).isEqualTo(checked.registeredBy());
    }
}
