package id.go.madiunkota.helpdesk.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What anyone holding the tracking code sees: kind, service, status and the answer; no personal data. */
@Schema(name = "ComplaintTracking")
public record ComplaintTrackingView(
        @Schema(example = "K7QX2-MB9TD") String trackingCode,
        @Schema(example = "COMPLAINT") String kind,
        @Schema(example = "VERIFICATION") String service,
        @Schema(example = "ANSWERED") String status,
        Instant receivedAt,
        String answer,
        Instant answeredAt) {
}
