package id.go.madiunkota.common.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/** Every JSON text read into a {@code String}, checked by {@link TextRules}: a control character is a 400. */
class SafeStringDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = super.deserialize(parser, context);
        String problem = TextRules.problemOf(value).orElse(null);
        if (problem != null) {
            throw new RefusedValueException(parser, problem, String.class);
        }
        return value;
    }
}
