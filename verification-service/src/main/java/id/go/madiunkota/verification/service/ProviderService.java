package id.go.madiunkota.verification.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.privacy.Npwp;
import id.go.madiunkota.common.privacy.PersonalDataCipher;
import id.go.madiunkota.common.problem.DomainException;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.web.PageParams;
import id.go.madiunkota.common.web.PageView;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.verification.ProviderRegistered;
import id.go.madiunkota.events.verification.ProviderSuspended;
import id.go.madiunkota.verification.api.ProviderBodies;
import id.go.madiunkota.verification.api.RegisterProvider;
import id.go.madiunkota.verification.entity.BusinessForm;
import id.go.madiunkota.verification.entity.Provider;
import id.go.madiunkota.verification.entity.ProviderStatus;
import id.go.madiunkota.verification.entity.RecordKind;
import id.go.madiunkota.verification.entity.Refusals;
import id.go.madiunkota.verification.repository.ProviderRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;

/**
 * Providers: the online registration (one provider per NPWP, also under concurrent registrations), reading, and the
 * admin's suspension. Each change is one transaction with its event in the outbox.
 */
@ApplicationScoped
public class ProviderService {

    private static final Logger LOG = Logger.getLogger(ProviderService.class);
    private static final String NPWP_UNIQUE = "provider_npwp_unique";

    private final ProviderRepository providers;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final VerificationMails mails;
    private final Clock clock;
    private final TrackingCodes references;

    public ProviderService(ProviderRepository providers, PersonalDataCipher cipher, Outbox outbox,
            VerificationMails mails, Clock clock, TrackingCodes references) {
        this.providers = providers;
        this.cipher = cipher;
        this.references = references;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public Provider register(RegisterProvider body) {
        return register(body, MailLanguage.INDONESIAN);
    }

    /** Registers the provider, who is written to in {@code language} ({@code id} or {@code en}). */
    @Transactional
    public Provider register(RegisterProvider body, String language) {
        String npwp = canonicalNpwp(body.npwp());
        String npwpHash = cipher.lookupHash(npwp);
        if (providers.existsByNpwpHash(npwpHash)) {
            throw DomainException.conflict("provider.npwp-registered");
        }
        Instant now = clock.instant();
        Provider provider = Provider.register(references.next(), body.companyName().trim(), body.businessForm(),
                npwp, npwpHash, body.nib(), body.director().name().trim(), body.director().nik(),
                cipher.lookupHash(body.director().nik()), body.email().trim(), body.phone().trim(),
                body.address().trim(), now).writtenIn(language);
        try {
            providers.persistAndFlush(provider);
        } catch (PersistenceException e) {
            if (violates(e, NPWP_UNIQUE)) {
                // Another registration of the same NPWP committed first.
                throw DomainException.conflict("provider.npwp-registered");
            }
            throw e;
        }
        outbox.add(new ProviderRegistered(provider.id(), publicName(provider), provider.businessForm().name(), now),
                provider.id());
        mails.registered(provider);
        LOG.infof("Registered provider %s (%s)", provider.id(), provider.businessForm());
        return provider;
    }

    @Transactional
    public Provider get(UUID id) {
        return load(id);
    }

    @Transactional
    public PageView<Provider> list(String npwp, ProviderStatus status, PageParams paging) {
        String npwpHash = null;
        if (npwp != null && !npwp.isBlank()) {
            if (!Npwp.isValid(npwp.strip())) {
                throw InvalidInputException.of("npwp", "provider.npwp-filter");
            }
            npwpHash = cipher.lookupHash(canonicalNpwp(npwp.strip()));
        }
        PanacheQuery<Provider> query = providers.search(npwpHash, status, paging.page(), paging.size());
        return new PageView<>(query.list(), paging.page(), paging.size(), query.count());
    }

    @Transactional
    public Provider suspend(UUID id, ProviderBodies.Suspension body, Caller caller) {
        Provider provider = load(id);
        Instant now = clock.instant();
        provider.suspend(body.reason(), body.note(), Actors.of(caller), now);
        outbox.add(new ProviderSuspended(provider.id(), body.reason().name(), caller.subject(), now), provider.id());
        LOG.infof("Suspended provider %s: %s", provider.id(), body.reason());
        return provider;
    }

    /** The name that may go into events: an individual's "company name" is a person's name, so it stays out. */
    public static String publicName(Provider provider) {
        return provider.businessForm() == BusinessForm.INDIVIDUAL ? null : provider.companyName();
    }

    /**
     * The NPWP as 16 digits: an old 15-digit number takes a leading 0 (PMK 112/2022), so that both ways of writing
     * the same number find the same provider.
     */
    static String canonicalNpwp(String text) {
        String digits = new Npwp(text).value();
        return digits.length() == 15 ? "0" + digits : digits;
    }

    private Provider load(UUID id) {
        return providers.findByIdOptional(id).orElseThrow(() -> Refusals.notFound(RecordKind.PROVIDER, id));
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(constraint)) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && message.contains(constraint)) {
                return true;
            }
        }
        return false;
    }
}
