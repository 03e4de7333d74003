package id.go.madiunkota.training.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Training figures of the sessions dated between {@code from} and {@code to}, in total and per audience.
 *
 * @param sessions sessions scheduled in the period and not cancelled
 * @param cancelledSessions sessions of the period that were cancelled
 * @param participants registrations that held a place in those sessions
 * @param attended participants on the attendance lists
 * @param attendanceRate attended ÷ participants of sessions already held, 0 to 1 (null when none was held)
 * @param completed completions recorded
 * @param notUnderstood completions where the participant had not understood yet
 * @param repeats registrations that were a repeat (attempt 2 or more)
 * @param waitlisted registrations still waiting for a place
 */
@Schema(name = "TrainingReport")
public record TrainingReport(
        LocalDate from,
        LocalDate to,
        @Schema(example = "6") long sessions,
        @Schema(example = "1") long cancelledSessions,
        @Schema(example = "84") long participants,
        @Schema(example = "79") long attended,
        @Schema(example = "0.94") Double attendanceRate,
        @Schema(example = "79") long completed,
        @Schema(example = "5") long notUnderstood,
        @Schema(example = "4") long repeats,
        @Schema(example = "3") long waitlisted,
        List<AudienceFigures> byAudience) {

    /** The same figures for one audience. */
    @Schema(name = "AudienceFigures")
    public record AudienceFigures(
            @Schema(example = "PROVIDER") String audience,
            @Schema(example = "4") long sessions,
            @Schema(example = "60") long participants,
            @Schema(example = "57") long attended,
            @Schema(example = "0.95") Double attendanceRate,
            @Schema(example = "3") long repeats) {
    }
}
