package id.go.madiunkota.ppid.service;

import id.go.madiunkota.common.mail.MailLanguage;
import id.go.madiunkota.common.privacy.PersonalDataCipher;
import id.go.madiunkota.common.problem.InvalidInputException;
import id.go.madiunkota.common.security.Caller;
import id.go.madiunkota.common.web.TrackingCodes;
import id.go.madiunkota.events.outbox.Outbox;
import id.go.madiunkota.events.ppid.RequestReceived;
import id.go.madiunkota.ppid.api.SubmitRequest;
import id.go.madiunkota.ppid.entity.Applicant;
import id.go.madiunkota.ppid.entity.ApplicantType;
import id.go.madiunkota.ppid.entity.Channel;
import id.go.madiunkota.ppid.entity.Deadline;
import id.go.madiunkota.ppid.entity.InformationRequest;
import id.go.madiunkota.ppid.entity.ObtainMethod;
import id.go.madiunkota.ppid.entity.RequestedInformation;
import id.go.madiunkota.ppid.repository.RegistrationNumberRepository;
import id.go.madiunkota.ppid.repository.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Registers information requests: from the public form (anonymous or a citizen, channel ONLINE, received now) or
 * recorded by a PPID officer (walk-in, phone, e-mail, letter, with the time actually received). One transaction takes
 * the registration number, stores the request and writes {@code RequestReceived} to the outbox.
 */
@ApplicationScoped
public class RequestIntakeService {

    private static final Logger LOG = Logger.getLogger(RequestIntakeService.class);
    /** How far back staff may date a request they record late. */
    static final Duration LATEST_BACKDATING = Duration.ofDays(30);

    private final RequestRepository requests;
    private final RegistrationNumberRepository numbers;
    private final TrackingCodes trackingCodes;
    private final DeadlinePolicy deadlines;
    private final PersonalDataCipher cipher;
    private final Outbox outbox;
    private final PpidMails mails;
    private final Clock clock;

    public RequestIntakeService(RequestRepository requests, RegistrationNumberRepository numbers,
            TrackingCodes trackingCodes, DeadlinePolicy deadlines, PersonalDataCipher cipher, Outbox outbox,
            PpidMails mails, Clock clock) {
        this.requests = requests;
        this.numbers = numbers;
        this.trackingCodes = trackingCodes;
        this.deadlines = deadlines;
        this.cipher = cipher;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    public InformationRequest submit(SubmitRequest body, Caller caller) {
        return submit(body, caller, MailLanguage.INDONESIAN);
    }

    /** Registers the request; the applicant is written to in {@code language} ({@code id} or {@code en}). */
    @Transactional
    public InformationRequest submit(SubmitRequest body, Caller caller, String language) {
        Instant now = clock.instant();
        check(body, caller, now);
        Channel channel = Access.officer(caller) ? body.channel() : Channel.ONLINE;
        Instant receivedAt = body.receivedAt() != null ? body.receivedAt().toInstant() : now;
        Deadline deadline = deadlines.forReceipt(receivedAt);
        int year = deadline.receivedOn().getYear(); // the register's year is the receipt day's, as in the annual report

        SubmitRequest.ApplicantInput a = body.applicant();
        String nik = a.type() == ApplicantType.PERSON ? a.nik() : null;
        Applicant applicant = Applicant.of(a.type(), a.name().trim(), nik, nik == null ? null : cipher.lookupHash(nik),
                a.type() == ApplicantType.ORGANIZATION ? a.legalEntityNumber() : null, a.address(), a.occupation(),
                a.phone(), a.email());
        if (body.representative() != null) {
            applicant.representedBy(body.representative().name(), body.representative().nik(),
                    body.representative().powerOfAttorney());
        }
        boolean officer = Access.officer(caller);
        InformationRequest request = InformationRequest.register(numbers.next("PPID", year), trackingCodes.next(),
                channel, Access.citizen(caller) ? caller.subject() : null, officer ? caller.subject() : null,
                officer ? caller.displayName() : null, applicant,
                new RequestedInformation(body.informationRequested(), body.purpose(), body.obtainMethod(),
                        body.copyFormat(), body.deliveryMethod()),
                deadline, now).writtenIn(language);
        requests.persist(request);
        outbox.add(new RequestReceived(request.id(), request.registrationNumber(), channel.name(), a.type().name(),
                deadline.receivedOn(), deadline.dueDate(), deadline.calendarVersion()), request.id());
        mails.received(request);
        LOG.infof("Registered request %s (%s), due %s", request.registrationNumber(), channel, deadline.dueDate());
        return request;
    }

    /** Rules across fields; each broken one names its field. */
    private static void check(SubmitRequest body, Caller caller, Instant now) {
        Map<String, String> invalid = new LinkedHashMap<>();
        SubmitRequest.ApplicantInput a = body.applicant();
        if (a.type() == ApplicantType.PERSON && isBlank(a.nik())) {
            invalid.put("applicant.nik", "request.nik-required");
        }
        if (a.type() == ApplicantType.ORGANIZATION && isBlank(a.legalEntityNumber())) {
            invalid.put("applicant.legalEntityNumber", "request.legal-entity-required");
        }
        if (isBlank(a.phone()) && isBlank(a.email())) {
            invalid.put("applicant.phone", "request.contact-required");
        }
        if (body.obtainMethod() == ObtainMethod.COPY && body.copyFormat() == null) {
            invalid.put("copyFormat", "request.copy-format-required");
        }
        if (body.obtainMethod() == ObtainMethod.COPY && body.deliveryMethod() == null) {
            invalid.put("deliveryMethod", "request.delivery-method-required");
        }
        if (Access.officer(caller)) {
            if (body.channel() == null || !body.channel().recordedByStaff()) {
                invalid.put("channel", "request.staff-channel-required");
            }
            if (body.receivedAt() != null && (body.receivedAt().toInstant().isAfter(now)
                    || body.receivedAt().toInstant().isBefore(now.minus(LATEST_BACKDATING)))) {
                invalid.put("receivedAt", "request.received-at-range");
            }
        } else {
            if (body.channel() != null && body.channel() != Channel.ONLINE) {
                invalid.put("channel", "request.staff-only");
            }
            if (body.receivedAt() != null) {
                invalid.put("receivedAt", "request.staff-only");
            }
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
