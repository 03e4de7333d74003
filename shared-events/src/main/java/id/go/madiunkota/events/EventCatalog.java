package id.go.madiunkota.events;

import id.go.madiunkota.events.helpdesk.CallbackDue;
import id.go.madiunkota.events.helpdesk.ComplaintAnswered;
import id.go.madiunkota.events.helpdesk.ComplaintReceived;
import id.go.madiunkota.events.helpdesk.ConsultationClosed;
import id.go.madiunkota.events.helpdesk.ConsultationEscalated;
import id.go.madiunkota.events.helpdesk.ConsultationOpened;
import id.go.madiunkota.events.helpdesk.ConsultationResolved;
import id.go.madiunkota.events.helpdesk.LkppAnswerRecorded;
import id.go.madiunkota.events.ppid.CalendarChanged;
import id.go.madiunkota.events.ppid.CalendarMissing;
import id.go.madiunkota.events.ppid.DeadlineApproaching;
import id.go.madiunkota.events.ppid.DeadlineBreached;
import id.go.madiunkota.events.ppid.DeadlineRecomputed;
import id.go.madiunkota.events.ppid.DisputeFiled;
import id.go.madiunkota.events.ppid.DisputeOutcomeRecorded;
import id.go.madiunkota.events.ppid.InformationDelivered;
import id.go.madiunkota.events.ppid.ObjectionDecided;
import id.go.madiunkota.events.ppid.ObjectionFiled;
import id.go.madiunkota.events.ppid.RequestDecided;
import id.go.madiunkota.events.ppid.RequestExtended;
import id.go.madiunkota.events.ppid.RequestReceived;
import id.go.madiunkota.events.ppid.RequestWithdrawn;
import id.go.madiunkota.events.training.AttendanceRecorded;
import id.go.madiunkota.events.training.DecreeRefused;
import id.go.madiunkota.events.training.ParticipantRegistered;
import id.go.madiunkota.events.training.ParticipantWaitlisted;
import id.go.madiunkota.events.training.ProviderInvited;
import id.go.madiunkota.events.training.TrainingCancelled;
import id.go.madiunkota.events.training.TrainingCompleted;
import id.go.madiunkota.events.training.TrainingScheduled;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.events.verification.ProviderRegistered;
import id.go.madiunkota.events.verification.ProviderSuspended;
import id.go.madiunkota.events.verification.VerificationArchived;
import id.go.madiunkota.events.verification.VerificationRejected;
import id.go.madiunkota.events.verification.VerificationStarted;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event payload the suite publishes, and the lookup from a CloudEvents {@code type} ({@code service.Name}) to its
 * class. Adding an event means adding its record here (and its schema, see {@code EVENTS.md}); the class fails to load
 * when two payloads share a type or one lacks {@link EventType}, so such a mistake cannot reach a running service.
 */
public final class EventCatalog {

    /** Every payload class, grouped by service in the order of their aggregates' lifecycles. */
    public static final List<Class<? extends EventPayload>> ALL = List.of(
            // ppid
            RequestReceived.class,
            RequestExtended.class,
            RequestDecided.class,
            InformationDelivered.class,
            RequestWithdrawn.class,
            DeadlineApproaching.class,
            DeadlineBreached.class,
            DeadlineRecomputed.class,
            ObjectionFiled.class,
            ObjectionDecided.class,
            DisputeFiled.class,
            DisputeOutcomeRecorded.class,
            CalendarChanged.class,
            CalendarMissing.class,
            // helpdesk
            ConsultationOpened.class,
            ConsultationEscalated.class,
            CallbackDue.class,
            LkppAnswerRecorded.class,
            ConsultationResolved.class,
            ConsultationClosed.class,
            ComplaintReceived.class,
            ComplaintAnswered.class,
            // verification
            ProviderRegistered.class,
            VerificationStarted.class,
            ProviderActivated.class,
            VerificationRejected.class,
            VerificationArchived.class,
            ProviderSuspended.class,
            // training
            TrainingScheduled.class,
            ParticipantRegistered.class,
            ParticipantWaitlisted.class,
            AttendanceRecorded.class,
            TrainingCompleted.class,
            TrainingCancelled.class,
            ProviderInvited.class,
            DecreeRefused.class);

    private static final Map<String, Class<? extends EventPayload>> BY_TYPE = index(ALL);

    private EventCatalog() {
    }

    /**
     * The payload class of an event type such as {@code ppid.RequestReceived}, or empty for a type this build lacks.
     */
    public static Optional<Class<? extends EventPayload>> byType(String type) {
        return Optional.ofNullable(type == null ? null : BY_TYPE.get(type));
    }

    /** The classes by type; fails when one lacks {@link EventType} or two share a type (package-private for tests). */
    static Map<String, Class<? extends EventPayload>> index(List<Class<? extends EventPayload>> classes) {
        Map<String, Class<? extends EventPayload>> byType = new HashMap<>();
        for (Class<? extends EventPayload> payloadClass : classes) {
            EventType meta = payloadClass.getAnnotation(EventType.class);
            if (meta == null) {
                throw new IllegalStateException(payloadClass.getName() + " is in the catalog but lacks @EventType");
            }
            String type = DomainEvent.typeOf(meta);
            Class<? extends EventPayload> clash = byType.putIfAbsent(type, payloadClass);
            if (clash != null) {
                throw new IllegalStateException("Event type " + type + " is declared by both " + clash.getName()
                        + " and " + payloadClass.getName());
            }
        }
        return Map.copyOf(byType);
    }
}
