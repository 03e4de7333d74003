package id.go.madiunkota.ppid.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/** Settings of the PPID service, under {@code madiun.ppid}. */
@ConfigMapping(prefix = "madiun.ppid")
public interface PpidConfig {

    /** The working-day calendar. */
    Calendar calendar();

    /** Information requests. */
    Requests requests();

    /** The job that announces approaching and breached deadlines. */
    DeadlineWatch deadlineWatch();

    /** Settings of the deadline watch. */
    interface DeadlineWatch {

        /** How often it runs (a Quarkus scheduler interval such as {@code 5m}, or {@code off}). */
        @WithDefault("5m")
        String every();
    }

    /** Settings of the working-day calendar. */
    interface Calendar {

        /** Whether a joint leave day (cuti bersama) counts as non-working; the office's default is yes. */
        @WithDefault("true")
        boolean cutiBersamaNonWorking();

        /** Office closing time: a request received later counts as received on the next working day. */
        @WithDefault("16:00")
        LocalTime officeClosingTime();

        /**
         * Day of the year (MM-DD) from which a missing calendar for next year is reported by readiness and an event.
         */
        @WithDefault("11-01")
        String nextYearWarningFrom();
    }

    /** Settings of information requests. */
    interface Requests {

        /**
         * What the 7-working-day extension counts from: {@code ORIGINAL_DUE_DATE}, the end of the first 10 working days
         * (the default: UU 14/2008 Pasal 22 ayat (8) read as 7 working days after the first 10, 17 in all from
         * receipt), or {@code NOTICE_DAY}, the day the extension notice is given (the office's reading of the seed's
         * "sejak tanggapan pertama diberikan"). In either mode an extension that would not move the due date is
         * refused and does not use up the one extension.
         */
        @WithDefault("ORIGINAL_DUE_DATE")
        ExtensionBase extensionBase();
    }

    /** What the extension period counts from. */
    enum ExtensionBase {
        /** From the day the extension notice is given (the office's reading). */
        NOTICE_DAY,
        /** From the original due date: 17 working days in all from receipt (the statute's reading, the default). */
        ORIGINAL_DUE_DATE
    }
}
