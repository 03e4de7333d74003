package id.go.madiunkota.ppid.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import id.go.madiunkota.events.CloudEventHeaders;
import id.go.madiunkota.events.EventCodec;
import id.go.madiunkota.events.ppid.RequestReceived;
import id.go.madiunkota.events.support.TopicReader;
import id.go.madiunkota.ppid.support.RequestBodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The whole publishing path on the real broker: a request submitted over HTTP is written to the outbox in its
 * transaction, the relay publishes it to {@code ppid.events}, and an independent consumer reads it there as a
 * CloudEvent keyed by the request's id, without the applicant's personal data.
 */
@QuarkusTest
class RequestEventsOnKafkaTest {

    @Test
    void aSubmittedRequestArrivesOnTheTopicWithoutPersonalData() {
        Map<String, Object> body = RequestBodies.personRequest();
        String id = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/ppid/requests")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, byte[]>> published = TopicReader.read(TopicReader.localBroker(), "ppid.events",
                r -> id.equals(r.key()), found -> !found.isEmpty(), Duration.ofSeconds(60));

        assertThat(published).as("the RequestReceived of request " + id + " on ppid.events").hasSize(1);
        ConsumerRecord<String, byte[]> record = published.get(0);
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.TYPE)).isEqualTo("ppid.RequestReceived");
        assertThat(EventCodec.header(record.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(id);
        RequestReceived event = EventCodec.fromJson(record.value(), RequestReceived.class);
        assertThat(event.requestId().toString()).isEqualTo(id);
        String json = new String(record.value(), StandardCharsets.UTF_8);
        Map<String, Object> applicant = RequestBodies.applicantOf(body);
        assertThat(json).doesNotContain(RequestBodies.NIK, (String) applicant.get("phone"),
                (String) applicant.get("address"), (String) applicant.get("name"), (String) applicant.get("email"));
    }
}
