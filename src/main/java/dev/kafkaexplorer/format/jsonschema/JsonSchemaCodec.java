package dev.kafkaexplorer.format.jsonschema;

import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.JsonText;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.RegisteredSchema;
import java.nio.charset.StandardCharsets;

/**
 * JSON Schema payloads in the registry's wire format: the 5-byte header, then the JSON text. Reading
 * shows the JSON without the header; writing checks the text is JSON and frames it compact.
 *
 * <p>The value is not validated against the schema: no JSON Schema validator is on the class path,
 * and one would be a dependency for a check the registry's own serializers make optional too. The
 * schema's text is still what the Schemas tab shows next to the record.
 */
public final class JsonSchemaCodec implements SchemaCodec {

    @Override
    public String toJson(RegisteredSchema schema, byte[] bytes, int payloadOffset) throws FormatException {
        return JsonText.compact(JsonText.parse(bytes, payloadOffset, bytes.length - payloadOffset));
    }

    @Override
    public byte[] fromJson(RegisteredSchema schema, String json, String messageName) throws FormatException {
        String compact = JsonText.compact(JsonText.parse(json));
        return WireFormat.frame(schema.id(), compact.getBytes(StandardCharsets.UTF_8));
    }
}
