package id.go.madiunkota.testing.mail;

import id.go.madiunkota.common.mail.MailOutboxRepository;
import id.go.madiunkota.common.mail.OutboxMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.List;

/** The mail outbox as a test reads it: the mails about a record, and waiting for the sender's first attempt. */
public final class OutboxMails {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private OutboxMails() {
    }

    /** The mails about {@code reference} (a record's id), oldest first. */
    public static List<OutboxMail> about(MailOutboxRepository outbox, String reference) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.about(reference));
    }

    /** Waits (20 s at most) until the sender has tried the first mail about {@code reference}; that mail. */
    public static OutboxMail awaitAttempt(MailOutboxRepository outbox, String reference) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<OutboxMail> mails = about(outbox, reference);
            if (!mails.isEmpty() && mails.getFirst().attempts() > 0) {
                return mails.getFirst();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("No attempt to send the mail about " + reference + " within " + WAIT);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the mail sender", e);
            }
        }
    }
}
