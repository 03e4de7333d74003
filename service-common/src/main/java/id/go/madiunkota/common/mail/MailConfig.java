package id.go.madiunkota.common.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the mail outbox is sent, under {@code madiun.mail}; the SMTP server itself is {@code quarkus.mailer.*}.
 */
@ConfigMapping(prefix = "madiun.mail")
public interface MailConfig {

    /** The sender every mail shows. */
    @WithDefault("Diskominfo Kota Madiun <layanan@madiunkota.go.id>")
    String from();

    /**
     * The public portal's address, the start of the links mails give (a tracking page, say); a deployment sets its
     * public URL ({@code MADIUN_MAIL_PORTAL_URL}).
     */
    @WithDefault("http://localhost:8085")
    String portalUrl();

    /**
     * How often each instance looks for due mails (a Quarkus scheduler interval such as {@code 10s}, or {@code off}).
     * Read by the {@code @Scheduled} of {@link MailSender} as {@code madiun.mail.poll-interval}.
     */
    @WithDefault("10s")
    String pollInterval();

    /** How many due mails one run takes at most. */
    @WithDefault("20")
    int batchSize();

    /** After this many failed attempts a mail is DEAD and never tried again. */
    @WithDefault("10")
    int maxAttempts();

    /** The wait after the first failure; each further failure doubles it, up to {@link #maxBackoff()}. */
    @WithDefault("30s")
    Duration backoff();

    @WithDefault("6h")
    Duration maxBackoff();

    /**
     * How long a claimed mail stays with the instance sending it; one that dies while sending leaves it to another
     * after this (the mail may then go out twice, never not at all).
     */
    @WithDefault("5m")
    Duration claim();
}
