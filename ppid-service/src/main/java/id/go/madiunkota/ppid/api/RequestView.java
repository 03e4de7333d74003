package id.go.madiunkota.ppid.api;

import id.go.madiunkota.common.privacy.AuditorMask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request as staff and its owner see it. The NIK is always masked. */
@Schema(name = "Request")
public record RequestView(
        UUID id,
        @Schema(example = "PPID/2026/000123") String registrationNumber,
        @Schema(example = "K7QX2-MB9TD") String trackingCode,
        @Schema(example = "REGISTERED") String status,
        @Schema(example = "ONLINE") String channel,
        ApplicantView applicant,
        String informationRequested,
        String purpose,
        String obtainMethod,
        String copyFormat,
        String deliveryMethod,
        Instant receivedAt,
        @Schema(description = "Day 0 of the deadline") LocalDate receivedOn,
        LocalDate dueDate,
        boolean dueSoon,
        boolean overdue,
        String calendarVersion,
        LocalDate extendedOn,
        String extensionReason,
        DecisionView decision,
        Instant deliveredAt,
        String deliveredBy,
        @Schema(description = "The deadline was counted over a year without an entered decree (predicted holidays, "
                + "cuti bersama unknown): it may move once the decree is entered") boolean calendarProvisional,
        @Schema(description = "The officer who recorded the request (display name); null when submitted online",
                example = "petugas.ppid") String recordedBy,
        @Schema(description = "The officer who extended the period (display name), or null",
                example = "petugas.ppid") String extendedBy) {

    /** The same request as the auditor sees it: the applicant's e-mail masked too (the NIK is masked for all). */
    public RequestView masked() {
        ApplicantView masked = applicant == null ? null : new ApplicantView(applicant.type(), applicant.name(),
                applicant.nikMasked(), applicant.legalEntityNumber(), applicant.occupation(),
                AuditorMask.email(applicant.email()), applicant.hasPhone(), applicant.representativeName());
        return new RequestView(id, registrationNumber, trackingCode, status, channel, masked, informationRequested,
                purpose, obtainMethod, copyFormat, deliveryMethod, receivedAt, receivedOn, dueDate, dueSoon, overdue,
                calendarVersion, extendedOn, extensionReason, decision, deliveredAt, deliveredBy, calendarProvisional,
                recordedBy, extendedBy);
    }

    /** The applicant with personal data masked. */
    @Schema(name = "ApplicantView")
    public record ApplicantView(String type, String name, @Schema(example = "3577********0001") String nikMasked,
            String legalEntityNumber, String occupation, String email, boolean hasPhone, String representativeName) {
    }

    /** The written decision, once given. */
    @Schema(name = "DecisionView")
    public record DecisionView(String outcome, List<GroundView> exemptionGrounds, String consequenceTest,
            String withheldParts, String heldBy,
            @Schema(description = "NOT_HELD: the holder of the information is not known to the PPID")
            boolean holderUnknown,
            String copyFormat, String note, LocalDate decidedOn,
            java.math.BigDecimal cost,
            @Schema(description = "The officer who decided (display name)", example = "petugas.ppid")
            String decidedBy) {
    }

    /** A legal ground for withholding information. */
    @Schema(name = "ExemptionGround")
    public record GroundView(@Schema(example = "PASAL_17_H") String code,
            @Schema(example = "Pasal 17 huruf h") String article, String text) {
    }
}
