package id.go.madiunkota.gateway.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * The gateway's own error answers, as application/problem+json (RFC 9457) in Bahasa Indonesia, or in English when the
 * caller's Accept-Language prefers it: the same shape as the services' errors, with the same problem types. A status
 * the services answer has the services' code ({@code unauthorized}, {@code forbidden}, {@code http.404}, and
 * {@code http.413} as their {@code http.<status>} form); the codes of the gateway's own refusals ({@code bad-path},
 * {@code too-many-requests}, {@code service-unavailable}, {@code service-timeout}) no service answers.
 */
public final class Problems {

    /** Media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Header on the gateway's own 401 and 403 answers, so a client (and the end-to-end suite) can tell them apart
     * from a service's. */
    public static final String DENIED_HEADER = "X-Gateway-Denied";

    private static final String TYPE_BASE = "https://madiunkota.go.id/problems/";

    /** A kind of gateway problem, with its texts in both languages. */
    public enum Kind {
        UNAUTHORIZED(401, "unauthorized", "Perlu masuk", "Authentication required",
                "Token tidak ada, kedaluwarsa, atau tidak sah.", "The token is missing, expired or not valid."),
        FORBIDDEN(403, "forbidden", "Akses ditolak", "Forbidden",
                "Peran Anda tidak diizinkan memakai alamat ini.", "Your roles do not allow this address."),
        BAD_PATH(400, "bad-path", "Alamat tidak sah", "Malformed address",
                "Alamat ini memuat ejaan yang tidak diterima (segmen titik, garis miring tersandi atau ganda, "
                        + "titik koma, atau karakter kendali).",
                "The address holds a spelling that is not accepted (dot segments, an encoded or doubled slash, a "
                        + "semicolon, or a control character)."),
        NOT_FOUND(404, "http.404", "Alamat tidak ditemukan", "Not found",
                "Tidak ada layanan di alamat ini.", "No service answers at this address."),
        TOO_LARGE(413, "http.413", "Isi permintaan terlalu besar", "Request body too large",
                "Isi permintaan melebihi batas %s bita.", "The request body exceeds the limit of %s bytes."),
        TOO_MANY(429, "too-many-requests", "Terlalu banyak permintaan", "Too many requests",
                "Coba lagi dalam %s detik.", "Try again in %s seconds."),
        BAD_GATEWAY(502, "service-unavailable", "Layanan tidak dapat dihubungi", "Service unavailable",
                "Layanan %s sedang tidak dapat dihubungi. Coba lagi sebentar lagi.",
                "The %s service cannot be reached right now. Please try again shortly."),
        GATEWAY_TIMEOUT(504, "service-timeout", "Layanan tidak menjawab tepat waktu", "Service timed out",
                "Layanan %s tidak menjawab dalam %s detik.", "The %s service did not answer within %s seconds.");

        final int status;
        final String code;
        final Map<Boolean, String[]> texts;

        Kind(int status, String code, String titleId, String titleEn, String detailId, String detailEn) {
            this.status = status;
            this.code = code;
            this.texts = Map.of(false, new String[] {titleId, detailId}, true, new String[] {titleEn, detailEn});
        }

        public int status() {
            return status;
        }
    }

    private Problems() {
    }

    /** The problem body for {@code kind}, with the detail's placeholders filled from {@code args}. */
    public static JsonObject body(Kind kind, String acceptLanguage, String instance, Object... args) {
        String[] texts = kind.texts.get(prefersEnglish(acceptLanguage));
        return new JsonObject()
                .put("type", TYPE_BASE + kind.code)
                .put("title", texts[0])
                .put("status", kind.status)
                .put("detail", texts[1].formatted(args))
                .put("instance", instance);
    }

    /** Ends the exchange with the problem for {@code kind}. */
    public static void send(RoutingContext ctx, Kind kind, Object... args) {
        JsonObject body = body(kind, ctx.request().getHeader("Accept-Language"), ctx.request().path(), args);
        if (kind == Kind.UNAUTHORIZED || kind == Kind.FORBIDDEN) {
            ctx.response().putHeader(DENIED_HEADER, "true");
        }
        if (kind == Kind.UNAUTHORIZED) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"madiun\"");
        }
        ctx.response().setStatusCode(kind.status).putHeader("Content-Type", MEDIA_TYPE).end(body.encode());
    }

    /** True when the first language the caller names is English; Bahasa Indonesia otherwise. */
    static boolean prefersEnglish(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        String first = acceptLanguage.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.startsWith("en");
    }
}
