package id.go.madiunkota.ppid.calendar.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a day is not a working day. */
@Schema(name = "DayKind", description = "Why the day is not a working day")
public enum DayKind {
    /** A national holiday (libur nasional). */
    NATIONAL_HOLIDAY,
    /** A joint leave day (cuti bersama); non-working only when the setting says so. */
    CUTI_BERSAMA,
    /** A day decided at short notice, such as 18 August 2025. */
    AD_HOC,
    /** A holiday of the city of Madiun only. */
    LOCAL
}
