package id.go.madiunkota.ppid.calendar.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a year's non-working days, in date order.
 *
 * @param items the days on this page
 * @param page the page number, from 0
 * @param size the most days a page holds
 * @param total how many days the year has
 * @param yearCalendar DECREED when the year's joint decree is entered; PROVISIONAL when it is not, and the year also
 *        has the predicted holidays of {@code GET /calendar/predicted-holidays} as non-working days
 */
@Schema(name = "NonWorkingDayPage")
public record NonWorkingDayPage(
        List<NonWorkingDayView> items,
        @Schema(example = "0") int page,
        @Schema(example = "100") int size,
        @Schema(example = "25") long total,
        @Schema(example = "DECREED", enumeration = {"DECREED", "PROVISIONAL"}) String yearCalendar) {
}
