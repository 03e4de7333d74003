package id.go.madiunkota.verification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.go.madiunkota.common.problem.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of providers, checklists and verifications, without a database. */
class VerificationRulesTest {

    private static final Instant T0 = Instant.parse("2026-03-16T02:00:00Z");
    private static final Actor V = new Actor("0b6d-verifier-1", "petugas.verifikasi");
    private static final Actor ADMIN = new Actor("0b6d-admin-1", "admin.lpse");

    private static final ChecklistVersion CHECKLIST = new ChecklistVersion("TEST-1", "Test", LocalDate.of(2026, 1, 1),
            null, List.of(
                    new ChecklistItem("KTP", "KTP", "ID card", true, true, false, List.of()),
                    new ChecklistItem("POA", "Surat kuasa", "Power of attorney", true, false, true, List.of()),
                    new ChecklistItem("DEED", "Akta", "Deed", true, true, false,
                            List.of(BusinessForm.PT, BusinessForm.CV)),
                    new ChecklistItem("FORM", "Formulir", "Form", true, false, false, List.of())),
            T0, V);

    private static Provider provider(BusinessForm form) {
        return Provider.register("K7QX2-MB9TD", "Usaha", form, "0912345678901234", "hash", null, "Direktur",
                "3577010505800003", "nikhash", "a@b.id", "0351", "Jl. Madiun", T0);
    }

    private static Verification started(BusinessForm form, boolean represented) {
        Representative representative = represented
                ? new Representative("Wakil", "3577014512920002", "h", "Surat kuasa") : null;
        return Verification.start(provider(form), 1, CHECKLIST, representative, T0, T0, V, T0);
    }

    private static Verification complete() {
        Verification v = started(BusinessForm.CV, false);
        for (String code : List.of("KTP", "DEED", "FORM")) {
            v.checkDocument(code, true, true, null, V, T0);
        }
        v.recordBlacklistCheck(false, "LKPP", T0);
        return v;
    }

    @ParameterizedTest(name = "{0}, represented {1}: {2}")
    @CsvSource({
        "PT, false, KTP DEED FORM",
        "CV, true, KTP POA DEED FORM",
        "INDIVIDUAL, false, KTP FORM",
        "COOPERATIVE, false, KTP FORM",
        "INDIVIDUAL, true, KTP POA FORM"})
    void theItemsDependOnBusinessFormAndRepresentative(BusinessForm form, boolean represented, String codes) {
        assertThat(started(form, represented).documents().items()).extracting(ChecklistItem::code)
                .containsExactly(codes.split(" "));
    }

    @ParameterizedTest(name = "original {0}, copy {1} for an item asking both: {2}")
    @CsvSource({"true, true, true", "true, false, false", "false, true, false", "false, false, false"})
    void anItemAskingOriginalAndCopyNeedsBoth(boolean original, boolean copy, boolean satisfied) {
        ChecklistItem ktp = CHECKLIST.items().get(0);
        assertThat(ktp.satisfiedBy(new DocumentCheck(original, copy, null, T0, "v", "v"))).isEqualTo(satisfied);
        assertThat(ktp.satisfiedBy(null)).isFalse();
    }

    @Test
    void aFormNeedsOnlyItsOriginal() {
        assertThat(CHECKLIST.items().get(3).satisfiedBy(new DocumentCheck(true, false, null, T0, "v", "v"))).isTrue();
    }

    @Test
    void approvalNeedsEveryItemAndAClearBlacklistCheck() {
        Verification incomplete = started(BusinessForm.CV, false);
        incomplete.checkDocument("KTP", true, true, null, V, T0);
        assertThatThrownBy(() -> incomplete.approve(null, V, T0)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("verification.documents-incomplete"))
                .satisfies(e -> assertThat(((DomainException) e).args()).containsExactly("DEED, FORM"));

        Verification unchecked = started(BusinessForm.INDIVIDUAL, false);
        unchecked.checkDocument("KTP", true, true, null, V, T0);
        unchecked.checkDocument("FORM", true, false, null, V, T0);
        assertThatThrownBy(() -> unchecked.approve(null, V, T0))
                .satisfies(e -> assertThat(((DomainException) e).code())
                        .isEqualTo("verification.blacklist-check-missing"));
        unchecked.recordBlacklistCheck(true, "LKPP", T0);
        assertThatThrownBy(() -> unchecked.approve(null, V, T0))
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("verification.blacklisted"));
        unchecked.recordBlacklistCheck(false, "LKPP", T0);
        unchecked.approve("ok", V, T0.plusSeconds(600));
        assertThat(unchecked.status()).isEqualTo(VerificationStatus.APPROVED);
        assertThat(unchecked.duration()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aDocumentNotOnTheVerificationsChecklistIsNotFound() {
        Verification v = started(BusinessForm.INDIVIDUAL, false);
        assertThatThrownBy(() -> v.checkDocument("DEED", true, true, null, V, T0))
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> v.checkDocument("POA", true, true, null, V, T0))
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(404));
    }

    /** Every step, and the states from which it is allowed. */
    @ParameterizedTest(name = "from {0}")
    @EnumSource(VerificationStatus.class)
    void eachStepIsAllowedOnlyFromItsStates(VerificationStatus from) {
        expect(from, v -> v.checkDocument("KTP", true, true, null, V, T0), from == VerificationStatus.IN_PROGRESS);
        expect(from, v -> v.recordBlacklistCheck(false, "LKPP", T0), from == VerificationStatus.IN_PROGRESS);
        expect(from, v -> v.approve(null, V, T0), from == VerificationStatus.IN_PROGRESS);
        expect(from, v -> v.reject(List.of("KTP"), null, V, T0), from == VerificationStatus.IN_PROGRESS);
        expect(from, v -> v.sign(V, T0),
                from == VerificationStatus.APPROVED || from == VerificationStatus.REJECTED);
        expect(from, v -> v.archive("ARSIP-1", T0), from == VerificationStatus.SIGNED);
    }

    private static void expect(VerificationStatus from, Consumer<Verification> step, boolean allowed) {
        Verification v = in(from);
        if (allowed) {
            step.accept(v);
        } else {
            assertThatThrownBy(() -> step.accept(v)).isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("invalid-transition"))
                    .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(409));
            assertThat(v.status()).isEqualTo(from);
        }
    }

    private static Verification in(VerificationStatus status) {
        Verification v = complete();
        switch (status) {
            case IN_PROGRESS -> { }
            case APPROVED -> v.approve(null, V, T0);
            case REJECTED -> v.reject(List.of("KTP"), null, V, T0);
            case SIGNED -> {
                v.reject(List.of("KTP"), null, V, T0);
                v.sign(V, T0);
            }
            case ARCHIVED -> {
                v.approve(null, V, T0);
                v.sign(V, T0);
                v.archive("ARSIP-1", T0);
            }
        }
        assertThat(v.status()).isEqualTo(status);
        return v;
    }

    @Test
    void aProviderIsActivatedOnceAndSuspendedOnce() {
        Provider p = provider(BusinessForm.PT);
        p.activate(java.util.UUID.randomUUID(), T0);
        assertThat(p.status()).isEqualTo(ProviderStatus.ACTIVE);
        assertThatThrownBy(() -> p.activate(java.util.UUID.randomUUID(), T0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(p::requireVerifiable).isInstanceOf(DomainException.class);
        p.suspend(SuspensionReason.BLACKLISTED, null, ADMIN, T0);
        assertThat(p.status()).isEqualTo(ProviderStatus.SUSPENDED);
        assertThatThrownBy(() -> p.suspend(SuspensionReason.OTHER, null, ADMIN, T0))
                .isInstanceOf(DomainException.class);
        Provider registered = provider(BusinessForm.CV);
        registered.suspend(SuspensionReason.PROVIDER_REQUEST, null, ADMIN, T0);
        assertThatThrownBy(() -> started(BusinessForm.CV, false).sign(V, T0)).isInstanceOf(DomainException.class);
    }
}
