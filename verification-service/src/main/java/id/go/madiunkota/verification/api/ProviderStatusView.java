package id.go.madiunkota.verification.api;

import id.go.madiunkota.verification.entity.BusinessForm;
import id.go.madiunkota.verification.entity.Outcome;
import id.go.madiunkota.verification.entity.ProviderStatus;
import id.go.madiunkota.verification.entity.VerificationStatus;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A provider's registration as anyone holding its reference sees it: where it stands, and what to bring again after a
 * rejection. No personal data: no NPWP, NIK, director, phone, e-mail or address, and no company name for an
 * individual business (that name is a person's).
 *
 * @param companyName the company's name; null for an INDIVIDUAL business
 * @param verification the latest in-person verification, null before the first
 */
@Schema(name = "ProviderStatus")
public record ProviderStatusView(
        @Schema(example = "K7QX2-MB9TD") String registrationReference,
        @Schema(example = "CV Maju Jaya Madiun") String companyName,
        @Schema(example = "CV") BusinessForm businessForm,
        @Schema(example = "REGISTERED") ProviderStatus status,
        Instant registeredAt,
        Instant activatedAt,
        LatestVerification verification) {

    /**
     * The latest verification: its attempt, state and outcome, and after a rejection the documents found missing or
     * invalid (to bring next time).
     */
    @Schema(name = "ProviderStatusVerification")
    public record LatestVerification(
            @Schema(example = "1") int attempt,
            @Schema(example = "REJECTED") VerificationStatus status,
            @Schema(example = "REJECTED") Outcome outcome,
            Instant startedAt,
            Instant decidedAt,
            List<MissingItem> missing) {
    }

    /** A document found missing or invalid, named in both languages. */
    @Schema(name = "ProviderStatusMissingItem")
    public record MissingItem(
            @Schema(example = "NIB") String code,
            @Schema(example = "Nomor Induk Berusaha (NIB)") String name,
            @Schema(example = "Business identification number (NIB)") String nameEn) {
    }
}
