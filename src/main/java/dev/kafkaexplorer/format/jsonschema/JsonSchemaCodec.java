package dev.kafkaexplorer.format.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.JsonText;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema payloads in the registry's wire format: the 5-byte header, then the JSON text. Reading
 * shows the JSON without the header, whether or not it fits: a reader shows what is there.
 *
 * <p>Writing checks the value against the schema first (networknt's validator; see {@link CheckedSchema}
 * for the draft assumed and why no {@code $ref} is fetched), so a value that does not fit is refused
 * in words naming its JSON paths and nothing is sent, as for Avro and Protobuf. Each schema is made
 * ready once per id; a schema that is not valid is refused with the same words for every value.
 * Thread-safe: two threads meeting a new id at once at worst both parse it.
 */
public final class JsonSchemaCodec implements SchemaCodec {

    /** By schema id. Unbounded: a registry holds few schemas next to the records written under them. */
    private final Map<Integer, CheckedSchema> parsed = new ConcurrentHashMap<>();

    @Override
    public String toJson(RegisteredSchema schema, byte[] bytes, int payloadOffset) throws FormatException {
        return JsonText.compact(JsonText.parse(bytes, payloadOffset, bytes.length - payloadOffset));
    }

    @Override
    public byte[] fromJson(RegisteredSchema schema, String json, String messageName) throws FormatException {
        JsonNode value = JsonText.parse(json); // not JSON at all is said first, before the schema is read
        schemaFor(schema).check(value);
        return WireFormat.frame(schema.id(), JsonText.compact(value).getBytes(StandardCharsets.UTF_8));
    }

    private CheckedSchema schemaFor(RegisteredSchema schema) {
        CheckedSchema known = parsed.get(schema.id());
        if (known == null || !known.parsedFrom(schema.schema())) {
            known = CheckedSchema.parse(schema);
            parsed.put(schema.id(), known);
        }
        return known;
    }
}
