package id.go.madiunkota.training.service;

import java.time.ZoneId;

/** The office's time zone: a session's day and the working-day rules are in Madiun's local time. */
public final class Schedule {

    /** Asia/Jakarta (WIB), Madiun's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private Schedule() {
    }
}
