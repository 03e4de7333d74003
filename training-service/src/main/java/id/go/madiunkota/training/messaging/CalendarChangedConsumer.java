package id.go.madiunkota.training.messaging;

import id.go.madiunkota.events.inbox.Inbox;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.training.service.CalendarCopyService;
import id.go.madiunkota.training.service.SessionService;
import id.go.madiunkota.training.service.WorkingDays;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code ppid.events}: a {@code ppid.CalendarChanged} updates the local copy of the non-working days, unless the
 * copy already has a newer change of that day; sessions still to come on a day made non-working are cancelled
 * (training.TrainingCancelled notifies their registrants). Idempotent through the inbox.
 */
@ApplicationScoped
public class CalendarChangedConsumer {

    /** The consumer name in {@code processed_event}, also its consumer group. */
    public static final String NAME = "training-calendar";

    private final Inbox inbox;
    private final CalendarCopyService calendar;
    private final WorkingDays workingDays;
    private final SessionService sessions;

    public CalendarChangedConsumer(Inbox inbox, CalendarCopyService calendar, WorkingDays workingDays,
            SessionService sessions) {
        this.inbox = inbox;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.sessions = sessions;
    }

    @Incoming("ppid-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(NAME, record, event -> {
            if (event.payload() instanceof CalendarChanged change && calendar.apply(change)
                    && !workingDays.isWorkingDay(change.date())) {
                sessions.cancelOn(change.date(), "NON_WORKING_DAY: " + change.reason());
            }
        });
    }
}
