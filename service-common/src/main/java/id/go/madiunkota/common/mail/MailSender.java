package id.go.madiunkota.common.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Sends the mail outbox over SMTP ({@code quarkus.mailer.*}) every {@code madiun.mail.poll-interval}: claims due mails
 * (safe with several instances, see {@link MailOutboxRepository#claimDue}), sends each outside any transaction, and
 * marks it SENT, or counts the failure and waits {@code backoff × 2^(attempts-1)} (at most {@code max-backoff}) before
 * the next attempt, DEAD after {@code max-attempts}. Metrics: {@code mail.attempts} (labels kind and outcome: sent,
 * failed, dead), gauges {@code mail.pending} and {@code mail.dead}. Errors are logged and stored without addresses.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'@,;:]+@[^\\s<>\"',;:]+");

    private final MailOutboxRepository outbox;
    private final Mailer mailer;
    private final MailConfig config;
    private final Instance<MailAttachmentSource> sources;
    private final MeterRegistry registry;
    private final Clock clock = Clock.systemUTC();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();

    public MailSender(MailOutboxRepository outbox, Mailer mailer, MailConfig config,
            Instance<MailAttachmentSource> sources, MeterRegistry registry) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.config = config;
        this.sources = sources;
        this.registry = registry;
        Gauge.builder("mail.pending", pending, AtomicLong::get).description("Mails waiting to be sent")
                .register(registry);
        Gauge.builder("mail.dead", dead, AtomicLong::get).description("Mails given up after the last attempt")
                .register(registry);
    }

    @Scheduled(every = "${madiun.mail.poll-interval:10s}", identity = "mail-sender",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Mail sender could not work the outbox: %s", withoutAddresses(e));
        }
    }

    /** Sends what is due until nothing is; the number of mails sent. */
    public int sendDue() {
        int sent = 0;
        List<UUID> claimed;
        do {
            Instant now = clock.instant();
            claimed = QuarkusTransaction.requiringNew().call(
                    () -> outbox.claimDue(now, now.plus(config.claim()), config.batchSize()));
            for (UUID id : claimed) {
                if (send(id)) {
                    sent++;
                }
            }
        } while (claimed.size() == config.batchSize());
        refreshGauges();
        return sent;
    }

    private boolean send(UUID id) {
        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> outbox.findById(id));
        String error;
        try {
            mailer.send(message(mail));
            QuarkusTransaction.requiringNew().run(() -> outbox.findById(id).sent(clock.instant()));
            count(mail.kind(), "sent");
            return true;
        } catch (RuntimeException e) {
            error = withoutAddresses(e);
        }
        int attempt = mail.attempts() + 1;
        Duration backoff = backoff(attempt);
        boolean gaveUp = QuarkusTransaction.requiringNew().call(() -> outbox.findById(id)
                .failed(error, clock.instant(), backoff, config.maxAttempts()));
        count(mail.kind(), gaveUp ? "dead" : "failed");
        if (gaveUp) {
            LOG.errorf("Mail %s (%s) is DEAD after %d attempts: %s", id, mail.kind(), attempt, error);
        } else {
            LOG.warnf("Mail %s (%s) attempt %d failed, next in %s: %s", id, mail.kind(), attempt, backoff, error);
        }
        return false;
    }

    private Mail message(OutboxMail mail) {
        Mail message = Mail.withText(mail.recipient(), mail.subject(), mail.body()).setFrom(config.from())
                .addHeader("Content-Language", mail.language());
        for (String reference : mail.attachments()) {
            Optional<MailAttachmentSource> source = sources.stream().filter(s -> s.handles(reference)).findFirst();
            if (source.isEmpty()) {
                LOG.debugf("No source for attachment %s of mail %s: sent without it", reference, mail.id());
                continue;
            }
            source.get().resolve(reference).ifPresent(
                    file -> message.addAttachment(file.fileName(), file.content(), file.contentType()));
        }
        return message;
    }

    /** The wait after failed attempt number {@code attempt}: backoff doubled each time, at most max-backoff. */
    Duration backoff(int attempt) {
        Duration wait = config.backoff().multipliedBy(1L << Math.min(attempt - 1, 30));
        return wait.compareTo(config.maxBackoff()) > 0 || wait.isNegative() ? config.maxBackoff() : wait;
    }

    private void count(String kind, String outcome) {
        Counter.builder("mail.attempts").description("Attempts to send a mail, by notification kind and outcome")
                .tag("kind", kind).tag("outcome", outcome).register(registry).increment();
    }

    private void refreshGauges() {
        QuarkusTransaction.requiringNew().run(() -> {
            pending.set(outbox.countWith(MailStatus.PENDING));
            dead.set(outbox.countWith(MailStatus.DEAD));
        });
    }

    /** The failure's class and messages, down its causes, with e-mail addresses replaced. */
    static String withoutAddresses(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return ADDRESS.matcher(text).replaceAll("<address>");
    }
}
