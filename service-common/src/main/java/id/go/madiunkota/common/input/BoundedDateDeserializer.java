package id.go.madiunkota.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Wraps the {@code java.time} deserializer of a date or date-time type and refuses a value outside
 * {@link DateRules}, such as {@code +999999999-12-31}, with a 400 naming the field.
 */
class BoundedDateDeserializer<T> extends StdDeserializer<T> implements ContextualDeserializer {

    private final transient JsonDeserializer<T> delegate;

    BoundedDateDeserializer(Class<T> type, JsonDeserializer<T> delegate) {
        super(type);
        this.delegate = delegate;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
            throws JsonMappingException {
        JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c
                ? c.createContextual(context, property) : delegate;
        return contextual == delegate ? this
                : new BoundedDateDeserializer<>((Class<T>) handledType(), (JsonDeserializer<T>) contextual);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        T value;
        try {
            value = delegate.deserialize(parser, context);
        } catch (java.time.DateTimeException e) {
            // a valid form whose value java.time cannot hold
            throw new RefusedValueException(parser, DateRules.OUT_OF_RANGE, handledType());
        }
        if (!DateRules.inRange(value)) {
            throw new RefusedValueException(parser, DateRules.OUT_OF_RANGE, handledType());
        }
        return value;
    }
}
