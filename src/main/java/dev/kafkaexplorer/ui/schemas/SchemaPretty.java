package dev.kafkaexplorer.ui.schemas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kafkaexplorer.registry.SchemaType;

/**
 * A schema's text as the Schemas tab shows and compares it: Avro and JSON Schema (JSON both) indented
 * two spaces, one field and one array item a line, so a line diff of two versions names the field
 * that changed; {@code .proto} text as its author wrote it. Numbers keep their exact digits.
 */
public final class SchemaPretty {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectWriter INDENTED = JSON.writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private SchemaPretty() {
    }

    /** {@code schema} laid out for reading; text that is not JSON (a registry may hold anything) as it is. */
    public static String print(SchemaType type, String schema) {
        if (type == SchemaType.PROTOBUF) {
            return schema;
        }
        try {
            JsonNode tree = JSON.readTree(schema);
            return tree == null ? schema : INDENTED.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            return schema;
        }
    }
}
