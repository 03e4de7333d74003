package id.go.madiunkota.common.mail;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Queues e-mails in the outbox, inside the transaction of the state change they tell about (a call outside one fails):
 * both are committed, or neither. The mail is rendered now from the service's Qute template
 * {@code templates/mail/<kind>.<language>.txt}, whose first line is the subject and the rest, after a blank line, the
 * plain-text body; {@link MailSender} sends it later. A person without an e-mail address gets nothing.
 */
@ApplicationScoped
public class Mails {

    private static final Logger LOG = Logger.getLogger(Mails.class);

    private final Engine engine;
    private final MailOutboxRepository outbox;
    private final MailConfig config;
    private final Clock clock = Clock.systemUTC();

    public Mails(Engine engine, MailOutboxRepository outbox, MailConfig config) {
        this.engine = engine;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * A link to page {@code path} of the public portal with query parameter {@code name} = {@code value} (encoded),
     * in English when {@code language} is {@code en}: e.g. a tracking page with its code.
     */
    public String portalLink(String path, String name, String value, String language) {
        return config.portalUrl().replaceAll("/+$", "") + path + "?" + name + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)
                + (MailLanguage.ENGLISH.equals(language) ? "&lang=en" : "");
    }

    /** {@link #queue(String, String, String, String, Map, List)} without attachments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String kind, String reference, String recipient, String language, Map<String, ?> data) {
        queue(kind, reference, recipient, language, data, List.of());
    }

    /**
     * Queues mail {@code kind} (e.g. {@code ppid.request-received}) about record {@code reference} (an id, no personal
     * data) to {@code recipient} in {@code language} ({@code id} or {@code en}), the template filled with {@code data},
     * the files named by {@code attachments} added at send time (see {@link MailAttachmentSource}). Nothing is queued
     * when {@code recipient} is null or blank.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String kind, String reference, String recipient, String language, Map<String, ?> data,
            List<String> attachments) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        String lang = MailLanguage.of(language);
        String[] rendered = render(kind, lang, data);
        outbox.persist(OutboxMail.pending(kind, reference, recipient.strip(), lang, rendered[0], rendered[1],
                attachments, clock.instant()));
        LOG.debugf("Queued mail %s about %s", kind, reference);
    }

    /** Subject and body of {@code kind} in {@code language}. */
    String[] render(String kind, String language, Map<String, ?> data) {
        String id = "mail/" + kind + "." + language + ".txt";
        Template template = engine.getTemplate(id);
        if (template == null) {
            throw new IllegalStateException("No mail template " + id);
        }
        TemplateInstance instance = template.instance();
        data.forEach(instance::data);
        String text = instance.render().replace("\r\n", "\n");
        int end = text.indexOf('\n');
        if (end < 0) {
            throw new IllegalStateException("Mail template " + id + " has no body after its subject line");
        }
        return new String[] {text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n"};
    }
}
