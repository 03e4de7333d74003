package id.go.madiunkota.ppid.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A guest book entry on its own: signed with or without a request, linked to a request once only. */
class GuestBookEntryTest {

    private static final Actor OFFICER = new Actor("officer-1", "petugas.satu");

    static final Instant VISITED = Instant.parse("2026-03-13T02:30:00Z");
    static final Instant NOW = Instant.parse("2026-03-13T03:00:00Z");

    @Test
    void aSignedEntryKeepsWhatTheVisitorGaveAndSaysOnlyWhetherThereIsAPhone() {
        GuestBookEntry entry = GuestBookEntry.sign("Sri Wahyuni", "Universitas PGRI Madiun", "081234567890",
                "Menanyakan data anggaran", VISITED, null, OFFICER, NOW);
        assertThat(entry.id()).isNotNull();
        assertThat(entry.visitorName()).isEqualTo("Sri Wahyuni");
        assertThat(entry.organization()).isEqualTo("Universitas PGRI Madiun");
        assertThat(entry.purpose()).isEqualTo("Menanyakan data anggaran");
        assertThat(entry.visitedAt()).isEqualTo(VISITED);
        assertThat(entry.recordedBy()).isEqualTo("officer-1");
        assertThat(entry.hasPhone()).isTrue();
        assertThat(entry.request()).isNull();
        assertThat(GuestBookEntry.sign("Tamu", null, null, "Bertanya", VISITED, null, OFFICER, NOW).hasPhone())
                .isFalse();
        assertThat(GuestBookEntry.sign("Tamu", null, "  ", "Bertanya", VISITED, null, OFFICER, NOW).hasPhone())
                .isFalse();
    }

    @Test
    void anEntryIsLinkedToTheRequestOnceOnly() {
        InformationRequest first = InformationRequestStateTest.registered();
        InformationRequest second = InformationRequestStateTest.registered();
        GuestBookEntry entry = GuestBookEntry.sign("Sri Wahyuni", null, null, "Meminta salinan DPA", VISITED, null,
                OFFICER, NOW);
        entry.linkTo(first);
        assertThat(entry.request()).isSameAs(first);
        DomainException again = catchThrowableOfType(DomainException.class, () -> entry.linkTo(second));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("guestbook.already-linked");
        assertThat(again.args()).containsExactly(entry.id(), first.registrationNumber());
        assertThat(entry.request()).isSameAs(first);
    }

    @Test
    void anEntrySignedWithItsRequestIsAlreadyLinked() {
        InformationRequest filed = InformationRequestStateTest.registered();
        GuestBookEntry entry = GuestBookEntry.sign("Sri Wahyuni", null, null, "Mengajukan permohonan", VISITED,
                filed, OFFICER, NOW);
        assertThat(entry.request()).isSameAs(filed);
        assertThat(catchThrowableOfType(DomainException.class, () -> entry.linkTo(filed)).code())
                .isEqualTo("guestbook.already-linked");
    }
}
