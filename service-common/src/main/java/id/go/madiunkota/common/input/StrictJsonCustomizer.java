package id.go.madiunkota.common.input;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateTimeDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The JSON reader of every service, strict about what it accepts so that hostile bodies get a 400, never a 500:
 * <ul>
 * <li>a key twice in one object is an error (duplicate detection), not "the last one wins"; so is anything after
 * the body's one value;</li>
 * <li>nesting at most {@value #MAX_DEPTH} deep, a text at most {@value #MAX_STRING} characters, a number at most
 * {@value #MAX_NUMBER} digits (numbers too big for their field fail on their own);</li>
 * <li>texts without control characters or lone surrogates ({@link TextRules});</li>
 * <li>dates and date-times ({@code LocalDate}, {@code LocalDateTime}, {@code OffsetDateTime}, {@code Instant})
 * within {@link DateRules}.</li>
 * </ul>
 * Runs after Quarkus's own customizer, so that its deserializers win over those of the Java time module.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    /** The deepest nesting of objects and arrays accepted. */
    public static final int MAX_DEPTH = 64;

    /** The longest JSON text accepted, in characters (about 1 MB). */
    public static final int MAX_STRING = 1_000_000;

    /** The longest JSON number accepted, in characters. */
    public static final int MAX_NUMBER = 100;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).build());
        SimpleModule module = new SimpleModule("madiun-strict-input");
        module.addDeserializer(String.class, new SafeStringDeserializer());
        module.addDeserializer(LocalDate.class,
                new BoundedDateDeserializer<>(LocalDate.class, LocalDateDeserializer.INSTANCE));
        module.addDeserializer(LocalDateTime.class,
                new BoundedDateDeserializer<>(LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE));
        module.addDeserializer(OffsetDateTime.class,
                new BoundedDateDeserializer<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
        module.addDeserializer(Instant.class,
                new BoundedDateDeserializer<>(Instant.class, InstantDeserializer.INSTANT));
        mapper.registerModule(module);
    }

    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }
}
