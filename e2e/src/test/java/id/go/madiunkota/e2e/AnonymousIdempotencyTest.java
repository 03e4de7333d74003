package id.go.madiunkota.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.e2e.support.Gateway;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An anonymous Idempotency-Key belongs to the client that sent it, as the gateway sees the client: a second anonymous
 * client sending the same key and body does not get the first one's answer (its tracking code would let it read a
 * stranger's complaint), but a 409 problem that reveals nothing. The two clients are told apart by the address the
 * gateway takes from X-Forwarded-For, which it trusts from the local proxy address (127.0.0.1) only.
 */
class AnonymousIdempotencyTest {

    private static final String FIRST_CLIENT = "203.0.113.10";
    private static final String SECOND_CLIENT = "198.51.100.20";

    @Test
    void aSecondAnonymousClientWithTheSameKeyGetsA409ThatRevealsNothing() {
        String key = UUID.randomUUID().toString();

        Response first = complaintFrom(FIRST_CLIENT, key, "en");
        assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
        String id = first.path("id");
        String trackingCode = first.path("trackingCode");
        assertThat(trackingCode).isNotBlank();

        Response replay = complaintFrom(FIRST_CLIENT, key, "en");
        assertThat(replay.statusCode()).as("the same client sending again gets its own answer").isEqualTo(201);
        assertThat((String) replay.path("id")).isEqualTo(id);
        assertThat((String) replay.path("trackingCode")).isEqualTo(trackingCode);

        for (String language : new String[] {"en", "id"}) {
            Response stranger = complaintFrom(SECOND_CLIENT, key, language);
            assertThat(stranger.statusCode()).as(stranger.asString()).isEqualTo(409);
            assertThat(stranger.contentType()).startsWith("application/problem+json");
            assertThat(stranger.<String>path("type")).endsWith("idempotency-key-other-caller");
            assertThat(stranger.<String>path("title")).isEqualTo(language.equals("en")
                    ? "Idempotency key belongs to another sender" : "Kunci idempotensi milik pengirim lain");
            assertThat(stranger.asString()).doesNotContain(trackingCode, id, "Rina");
            assertThat(stranger.header("Location")).isNull();
        }
    }

    private static Response complaintFrom(String client, String key, String language) {
        return Gateway.anonymous().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .header("Idempotency-Key", key)
                .header("Accept-Language", language)
                .body(Map.of("kind", "COMPLAINT", "service", "TRAINING",
                        "complainant", Map.of("name", "Rina Kusuma", "phone", "081298765432"),
                        "content", "Jadwal pelatihan bulan depan belum diumumkan."))
                .when().post("/api/helpdesk/complaints");
    }
}
