package id.go.madiunkota.helpdesk.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A callback task in the agent's queue, with what the agent needs to make the call. */
@Schema(name = "Callback")
public record CallbackView(
        UUID id,
        UUID consultationId,
        @Schema(example = "agen.helpdesk") String agent,
        @Schema(example = "PENDING") String status,
        Instant dueAt,
        @Schema(description = "Pending and its time has come") boolean due,
        @Schema(description = "Pending and due for longer than madiun.helpdesk.callbacks.overdue-after")
        boolean overdue,
        Instant notifiedAt,
        Instant completedAt,
        @Schema(example = "ANSWERED") String consultationStatus,
        @Schema(example = "Agus Prasetyo") String callerName,
        @Schema(example = "081234567890") String callerPhone,
        @Schema(example = "USER_ID_PASSWORD") String topic) {
}
