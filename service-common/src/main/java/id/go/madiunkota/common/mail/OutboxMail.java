package id.go.madiunkota.common.mail;

import id.go.madiunkota.common.privacy.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One e-mail of the outbox (table {@code mail_outbox}): rendered when the state change it tells about was committed,
 * sent by {@link MailSender}. Recipient, subject and body are encrypted at rest.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** The longest last error kept; SMTP replies can be long. */
    static final int ERROR_LENGTH = 500;

    @Id
    UUID id;

    @Column(nullable = false)
    String kind;

    @Column(nullable = false)
    String reference;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    String recipient;

    @Column(nullable = false)
    String language;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    String subject;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false)
    String body;

    @Column
    String attachments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    MailStatus status;

    @Column(nullable = false)
    int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;

    @Column(name = "last_error")
    String lastError;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "sent_at")
    Instant sentAt;

    protected OutboxMail() {
    }

    static OutboxMail pending(String kind, String reference, String recipient, String language, String subject,
            String body, List<String> attachments, Instant now) {
        OutboxMail mail = new OutboxMail();
        mail.id = UUID.randomUUID();
        mail.kind = kind;
        mail.reference = reference;
        mail.recipient = recipient;
        mail.language = language;
        mail.subject = subject;
        mail.body = body;
        mail.attachments = attachments.isEmpty() ? null : String.join("\n", attachments);
        mail.status = MailStatus.PENDING;
        mail.nextAttemptAt = now;
        mail.createdAt = now;
        return mail;
    }

    void sent(Instant now) {
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** Counts a failed attempt: due again after {@code backoff}, or DEAD after {@code maxAttempts}; true when dead. */
    boolean failed(String error, Instant now, Duration backoff, int maxAttempts) {
        attempts++;
        lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        if (attempts >= maxAttempts) {
            status = MailStatus.DEAD;
            return true;
        }
        nextAttemptAt = now.plus(backoff);
        return false;
    }

    public UUID id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String recipient() {
        return recipient;
    }

    public String language() {
        return language;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public List<String> attachments() {
        return attachments == null ? List.of() : List.of(attachments.split("\n"));
    }

    public MailStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
