package id.go.madiunkota.helpdesk.rest;

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

    /** Who complained. */
    @Schema(name = "ComplainantView")
    public record ComplainantView(@Schema(example = "Rina Kusuma") String name,
            @Schema(example = "081298765432") String phone, @Schema(example = "rina.kusuma@example.id") String email) {
    }
}
