package id.go.madiunkota.testing.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An embedded SMTP server (GreenMail) for a service's tests, on a free port handed to the service as
 * {@code quarkus.mailer.*} (the mailer's dev/test mock switched off, so the real SMTP path runs) with a short poll of
 * the mail sender. Tests read what was delivered to an address ({@link #awaitMails}), and may stop the server and start
 * it again on the same port ({@link #stopServer()}, {@link #startServer()}) to show mails wait while it is away.
 * Use: {@code @QuarkusTestResource(GreenMailResource.class)} on one test class of the module (it then applies to all).
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private static GreenMail server;
    private static int port;

    @Override
    public Map<String, String> start() {
        port = freePort();
        startServer();
        return Map.of(
                // GreenMail logs each address it creates a mailbox for: not into the service's log, which tests
                // search for personal data
                "quarkus.log.category.\"com.icegreen\".level", "WARN",
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "madiun.mail.poll-interval", "0.5s",
                "madiun.mail.backoff", "0.5s",
                "madiun.mail.max-backoff", "1s");
    }

    @Override
    public void stop() {
        stopServer();
    }

    /** Starts the server (again) on the port the service was given. */
    public static synchronized void startServer() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: the service's mails then fail and wait. The mails received so far are lost with it. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The mails delivered to {@code address} so far. */
    public static synchronized List<ReceivedMail> mailsTo(String address) {
        if (server == null) {
            return List.of();
        }
        List<ReceivedMail> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(
                        a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(address))) {
                    found.add(read(message));
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits (30 s at most) until at least {@code count} mails were delivered to {@code address}; returns them all. */
    public static List<ReceivedMail> awaitMails(String address, int count) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<ReceivedMail> mails = mailsTo(address);
            if (mails.size() >= count) {
                return mails;
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Expected " + count + " mail(s) to " + address + " within " + WAIT + ", got "
                        + mails.size() + ": " + mails.stream().map(ReceivedMail::subject).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for mails", e);
            }
        }
    }

    /** The one mail to {@code address} whose subject contains {@code subjectPart}, waiting for it (30 s at most). */
    public static ReceivedMail awaitMail(String address, String subjectPart) {
        long until = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<ReceivedMail> matching = mailsTo(address).stream().filter(m -> m.subject().contains(subjectPart))
                    .toList();
            if (matching.size() == 1) {
                return matching.getFirst();
            }
            if (matching.size() > 1 || System.nanoTime() > until) {
                throw new AssertionError("Expected one mail to " + address + " with \"" + subjectPart
                        + "\" in its subject, got " + mailsTo(address).stream().map(ReceivedMail::subject).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for mails", e);
            }
        }
    }

    private static ReceivedMail read(MimeMessage message) throws MessagingException {
        try {
            StringBuilder text = new StringBuilder();
            List<String> attachments = new ArrayList<>();
            collect(message, text, attachments);
            String[] language = message.getHeader("Content-Language");
            return new ReceivedMail(message.getSubject(), text.toString(),
                    language == null ? null : language[0], message.getFrom()[0].toString(), attachments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part part, StringBuilder text, List<String> attachments)
            throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(part.getFileName());
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, text, attachments);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delivered mail: subject, plain text, its Content-Language, sender, names of its attachments. */
    public record ReceivedMail(String subject, String text, String language, String from, List<String> attachments) {
    }
}
