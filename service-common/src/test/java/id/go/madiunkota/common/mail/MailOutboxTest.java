package id.go.madiunkota.common.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox against the real PostgreSQL and a real SMTP attempt to a port nothing listens on (test
 * application.properties): queueing needs a transaction, stores personal data encrypted, and a mail that keeps failing
 * goes DEAD after max-attempts (3 here) with its attempts counted in the metric.
 */
@QuarkusTest
class MailOutboxTest {

    @Inject
    Mails mails;

    @Inject
    MailSender sender;

    @Inject
    MailOutboxRepository outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @Test
    void queueingOutsideATransactionFails() {
        assertThatThrownBy(() -> mails.queue("test.notice", "ref", "a@example.id", "id", Map.of("code", "X")))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void aMailIsRenderedInItsLanguageAndStoredEncrypted() {
        String reference = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            mails.queue("test.notice", reference, "siti@example.id", "en", Map.of("code", "TRK-1", "name", "Siti"));
            mails.queue("test.notice", reference, "  ", "id", Map.of("code", "TRK-1", "name", "Siti"));
            mails.queue("test.notice", reference, null, "id", Map.of("code", "TRK-1", "name", "Siti"));
        });

        List<OutboxMail> queued = QuarkusTransaction.requiringNew().call(() -> outbox.about(reference));
        assertThat(queued).hasSize(1); // no address, no mail
        OutboxMail mail = queued.getFirst();
        assertThat(mail.subject()).isEqualTo("Notice TRK-1");
        assertThat(mail.body()).isEqualTo("Dear Siti,\nyour code is TRK-1.\n");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.status()).isEqualTo(MailStatus.PENDING);

        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "SELECT recipient, subject, body FROM mail_outbox WHERE id = :id").setParameter("id", mail.id())
                .getSingleResult());
        for (Object column : stored) {
            assertThat((String) column).startsWith("v1:").doesNotContain("siti").doesNotContain("TRK-1");
        }
        QuarkusTransaction.requiringNew().run(() -> outbox.deleteById(mail.id())); // not for the sender's test
    }

    @Test
    void aMailFailingMaxAttemptsTimesIsDeadAndCounted() throws InterruptedException {
        String reference = UUID.randomUUID().toString();
        double deadBefore = counter("dead");
        double failedBefore = counter("failed");
        QuarkusTransaction.requiringNew().run(() -> mails.queue("test.notice", reference, "dead@example.id", "id",
                Map.of("code", "TRK-2", "name", "Budi")));

        for (int attempt = 1; attempt <= 3; attempt++) {
            Thread.sleep(60); // past the backoff (0.01 s doubled, at most 0.05 s)
            assertThat(sender.sendDue()).isZero();
        }

        OutboxMail mail = QuarkusTransaction.requiringNew().call(() -> outbox.about(reference).getFirst());
        assertThat(mail.status()).isEqualTo(MailStatus.DEAD);
        assertThat(mail.attempts()).isEqualTo(3);
        assertThat(mail.lastError()).isNotBlank().doesNotContain("dead@example.id");
        assertThat(counter("failed") - failedBefore).isEqualTo(2);
        assertThat(counter("dead") - deadBefore).isEqualTo(1);
        assertThat(registry.get("mail.dead").gauge().value()).isGreaterThanOrEqualTo(1);

        Thread.sleep(60);
        sender.sendDue(); // a dead mail is never tried again
        assertThat(QuarkusTransaction.requiringNew().call(() -> outbox.about(reference).getFirst().attempts()))
                .isEqualTo(3);
    }

    @Test
    void theWaitDoublesUpToTheMaximum() {
        assertThat(sender.backoff(1)).isEqualTo(Duration.ofMillis(10));
        assertThat(sender.backoff(3)).isEqualTo(Duration.ofMillis(40));
        assertThat(sender.backoff(4)).isEqualTo(Duration.ofMillis(50));
        assertThat(sender.backoff(64)).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void failuresAreKeptWithoutAddresses() {
        assertThat(MailSender.withoutAddresses(new IllegalStateException("550 <x.y@example.id>: rejected",
                new RuntimeException("for a@b.c")))).isEqualTo(
                        "IllegalStateException: 550 <<address>>: rejected: for <address>");
    }

    private double counter(String outcome) {
        var found = registry.find("mail.attempts").tags("kind", "test.notice", "outcome", outcome).counter();
        return found == null ? 0 : found.count();
    }
}
