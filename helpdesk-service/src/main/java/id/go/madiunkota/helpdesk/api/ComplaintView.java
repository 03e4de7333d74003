package id.go.madiunkota.helpdesk.api;

import id.go.madiunkota.common.privacy.AuditorMask;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A complaint as staff see it, with the complainant's contact so that they can answer. */
@Schema(name = "Complaint")
public record ComplaintView(
        UUID id,
        @Schema(example = "K7QX2-MB9TD") String trackingCode,
        @Schema(example = "COMPLAINT") String kind,
        @Schema(example = "SMS") String channel,
        @Schema(example = "VERIFICATION") String service,
        @Schema(example = "RECEIVED") String status,
        ComplainantView complainant,
        String content,
        Instant receivedAt,
        String recordedBy,
        String answer,
        String answeredBy,
        Instant answeredAt) {

    /** The same complaint as the auditor sees it: the complainant's phone and e-mail masked. */
    public ComplaintView masked() {
        ComplainantView who = complainant == null ? null : new ComplainantView(complainant.name(),
                AuditorMask.phone(complainant.phone()), AuditorMask.email(complainant.email()));
        return new ComplaintView(id, trackingCode, kind, channel, service, status, who, content, receivedAt,
                recordedBy, answer, answeredBy, answeredAt);
    }

    /** Who complained. */
    @Schema(name = "ComplainantView")
    public record ComplainantView(@Schema(example = "Rina Kusuma") String name,
            @Schema(example = "081298765432") String phone, @Schema(example = "rina.kusuma@example.id") String email) {
    }
}
