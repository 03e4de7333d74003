package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.mail.Mails;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.repository.ProviderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The invitation to a provider training (LPSE's training of newly activated providers), written to the provider's
 * registered address when training-service invites it ({@code training.ProviderInvited}): the day and the page where
 * the provider registers for that session. A provider this service does not know, or without an address, gets none.
 */
@ApplicationScoped
public class TrainingInvitationMails {

    static final String INVITED = "verification.training-invitation";
    private static final Logger LOG = Logger.getLogger(TrainingInvitationMails.class);
    private static final String REGISTRATION_PAGE = "/layanan/pelatihan/daftar";

    private final ProviderRepository providers;
    private final Mails mails;

    public TrainingInvitationMails(ProviderRepository providers, Mails mails) {
        this.providers = providers;
        this.mails = mails;
    }

    /** Queues the invitation of {@code providerId} to the session {@code sessionId} on {@code day}. */
    @Transactional
    public void invited(UUID providerId, UUID sessionId, LocalDate day) {
        Optional<Provider> found = providers.findByIdOptional(providerId);
        if (found.isEmpty()) {
            LOG.warnf("training invitation for provider %s, unknown here: no mail", providerId);
            return;
        }
        Provider provider = found.get();
        Map<String, Object> data = new HashMap<>();
        data.put("companyName", provider.companyName());
        data.put("day", MailLanguage.date(day, provider.language()));
        data.put("registrationUrl", mails.portalLink(REGISTRATION_PAGE, "sesi", sessionId.toString(),
                provider.language()));
        mails.queue(INVITED, provider.id().toString(), provider.email(), provider.language(), data);
    }
}
