package id.go.madiunkota.helpdesk.api;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The helpdesk's figures for consultations opened and complaints received from {@code from} to {@code to} (both
 * included, Asia/Jakarta days). Shares are fractions from 0 to 1, null when there is nothing to divide.
 */
@Schema(name = "HelpdeskReport")
public record HelpdeskReport(
        LocalDate from,
        LocalDate to,
        Consultations consultations,
        Complaints complaints) {

    /** Consultations opened in the period. */
    @Schema(name = "ConsultationFigures")
    public record Consultations(
            @Schema(example = "42") long total,
            @Schema(example = "{\"USER_ID_PASSWORD\": 12, \"TENDER\": 9}") Map<String, Long> byTopic,
            @Schema(example = "{\"PHONE\": 30, \"WALK_IN\": 12}") Map<String, Long> byChannel,
            @Schema(example = "{\"PROVIDER\": 28, \"PROCUREMENT_OFFICIAL\": 14}") Map<String, Long> byCallerRole,
            @Schema(example = "{\"CLOSED\": 40, \"OPEN\": 2}") Map<String, Long> byStatus,
            @Schema(description = "Completion target of the service standard in force", example = "30")
            int targetMinutes,
            @Schema(example = "40") long closed,
            @Schema(example = "36") long closedWithinTarget,
            @Schema(description = "closedWithinTarget / closed", example = "0.9") Double shareWithinTarget,
            @Schema(description = "Mean minutes from opening to closing", example = "18.5")
            Double averageMinutesToClose,
            @Schema(description = "Consultations escalated to LKPP at least once", example = "8") long escalated,
            @Schema(description = "escalated / total", example = "0.19") Double escalationRate,
            @Schema(description = "LKPP answers recorded", example = "9") long lkppAnswers,
            @Schema(description = "Mean minutes from escalation to LKPP's answer", example = "14.2")
            Double averageLkppTurnaroundMinutes) {
    }

    /** Complaints, suggestions and input received in the period. */
    @Schema(name = "ComplaintFigures")
    public record Complaints(
            @Schema(example = "7") long total,
            @Schema(example = "{\"VERIFICATION\": 4, \"PPID\": 3}") Map<String, Long> byService,
            @Schema(example = "{\"COMPLAINT\": 5, \"SUGGESTION\": 2}") Map<String, Long> byKind,
            @Schema(description = "Not yet answered", example = "2") long open) {
    }
}
