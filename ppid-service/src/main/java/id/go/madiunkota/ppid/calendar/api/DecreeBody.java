package id.go.madiunkota.ppid.calendar.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's joint decree (SKB 3 Menteri) on national holidays and cuti bersama, as an admin enters it.
 *
 * @param year the year the decree sets
 * @param decreeNumber the decree's number(s), as printed
 * @param decreeDate the day the decree was signed
 * @param nationalHolidays the national holidays (libur nasional)
 * @param cutiBersama the joint leave days
 */
@Schema(name = "CalendarDecree")
public record DecreeBody(
        @NotNull @Min(1900) @Max(2100) @Schema(example = "2027", required = true, minimum = "1900",
                maximum = "2100") Integer year,
        @NotBlank @Size(max = 200) @Schema(example = "1 Tahun 2026, 2 Tahun 2026, 3 Tahun 2026", required = true)
        String decreeNumber,
        @NotNull @Schema(example = "2026-10-14", required = true) LocalDate decreeDate,
        @NotNull @Size(max = 60) @Schema(required = true) List<@NotNull @Valid Day> nationalHolidays,
        @Size(max = 60) List<@NotNull @Valid Day> cutiBersama) {

    /** Cuti bersama may be left out: none. */
    public List<Day> cutiBersamaOrNone() {
        return cutiBersama == null ? List.of() : cutiBersama;
    }

    /**
     * One day of the decree.
     *
     * @param date the day
     * @param name its name, as the decree writes it
     */
    @Schema(name = "CalendarDecreeDay")
    public record Day(
            @NotNull @Schema(example = "2027-01-01", required = true) LocalDate date,
            @NotBlank @Size(max = 200) @Schema(example = "Tahun Baru 2027 Masehi", required = true) String name) {
    }
}
