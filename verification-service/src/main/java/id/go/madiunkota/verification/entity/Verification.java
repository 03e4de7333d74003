package id.go.madiunkota.verification.entity;

import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One in-person verification of a provider at LPSE: the guest books, the per-document checks against the items of a
 * checklist version that apply to the provider, the blacklist check, the decision, the signed sheet and the archive.
 * {@code IN_PROGRESS → APPROVED | REJECTED → SIGNED → ARCHIVED}; a move the flow does not allow is a 409. The parts
 * are embedded: {@link Documents}, {@link Representative}, {@link BlacklistCheck}, {@link Decision}, {@link Filing}.
 */
@Entity
@Table(name = "verification")
public class Verification {

    @Id
    private UUID id;
    @Column(name = "provider_id", nullable = false, updatable = false)
    private UUID providerId;
    @Column(nullable = false, updatable = false)
    private int attempt;
    @Column(name = "checklist_version", nullable = false, updatable = false)
    private String checklistVersion;
    /** The checklist items that apply to this provider, as they were when the verification started. */
    @Embedded
    private Documents documents;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationStatus status;
    @Embedded
    @AttributeOverride(name = "subject", column = @Column(name = "verified_by", nullable = false, updatable = false))
    @AttributeOverride(name = "name", column = @Column(name = "verified_by_name", updatable = false))
    private Actor verifier;
    @Embedded
    private Representative representative;
    @Column(name = "lpse_guest_book_signed_at", nullable = false)
    private Instant lpseGuestBookSignedAt;
    @Column(name = "verification_guest_book_signed_at", nullable = false)
    private Instant verificationGuestBookSignedAt;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Embedded
    private BlacklistCheck blacklistCheck;
    @Embedded
    private Decision decision;
    @Embedded
    private Filing filing;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Verification() {
    }

    /** The provider has signed both guest books and meets the verifier with the documents. */
    public static Verification start(Provider provider, int attempt, ChecklistVersion checklist,
            Representative representative, Instant lpseGuestBookSignedAt, Instant verificationGuestBookSignedAt,
            Actor verifier, Instant now) {
        provider.requireVerifiable();
        Verification verification = new Verification();
        verification.id = UUID.randomUUID();
        verification.providerId = provider.id();
        verification.attempt = attempt;
        verification.checklistVersion = checklist.version();
        verification.documents = new Documents(checklist.applicableTo(provider.businessForm(), representative != null));
        verification.representative = representative;
        verification.lpseGuestBookSignedAt = lpseGuestBookSignedAt;
        verification.verificationGuestBookSignedAt = verificationGuestBookSignedAt;
        verification.status = VerificationStatus.IN_PROGRESS;
        verification.verifier = verifier;
        verification.startedAt = now;
        verification.updatedAt = now;
        return verification;
    }

    /** Records the check of one document of the checklist; again for the same code replaces the earlier check. */
    public void checkDocument(String code, boolean originalSighted, boolean copyReceived, String note, Actor by,
            Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, Step.CHECK_DOCUMENT);
        documents.check(code, DocumentCheck.of(originalSighted, copyReceived, note, now, by));
        updatedAt = now;
    }

    /**
     * Refuses a scan of {@code code} unless the code is on this verification's checklist (404) and the file is still
     * open: scans go with the papers until the verification is archived (409 after).
     */
    public void requireScannable(String code) {
        if (!documents.has(code)) {
            throw Refusals.notFound(RecordKind.CHECKLIST_ITEM, code);
        }
        require(status != VerificationStatus.ARCHIVED, Step.ATTACH_SCAN);
    }

    /** The blacklist (daftar hitam) check of the provider's NPWP; again replaces the earlier one. */
    public void recordBlacklistCheck(boolean listed, String source, Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, Step.BLACKLIST_CHECK);
        blacklistCheck = new BlacklistCheck(listed, source, now);
        updatedAt = now;
    }

    /** Codes of the items not yet satisfied: original not seen or copy not received where asked. */
    public List<String> unsatisfiedItems() {
        return documents.unsatisfied();
    }

    /** Approval: every item satisfied and the blacklist check recorded and clear; else 409 saying what is missing. */
    public void approve(String note, Actor by, Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, Step.APPROVE);
        List<String> unsatisfied = unsatisfiedItems();
        if (!unsatisfied.isEmpty()) {
            throw DomainException.conflict("verification.documents-incomplete", String.join(", ", unsatisfied));
        }
        if (blacklistCheck == null) {
            throw DomainException.conflict("verification.blacklist-check-missing");
        }
        if (blacklistCheck.listed()) {
            throw DomainException.conflict("verification.blacklisted");
        }
        decide(Outcome.APPROVED, List.of(), note, by, now);
    }

    /**
     * Rejection, listing the codes the verifier names (each must be on this verification's checklist) and every item
     * not yet satisfied; the list is empty only when the blacklist check found the provider listed. The provider may
     * come back for a new verification.
     */
    public void reject(List<String> named, String note, Actor by, Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, Step.REJECT);
        List<String> missing = documents.missingWith(named);
        if (missing.isEmpty() && !blacklisted()) {
            throw InvalidInputException.of("missing", "verification.missing-required");
        }
        decide(Outcome.REJECTED, missing, note, by, now);
    }

    /** The verification sheet is signed by provider and verifier. */
    public void sign(Actor by, Instant now) {
        require(status == VerificationStatus.APPROVED || status == VerificationStatus.REJECTED, Step.SIGN);
        filing = Filing.signed(by, now);
        status = VerificationStatus.SIGNED;
        updatedAt = now;
    }

    /** The signed file goes to the archive. */
    public void archive(String reference, Instant now) {
        require(status == VerificationStatus.SIGNED, Step.ARCHIVE);
        filing.archive(reference, now);
        status = VerificationStatus.ARCHIVED;
        updatedAt = now;
    }

    /** From start to decision; null while undecided. */
    public Duration duration() {
        return decision == null ? null : decision.durationSince(startedAt);
    }

    /** Whether the decision came within {@code targetMinutes} of the start; null while undecided. */
    public Boolean withinTarget(int targetMinutes) {
        Duration duration = duration();
        return duration == null ? null : duration.compareTo(Duration.ofMinutes(targetMinutes)) <= 0;
    }

    /** Whether the blacklist check found the provider listed (false while not checked). */
    public boolean blacklisted() {
        return blacklistCheck != null && blacklistCheck.listed();
    }

    private void decide(Outcome result, List<String> missing, String note, Actor by, Instant now) {
        decision = new Decision(result, missing, note, now, by);
        status = result.status();
        updatedAt = now;
    }

    private void require(boolean allowed, Step step) {
        if (!allowed) {
            throw Refusals.invalidTransition(status, step);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public int attempt() {
        return attempt;
    }

    public String checklistVersion() {
        return checklistVersion;
    }

    public Documents documents() {
        return documents;
    }

    public VerificationStatus status() {
        return status;
    }

    public Actor verifier() {
        return verifier;
    }

    /** The representative; null when the director came in person. */
    public Representative representative() {
        return representative;
    }

    public Instant lpseGuestBookSignedAt() {
        return lpseGuestBookSignedAt;
    }

    public Instant verificationGuestBookSignedAt() {
        return verificationGuestBookSignedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** The blacklist check; null until recorded. */
    public BlacklistCheck blacklistCheck() {
        return blacklistCheck;
    }

    /** The decision; null while in progress. */
    public Decision decision() {
        return decision;
    }

    /** The outcome; null while in progress. */
    public Outcome outcome() {
        return decision == null ? null : decision.outcome();
    }

    /** The signature and archive; null until signed. */
    public Filing filing() {
        return filing;
    }
}
