package id.go.madiunkota.verification.api;

import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.entity.VerificationStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A verification with its documents, blacklist check, decision, signature, archive and timing. */
public record VerificationView(
        UUID id,
        UUID providerId,
        int attempt,
        String checklistVersion,
        VerificationStatus status,
        String verifier,
        boolean represented,
        RepresentativeView representative,
        Instant lpseGuestBookSignedAt,
        Instant verificationGuestBookSignedAt,
        Instant startedAt,
        List<DocumentView> documents,
        List<String> unsatisfiedItems,
        BlacklistView blacklistCheck,
        Outcome outcome,
        List<String> missingItems,
        String decisionNote,
        Instant decidedAt,
        String decidedBy,
        Long durationSeconds,
        int targetMinutes,
        Boolean withinTarget,
        Instant signedAt,
        String signedBy,
        String archiveReference,
        Instant archivedAt) {

    /** The representative, NIK masked. */
    public record RepresentativeView(String name, String nikMasked, String powerOfAttorney) {
    }

    /** One checklist item of this verification and its check. */
    public record DocumentView(String code, String name, String nameEn, boolean originalRequired,
            boolean copyRequired, boolean originalSighted, boolean copyReceived, String note, Instant checkedAt,
            String checkedBy, boolean satisfied) {
    }

    /** The blacklist (daftar hitam) check. */
    public record BlacklistView(boolean listed, String source, Instant checkedAt) {
    }
}
