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

        /** Day of the year (MM-DD) from which a missing calendar for next year is reported by readiness and an event. */
        @WithDefault("11-01")
        String nextYearWarningFrom();
    }

    /** Settings of information requests. */
    interface Requests {

        /**
         * What the 7-working-day extension counts from: {@code NOTICE_DAY}, the day the extension notice is given (the
         * default, reading the seed's "sejak tanggapan pertama diberikan"), or {@code ORIGINAL_DUE_DATE}, the end of the
         * first 10 working days.
         */
        @WithDefault("NOTICE_DAY")
        ExtensionBase extensionBase();
    }

    /** What the extension period counts from. */
    enum ExtensionBase {
        /** From the day the extension notice is given. */
        NOTICE_DAY,
        /** From the original due date. */
        ORIGINAL_DUE_DATE
    }
}
