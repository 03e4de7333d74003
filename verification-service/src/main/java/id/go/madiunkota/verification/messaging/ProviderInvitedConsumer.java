package id.go.madiunkota.verification.messaging;

import id.go.madiunkota.events.inbox.Inbox;
import id.go.madiunkota.events.training.ProviderInvited;
import id.go.madiunkota.verification.service.TrainingInvitationMails;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code training.events}: a {@code training.ProviderInvited} is told to the provider by mail, from this service,
 * which holds the provider's address (training-service does not, and events carry no personal data). Idempotent
 * through the inbox; other training events are not this consumer's business.
 */
@ApplicationScoped
public class ProviderInvitedConsumer {

    /** The consumer name in {@code processed_event}, also its consumer group. */
    public static final String NAME = "verification-invitations";

    private final Inbox inbox;
    private final TrainingInvitationMails mails;

    public ProviderInvitedConsumer(Inbox inbox, TrainingInvitationMails mails) {
        this.inbox = inbox;
        this.mails = mails;
    }

    @Incoming("training-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(NAME, record, event -> {
            if (event.payload() instanceof ProviderInvited invited) {
                mails.invited(invited.providerId(), invited.sessionId(), invited.sessionDate());
            }
        });
    }
}
