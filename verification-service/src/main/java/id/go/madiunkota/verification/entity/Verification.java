package id.go.madiunkota.verification.entity;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import id.go.madiunkota.common.problem.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One in-person verification of a provider at LPSE: the guest books, the per-document checks against the items of a
 * checklist version that apply to the provider, the blacklist check, the decision, the signed sheet and the archive.
 * {@code IN_PROGRESS → APPROVED | REJECTED → SIGNED → ARCHIVED}; a move the flow does not allow is a 409.
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
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<ChecklistItem> items;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "document_checks", nullable = false)
    private Map<String, DocumentCheck> documentChecks = new LinkedHashMap<>();
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VerificationStatus status;
    @Column(nullable = false, updatable = false)
    private String verifier;
    @Column(name = "representative_name")
    private String representativeName;
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "representative_nik")
    private String representativeNik;
    @Column(name = "representative_nik_hash")
    private String representativeNikHash;
    @Column(name = "power_of_attorney")
    private String powerOfAttorney;
    @Column(name = "lpse_guest_book_signed_at", nullable = false)
    private Instant lpseGuestBookSignedAt;
    @Column(name = "verification_guest_book_signed_at", nullable = false)
    private Instant verificationGuestBookSignedAt;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "blacklist_listed")
    private Boolean blacklistListed;
    @Column(name = "blacklist_source")
    private String blacklistSource;
    @Column(name = "blacklist_checked_at")
    private Instant blacklistCheckedAt;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "missing_items")
    private List<String> missingItems;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "archive_reference")
    private String archiveReference;
    @Column(name = "archived_at")
    private Instant archivedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "row_version", nullable = false)
    private int rowVersion;

    protected Verification() {
        // for JPA
    }

    /** The provider has signed both guest books and meets the verifier with the documents. */
    public static Verification start(Provider provider, int attempt, ChecklistVersion checklist,
            Representative representative, Instant lpseGuestBookSignedAt, Instant verificationGuestBookSignedAt,
            String verifier, Instant now) {
        provider.requireVerifiable();
        Verification verification = new Verification();
        verification.id = UUID.randomUUID();
        verification.providerId = provider.id();
        verification.attempt = attempt;
        verification.checklistVersion = checklist.version();
        verification.items = checklist.applicableTo(provider.businessForm(), representative != null);
        if (representative != null) {
            verification.representativeName = representative.name();
            verification.representativeNik = representative.nik();
            verification.representativeNikHash = representative.nikHash();
            verification.powerOfAttorney = representative.powerOfAttorney();
        }
        verification.lpseGuestBookSignedAt = lpseGuestBookSignedAt;
        verification.verificationGuestBookSignedAt = verificationGuestBookSignedAt;
        verification.status = VerificationStatus.IN_PROGRESS;
        verification.verifier = verifier;
        verification.startedAt = now;
        verification.updatedAt = now;
        return verification;
    }

    /** Records the check of one document of the checklist; again for the same code replaces the earlier check. */
    public void checkDocument(String code, boolean originalSighted, boolean copyReceived, String note, String by,
            Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, "check-document");
        if (items.stream().noneMatch(item -> item.code().equals(code))) {
            throw DomainException.notFound("Checklist item", code);
        }
        Map<String, DocumentCheck> checks = new LinkedHashMap<>(documentChecks);
        checks.put(code, new DocumentCheck(originalSighted, copyReceived, note, now, by));
        documentChecks = checks;
        updatedAt = now;
    }

    /** The blacklist (daftar hitam) check of the provider's NPWP; again replaces the earlier one. */
    public void recordBlacklistCheck(boolean listed, String source, Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, "blacklist-check");
        blacklistListed = listed;
        blacklistSource = source;
        blacklistCheckedAt = now;
        updatedAt = now;
    }

    /** Codes of the items not yet satisfied: original not seen or copy not received where asked. */
    public List<String> unsatisfiedItems() {
        return items.stream().filter(item -> !item.satisfiedBy(documentChecks.get(item.code())))
                .map(ChecklistItem::code).toList();
    }

    /** Approval: every item satisfied and the blacklist check recorded and clear; else 409 saying what is missing. */
    public void approve(String note, String by, Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, "approve");
        List<String> unsatisfied = unsatisfiedItems();
        if (!unsatisfied.isEmpty()) {
            throw DomainException.conflict("verification.documents-incomplete", String.join(", ", unsatisfied));
        }
        if (blacklistListed == null) {
            throw DomainException.conflict("verification.blacklist-check-missing");
        }
        if (blacklistListed) {
            throw DomainException.conflict("verification.blacklisted");
        }
        decide(Outcome.APPROVED, List.of(), note, by, now);
    }

    /** Rejection with the missing or invalid items; the provider may come back for a new verification. */
    public void reject(List<String> missing, String note, String by, Instant now) {
        require(status == VerificationStatus.IN_PROGRESS, "reject");
        decide(Outcome.REJECTED, missing, note, by, now);
    }

    /** The verification sheet is signed by provider and verifier. */
    public void sign(String by, Instant now) {
        require(status == VerificationStatus.APPROVED || status == VerificationStatus.REJECTED, "sign");
        signedAt = now;
        signedBy = by;
        status = VerificationStatus.SIGNED;
        updatedAt = now;
    }

    /** The signed file goes to the archive. */
    public void archive(String reference, Instant now) {
        require(status == VerificationStatus.SIGNED, "archive");
        archiveReference = reference;
        archivedAt = now;
        status = VerificationStatus.ARCHIVED;
        updatedAt = now;
    }

    /** From start to decision; null while undecided. */
    public Duration duration() {
        return decidedAt == null ? null : Duration.between(startedAt, decidedAt);
    }

    private void decide(Outcome result, List<String> missing, String note, String by, Instant now) {
        outcome = result;
        missingItems = List.copyOf(missing);
        decisionNote = note;
        decidedAt = now;
        decidedBy = by;
        status = result.status();
        updatedAt = now;
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw DomainException.invalidTransition(status.name(), action);
        }
    }

    /** Who comes for the provider, with a power of attorney; {@code nikHash} is the keyed hash of {@code nik}. */
    public record Representative(String name, String nik, String nikHash, String powerOfAttorney) {
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

    public List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    public Map<String, DocumentCheck> documentChecks() {
        return Map.copyOf(documentChecks);
    }

    public VerificationStatus status() {
        return status;
    }

    public String verifier() {
        return verifier;
    }

    public boolean represented() {
        return representativeName != null;
    }

    public String representativeName() {
        return representativeName;
    }

    public String representativeNik() {
        return representativeNik;
    }

    public String powerOfAttorney() {
        return powerOfAttorney;
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

    public Boolean blacklistListed() {
        return blacklistListed;
    }

    public String blacklistSource() {
        return blacklistSource;
    }

    public Instant blacklistCheckedAt() {
        return blacklistCheckedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> missingItems() {
        return missingItems == null ? List.of() : List.copyOf(missingItems);
    }

    public String decisionNote() {
        return decisionNote;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String signedBy() {
        return signedBy;
    }

    public String archiveReference() {
        return archiveReference;
    }

    public Instant archivedAt() {
        return archivedAt;
    }
}
