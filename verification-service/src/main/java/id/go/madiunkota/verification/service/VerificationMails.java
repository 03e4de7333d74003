package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.mail.Mails;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.Verification;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mails a provider gets at its registered e-mail address (templates {@code templates/mail/verification.*}), queued
 * in the transaction of the step they tell about: registration received, verification rejected (what is missing),
 * activation (the SPSE user ID is active and how to log in). Never the NPWP, NIB or the director's NIK.
 */
@ApplicationScoped
public class VerificationMails {

    static final String REGISTERED = "verification.registration-received";
    static final String REJECTED = "verification.rejected";
    static final String ACTIVATED = "verification.activated";
    private static final String STATUS_PAGE = "/layanan/verifikasi/status";

    private final Mails mails;
    private final String spseUrl;

    public VerificationMails(Mails mails,
            @ConfigProperty(name = "madiun.verification.spse-url") String spseUrl) {
        this.mails = mails;
        this.spseUrl = spseUrl;
    }

    void registered(Provider provider) {
        send(REGISTERED, provider, about(provider));
    }

    void rejected(Provider provider, Verification verification) {
        Map<String, Object> data = about(provider);
        data.put("missing", String.join(", ", verification.decision().missingItems()));
        data.put("note", verification.decision().note() == null ? "" : verification.decision().note());
        send(REJECTED, provider, data);
    }

    void activated(Provider provider) {
        Map<String, Object> data = about(provider);
        data.put("spseUrl", spseUrl);
        send(ACTIVATED, provider, data);
    }

    private Map<String, Object> about(Provider provider) {
        Map<String, Object> data = new HashMap<>();
        data.put("companyName", provider.companyName());
        data.put("reference", provider.registrationReference());
        data.put("statusUrl", mails.portalLink(STATUS_PAGE, "ref", provider.registrationReference(),
                provider.language()));
        data.put("registeredOn", MailLanguage.date(provider.registeredAt()
                .atZone(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate(), provider.language()));
        return data;
    }

    private void send(String kind, Provider provider, Map<String, Object> data) {
        mails.queue(kind, provider.id().toString(), provider.email(), provider.language(), data);
    }
}
