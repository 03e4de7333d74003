package id.go.madiunkota.helpdesk.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A consultation as the helpdesk agent sees it, with its escalations and its timing against the service standard. */
@Schema(name = "Consultation")
public record ConsultationView(
        UUID id,
        @Schema(example = "ESCALATED") String status,
        @Schema(example = "PHONE") String channel,
        CallerView caller,
        @Schema(example = "USER_ID_PASSWORD") String topic,
        String question,
        @Schema(description = "Login of the agent who opened it", example = "agen.helpdesk") String agent,
        Instant openedAt,
        @Schema(description = "The agent's direct answer, if resolved without LKPP") String answer,
        Instant resolvedAt,
        List<EscalationView> escalations,
        Instant closedAt,
        TimingView timing) {

    /** Who called. */
    @Schema(name = "CallerView")
    public record CallerView(@Schema(example = "Agus Prasetyo") String name, @Schema(example = "PROVIDER") String role,
            @Schema(example = "CV Maju Jaya") String organization, @Schema(example = "081234567890") String phone) {
    }

    /** One escalation to LKPP. */
    @Schema(name = "EscalationView")
    public record EscalationView(int number, String note, Instant escalatedAt, String escalatedBy, UUID callbackId,
            String answer, @Schema(example = "LKPP-HD-2026-004512") String lkppReference, Instant answeredAt,
            Instant relayedAt, Boolean accepted) {
    }

    /**
     * Time against the standard: minutes from opening (to closing, or to now while open), of which the minutes waiting
     * on LKPP, shown separately.
     */
    @Schema(name = "ConsultationTiming")
    public record TimingView(@Schema(example = "30") int targetMinutes, @Schema(example = "24") long elapsedMinutes,
            @Schema(example = "640") int lkppWaitSeconds, @Schema(example = "true") boolean withinTarget) {
    }
}
