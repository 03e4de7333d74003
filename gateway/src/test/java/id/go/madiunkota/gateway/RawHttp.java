package id.go.madiunkota.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request line exactly as written (HTTP clients would normalise or refuse the path tricks the gateway must
 * withstand) and reads the whole answer.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The answer to {@code GET rawPath}, sent byte for byte. */
    static Answer get(int port, String rawPath) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept-Language: en\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return Answer.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer for " + rawPath, e);
        }
    }

    /**
     * The answer to a request that announces a body of {@code length} bytes and sends none of it: what a server
     * answers from the headers alone, before reading a body.
     */
    static Answer announce(int port, String method, String path, String contentType, long length) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAccept-Language: en\r\n"
                    + "Content-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // the server answers without the body and may keep waiting for it: read the answer, not until the end
            socket.setSoTimeout(3_000);
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] chunk = new byte[4096];
            try {
                for (int n = in.read(chunk); n > 0; n = in.read(chunk)) {
                    read.write(chunk, 0, n);
                }
            } catch (java.net.SocketTimeoutException e) {
                // the whole answer has come; the connection stays open for the body that never does
            }
            return Answer.parse(read.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("No answer for " + path, e);
        }
    }

    /** Status, headers (lower-cased names, as one text) and body of an answer. */
    record Answer(int status, String headers, String body) {

        static Answer parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            String[] statusLine = head.split("\r\n", 2)[0].split(" ");
            return new Answer(Integer.parseInt(statusLine[1]), head.toLowerCase(Locale.ROOT), body);
        }

        boolean hasHeader(String name, String valueStart) {
            return headers.contains("\r\n" + name.toLowerCase(Locale.ROOT) + ": "
                    + valueStart.toLowerCase(Locale.ROOT));
        }
    }
}
