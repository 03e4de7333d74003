package id.go.madiunkota.training.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session as the public schedule shows it.
 *
 * @param placesLeft places not taken yet (0 when full: new registrations go to the waitlist)
 * @param waitlisted how many wait for a place
 * @param calendarProvisional the session's day was checked against predicted holidays: its year's decree (SKB 3
 *        Menteri) is not entered yet, and if the decree makes the day non-working the session is cancelled
 * @param scheduledBy the display name of the staff member who scheduled it
 * @param cancelledBy the display name of who cancelled it (null while scheduled, or when the service cancelled it
 *        because its day became non-working)
 */
@Schema(name = "Session")
public record SessionView(
        UUID id,
        @Schema(example = "Pelatihan SPSE 4.5 untuk Penyedia") String title,
        @Schema(example = "PROVIDER") String audience,
        @Schema(example = "2026-12-08") LocalDate date,
        @Schema(example = "2026-12-08T02:00:00Z") Instant startsAt,
        @Schema(example = "2026-12-08T05:00:00Z") Instant endsAt,
        @Schema(example = "Ruang Pelatihan LPSE, Lantai 2") String room,
        @Schema(example = "20") int capacity,
        @Schema(example = "Agus Prasetyo, S.Kom.") String trainer,
        @Schema(example = "SCHEDULED") String status,
        @Schema(example = "12") long placesLeft,
        @Schema(example = "0") long waitlisted,
        String cancelReason,
        @Schema(example = "false") boolean calendarProvisional,
        @Schema(example = "pelatih.lpse") String scheduledBy,
        @Schema(example = "pelatih.lpse") String cancelledBy) {
}
