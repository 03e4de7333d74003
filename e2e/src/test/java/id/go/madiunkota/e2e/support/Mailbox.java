package id.go.madiunkota.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mails the suite's GreenMail received for an address, read from its REST API ({@code GREENMAIL_API_URL}, default
 * http://localhost:8025, as {@code ./suite up} starts it): {@code GET /api/user/<address>/messages/INBOX} answers the
 * messages with their subject and raw MIME text (400 while no mail has reached the address). Plain-text mails are
 * decoded here (quoted-printable, base64, and the first text/plain part of a multipart mail).
 */
public final class Mailbox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";\\r\\n]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";\\r\\n]+)\"?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([^\";\\s]+)\"?", Pattern.CASE_INSENSITIVE);

    private Mailbox() {
    }

    /** GreenMail's REST API: {@code GREENMAIL_API_URL}, default http://localhost:8025. */
    public static String apiUrl() {
        String value = System.getenv("GREENMAIL_API_URL");
        return value == null || value.isBlank() ? "http://localhost:8025" : value.strip().replaceAll("/+$", "");
    }

    /** The mails delivered to {@code address} so far, oldest first (none while none arrived). */
    public static List<Mail> to(String address) {
        URI uri = URI.create(apiUrl() + "/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                .replace("%40", "@") + "/messages/INBOX");
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("GreenMail's REST API at " + apiUrl() + " does not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (answer.statusCode() == 400 || answer.statusCode() == 404) {
            return List.of(); // GreenMail knows the address only once a mail reached it
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GreenMail answered " + answer.statusCode() + " for " + uri);
        }
        try {
            List<Mail> mails = new ArrayList<>();
            for (JsonNode message : JSON.readTree(answer.body())) {
                mails.add(Mail.parse(message.path("subject").asText(), message.path("mimeMessage").asText()));
            }
            return mails;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits up to {@code within} for the one mail to {@code address} whose subject contains {@code subjectPart} (the
     * services send their outbox every 10 s by default); fails naming the subjects that did arrive.
     */
    public static Mail await(String address, String subjectPart, Duration within) {
        long until = System.nanoTime() + within.toNanos();
        List<Mail> mails = List.of();
        while (System.nanoTime() < until) {
            mails = to(address);
            List<Mail> matching = mails.stream().filter(m -> m.subject().contains(subjectPart)).toList();
            if (matching.size() > 1) {
                throw new AssertionError("More than one mail to " + address + " with \"" + subjectPart + "\": "
                        + matching.stream().map(Mail::subject).toList());
            }
            if (matching.size() == 1) {
                return matching.getFirst();
            }
            sleep(500);
        }
        throw new AssertionError("No mail to " + address + " with \"" + subjectPart + "\" in its subject within "
                + within + " (GreenMail " + apiUrl() + "); received: " + mails.stream().map(Mail::subject).toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A received mail: its subject, headers (names in lower case), plain text and its attachments' file names. */
    public record Mail(String subject, Map<String, String> headers, String text, List<String> attachments) {

        /** A header's value ({@code Content-Language}, {@code From}, ...), or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        static Mail parse(String subject, String mime) {
            Part part = Part.of(mime);
            List<String> files = new ArrayList<>();
            part.collectFiles(files);
            return new Mail(subject, part.headers, part.text(), List.copyOf(files));
        }
    }

    /** One MIME entity: headers and raw body. */
    private record Part(Map<String, String> headers, String body) {

        static Part of(String raw) {
            String text = raw.replace("\r\n", "\n");
            int end = text.indexOf("\n\n");
            String head = end < 0 ? text : text.substring(0, end);
            Map<String, String> headers = new LinkedHashMap<>();
            String name = null;
            for (String line : head.split("\n")) {
                if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                    headers.merge(name, " " + line.strip(), String::concat); // folded header
                } else if (line.indexOf(':') > 0) {
                    name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                    headers.put(name, line.substring(line.indexOf(':') + 1).strip());
                }
            }
            return new Part(headers, end < 0 ? "" : text.substring(end + 2));
        }

        /** The file names of the attachments in this part and the parts inside it. */
        void collectFiles(List<String> files) {
            Matcher name = FILE_NAME.matcher(headers.getOrDefault("content-disposition", ""));
            if (name.find()) {
                files.add(name.group(1));
            }
            String type = headers.getOrDefault("content-type", "text/plain");
            Matcher boundary = BOUNDARY.matcher(type);
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/") && boundary.find()) {
                for (String piece : body.split("(?m)^--" + Pattern.quote(boundary.group(1)) + "(--)?\\s*$")) {
                    if (!piece.isBlank()) {
                        Part.of(piece.replaceFirst("^\n", "")).collectFiles(files);
                    }
                }
            }
        }

        /** The plain text: this part decoded, or the first text/plain part inside a multipart one. */
        String text() {
            String type = headers.getOrDefault("content-type", "text/plain");
            if (type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                Matcher boundary = BOUNDARY.matcher(type);
                if (!boundary.find()) {
                    return body;
                }
                for (String piece : body.split("(?m)^--" + Pattern.quote(boundary.group(1)) + "(--)?\\s*$")) {
                    if (piece.isBlank()) {
                        continue;
                    }
                    Part inner = Part.of(piece.replaceFirst("^\n", ""));
                    String innerType = inner.headers.getOrDefault("content-type", "text/plain");
                    if (innerType.toLowerCase(Locale.ROOT).startsWith("text/plain")
                            || innerType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                        return inner.text();
                    }
                }
                return "";
            }
            Matcher charset = CHARSET.matcher(type);
            Charset encoding = charset.find() ? Charset.forName(charset.group(1)) : StandardCharsets.UTF_8;
            String transfer = headers.getOrDefault("content-transfer-encoding", "7bit").toLowerCase(Locale.ROOT);
            return switch (transfer) {
                case "quoted-printable" -> quotedPrintable(body, encoding);
                case "base64" -> new String(Base64.getMimeDecoder().decode(body), encoding);
                default -> body;
            };
        }

        private static String quotedPrintable(String text, Charset charset) {
            String joined = text.replaceAll("=[ \\t]*\\n", ""); // soft line breaks
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                if (c == '=' && i + 2 < joined.length() && isHex(joined.charAt(i + 1)) && isHex(joined.charAt(i + 2))) {
                    bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    byte[] encoded = String.valueOf(c).getBytes(charset);
                    bytes.write(encoded, 0, encoded.length);
                }
            }
            return bytes.toString(charset);
        }

        private static boolean isHex(char c) {
            return Character.digit(c, 16) >= 0;
        }
    }
}
