package id.go.madiunkota.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed JSON Schemas are exactly what the payload records generate, none is left over from a removed event, and
 * what the event codec writes has the shape the schema describes. With {@code -Dschemas.write=true} the first test
 * rewrites the files instead of comparing them.
 */
class EventSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Named<Class<? extends EventPayload>>> events() {
        return EventCatalog.ALL.stream().map(payloadClass -> Named.of(payloadClass.getSimpleName(), payloadClass));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void committedSchemaMatchesThePayloadRecord(Class<? extends EventPayload> payloadClass) throws IOException {
        Path file = EventSchemas.directory().resolve(EventSchemas.fileName(payloadClass));
        if (Boolean.getBoolean("schemas.write")) {
            EventSchemas.write(EventSchemas.directory(), payloadClass);
            return;
        }
        String regenerate = " If the change to " + payloadClass.getName() + " is intended (and additive), regenerate"
                + " the schemas with: " + EventSchemas.REGENERATE;

        assertThat(file).as("The schema file %s is missing.%s", file, regenerate).isRegularFile();
        String committed = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(committed)
                .as("The schema file %s is out of date with its record.%s", file, regenerate)
                .isEqualTo(EventSchemas.schemaOf(payloadClass));
    }

    @Test
    void noSchemaFileIsLeftWithoutItsEventClass() throws IOException {
        Path directory = EventSchemas.directory();
        assertThat(EventSchemas.staleFiles(directory))
                .as("Schema files in %s belong to no class in EventCatalog.ALL: delete them, or restore their event"
                        + " classes (published events are never removed, see EVENTS.md)", directory)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void schemaHeaderNamesTheEventAndLeavesItOpenToNewFields(Class<? extends EventPayload> payloadClass)
            throws IOException {
        EventType meta = DomainEvent.metaOf(payloadClass);
        String type = DomainEvent.typeOf(meta);
        JsonNode schema = JSON.readTree(EventSchemas.schemaOf(payloadClass));

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo("urn:madiun:event:" + type + ":v" + meta.version());
        assertThat(schema.path("title").asText()).isEqualTo(type);
        assertThat(schema.path("description").asText()).startsWith("Published ").endsWith(".");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.has("additionalProperties")).as("additionalProperties must stay open").isFalse();
        assertThat(schema.has("required")).as("absent means null: the codec omits null fields").isFalse();
        assertThat(fieldNames(schema.path("properties")))
                .containsExactly(Stream.of(payloadClass.getRecordComponents()).map(c -> c.getName())
                        .toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void whatTheCodecWritesHasTheShapeTheSchemaDescribesAndReadsBack(Class<? extends EventPayload> payloadClass)
            throws IOException {
        EventPayload sample = EventSamples.sampleOf(payloadClass);
        String json = EventCodec.toJson(sample);
        JsonNode written = JSON.readTree(json);
        JsonNode properties = JSON.readTree(EventSchemas.schemaOf(payloadClass)).path("properties");

        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(fieldNames(properties));
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            assertThat(conforms(written.get(property.getKey()), property.getValue()))
                    .as("%s.%s = %s against %s", payloadClass.getSimpleName(), property.getKey(),
                            written.get(property.getKey()), property.getValue())
                    .isTrue();
        }
        assertThat(EventCodec.fromJson(json.getBytes(StandardCharsets.UTF_8), payloadClass)).isEqualTo(sample);
    }

    // Just the keywords the generator emits for the allowed component types: type, format and array items.
    private static boolean conforms(JsonNode value, JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "string" -> value.isTextual() && formatMatches(value.asText(), schema.path("format").asText(""));
            case "integer" -> value.isIntegralNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray() && allMatch(value, item -> conforms(item, schema.path("items")));
            default -> false;
        };
    }

    private static boolean formatMatches(String text, String format) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> Instant.parse(text);
                case "" -> { }
                default -> {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean allMatch(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode item : array) {
            if (!test.test(item)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
