package id.go.madiunkota.training.messaging;

import id.go.madiunkota.events.Topics;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.training.service.WorkingDays;
import id.go.madiunkota.events.support.EventProducer;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits until both consumers of {@link OwnConsumerGroups} read their topics (they start at the end, so a record sent
 * before they have their partitions is never seen): sends a probe record until one takes effect.
 */
final class ConsumersReading {

    private ConsumersReading() {
    }

    static void await(DataSource dataSource, WorkingDays workingDays) {
        untilApplied(() -> {
            UUID provider = UUID.randomUUID();
            EventProducer.send(EventProducer.record(Topics.VERIFICATION, "verification",
                    new ProviderActivated(provider, UUID.randomUUID(), "CV Uji Siap", "CV", Instant.now()), provider,
                    UUID.randomUUID()));
            return () -> Counts.of(dataSource, "SELECT count(*) FROM invitation WHERE provider_id = ?", provider) == 1;
        });
        untilApplied(() -> {
            // a day of a year no test uses, at version 1: it raises no test's calendar version
            ThreadLocalRandom random = ThreadLocalRandom.current();
            LocalDate day = LocalDate.of(2091 + random.nextInt(8), 1 + random.nextInt(12), 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(1 + random.nextInt(4), DayOfWeek.TUESDAY));
            EventProducer.send(EventProducer.record(Topics.PPID, "ppid", new CalendarChanged("ADDED", day, "AD_HOC",
                    "1", "Uji kesiapan"), "calendar-" + UUID.randomUUID(), UUID.randomUUID()));
            return () -> !workingDays.isWorkingDay(day);
        });
    }

    private static void untilApplied(Supplier<BooleanSupplier> probe) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
            BooleanSupplier applied = probe.get();
            try {
                Awaitility.await().atMost(Duration.ofSeconds(8)).until(applied::getAsBoolean);
                return true;
            } catch (ConditionTimeoutException e) {
                return false;
            }
        });
    }
}
