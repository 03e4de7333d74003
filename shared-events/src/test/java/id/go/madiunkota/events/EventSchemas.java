package id.go.madiunkota.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generates the JSON Schema (draft 2020-12) of each event payload, as committed under
 * {@code src/main/resources/schemas/<service>.<Name>.v<version>.json}. Run {@link #main} (or {@code EventSchemaTest}
 * with {@code -Dschemas.write=true}) to rewrite the files after changing a payload.
 */
final class EventSchemas {

    /** The Maven command that rewrites every schema file. */
    static final String REGENERATE = "mvn -B -pl shared-events test -Dtest=EventSchemaTest -Dschemas.write=true";

    private static final SchemaGenerator GENERATOR = generator();

    private static final ObjectMapper JSON = new ObjectMapper();

    // Two-space indentation, "key": value, one array item a line, "\n" on every platform: stable, diff-friendly files.
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private EventSchemas() {
    }

    /** The schema of a payload class as pretty JSON with a trailing newline, exactly as the committed file holds it. */
    static String schemaOf(Class<?> payloadClass) {
        EventType meta = DomainEvent.metaOf(payloadClass);
        String type = DomainEvent.typeOf(meta);
        ObjectNode generated = GENERATOR.generateSchema(payloadClass);

        ObjectNode schema = JSON.createObjectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("$id", CloudEventHeaders.dataSchema(type, meta.version()));
        schema.put("title", type);
        schema.set("description", generated.get("description"));
        schema.setAll(generated);   // keeps the keys above first; additionalProperties stays absent, i.e. open
        try {
            return JSON.writer(PRETTY).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the schema of " + payloadClass.getName(), e);
        }
    }

    /** The schema's file name: {@code ppid.RequestReceived.v1.json}. */
    static String fileName(Class<?> payloadClass) {
        EventType meta = DomainEvent.metaOf(payloadClass);
        return DomainEvent.typeOf(meta) + ".v" + meta.version() + ".json";
    }

    /** {@code src/main/resources/schemas} of this module, found from surefire's {@code basedir} or the working dir. */
    static Path directory() {
        return Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources/schemas");
    }

    /** Names of the schema files that exist in {@code directory} but belong to no class in the catalog. */
    static Set<String> staleFiles(Path directory) throws IOException {
        Set<String> expected = EventCatalog.ALL.stream().map(EventSchemas::fileName).collect(Collectors.toSet());
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !expected.contains(name))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Writes the schema of one payload class into {@code directory}; returns the file. */
    static Path write(Path directory, Class<?> payloadClass) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(fileName(payloadClass));
        Files.writeString(file, schemaOf(payloadClass), StandardCharsets.UTF_8);
        return file;
    }

    /** Rewrites every schema file (into the directory given as the first argument, if any) and lists stale ones. */
    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : directory();
        for (Class<? extends EventPayload> payloadClass : EventCatalog.ALL) {
            System.out.println("wrote " + write(directory, payloadClass));
        }
        for (String name : staleFiles(directory)) {
            System.out.println("STALE (no event class; delete it or restore the class): " + directory.resolve(name));
        }
    }

    private static SchemaGenerator generator() {
        SchemaGeneratorConfigBuilder config =
                new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                        .with(new JacksonModule())
                        .with(Option.STANDARD_FORMATS);
        config.forTypesInGeneral()
                .withPropertySorter(Comparator.<MemberScope<?, ?>>comparingInt(EventSchemas::componentIndex)
                        .thenComparing(MemberScope::getSchemaPropertyName));
        config.forFields().withDescriptionResolver(field -> PayloadJavadoc.of(field.getDeclaringType().getErasedType())
                .params().get(field.getDeclaredName()));
        return new SchemaGenerator(config.build());
    }

    // Properties in the order of the record's components, which is the order the Javadoc documents them in.
    private static int componentIndex(MemberScope<?, ?> member) {
        RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }
}
