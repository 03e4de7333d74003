package id.go.madiunkota.training.messaging;

import id.go.madiunkota.events.inbox.Inbox;
import id.go.madiunkota.events.verification.ProviderActivated;
import id.go.madiunkota.training.service.InvitationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code verification.events}: a {@code verification.ProviderActivated} invites the provider to the next provider
 * session. Idempotent through the inbox; other verification events are not this consumer's business.
 */
@ApplicationScoped
public class ProviderActivatedConsumer {

    /** The consumer name in {@code processed_event}, also its consumer group. */
    public static final String NAME = "training-invitations";

    private final Inbox inbox;
    private final InvitationService invitations;

    public ProviderActivatedConsumer(Inbox inbox, InvitationService invitations) {
        this.inbox = inbox;
        this.invitations = invitations;
    }

    @Incoming("verification-events")
    @Blocking
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(NAME, record, event -> {
            if (event.payload() instanceof ProviderActivated activated) {
                invitations.providerActivated(activated);
            }
        });
    }
}
