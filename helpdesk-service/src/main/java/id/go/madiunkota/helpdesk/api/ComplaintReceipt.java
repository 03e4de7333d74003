package id.go.madiunkota.helpdesk.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submitted complaint: its id and the tracking code to follow it with. */
@Schema(name = "ComplaintReceipt")
public record ComplaintReceipt(
        UUID id,
        @Schema(example = "K7QX2-MB9TD") String trackingCode,
        @Schema(example = "COMPLAINT") String kind,
        @Schema(example = "ONLINE") String channel,
        @Schema(example = "VERIFICATION") String service,
        @Schema(example = "RECEIVED") String status,
        Instant receivedAt) {
}
