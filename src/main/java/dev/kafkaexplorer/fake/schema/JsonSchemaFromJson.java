package dev.kafkaexplorer.fake.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A JSON Schema (draft-07) derived from the JSON shape of a template's records, by the same rules
 * as {@link AvroSchemaFromJson}: strings → {@code string}, whole numbers → {@code integer},
 * decimals → {@code number}, booleans, arrays with their items' schema (always empty: items of
 * {@code string}), objects with their properties; several kinds at one place → a list of types;
 * a place only ever null → {@code ["null","string"]}. A field found in every sample is
 * {@code required}; other properties stay allowed ({@code additionalProperties} is not set), so a
 * later record with an extra field still fits. The same samples always give the same schema.
 */
public final class JsonSchemaFromJson {

    public static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonSchemaFromJson() {
    }

    /**
     * The schema of {@code samples} (JSON objects), titled {@code title}.
     *
     * @throws SchemaDerivationException when the samples are not JSON objects
     */
    public static ObjectNode derive(String title, List<JsonNode> samples) throws SchemaDerivationException {
        JsonShape shape = JsonShape.of(samples);
        if (samples.isEmpty() || !shape.object() || shape.kinds() != 1 || shape.nullSeen()) {
            throw new SchemaDerivationException("A JSON Schema can only be derived from records that are JSON objects");
        }
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DRAFT_07);
        schema.put("title", title);
        schema.setAll(schemaOf(shape));
        return schema;
    }

    private static ObjectNode schemaOf(JsonShape shape) {
        ObjectNode schema = JSON.objectNode();
        ArrayNode types = JSON.arrayNode();
        if (shape.nullSeen()) {
            types.add("null");
        }
        if (shape.bool()) {
            types.add("boolean");
        }
        if (shape.decimal()) {
            types.add("number");
        } else if (shape.wholeOnly()) {
            types.add("integer");
        }
        if (shape.text() || shape.kinds() == 0) {
            types.add("string");
        }
        if (shape.array()) {
            types.add("array");
        }
        if (shape.object()) {
            types.add("object");
        }
        schema.set("type", types.size() == 1 ? types.get(0) : types);
        if (shape.array()) {
            JsonShape items = shape.items();
            schema.set("items", items == null ? JSON.objectNode().put("type", "string") : schemaOf(items));
        }
        if (shape.object()) {
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = JSON.arrayNode();
            for (var field : shape.fields().entrySet()) {
                properties.set(field.getKey(), schemaOf(field.getValue().shape()));
                if (!shape.optional(field.getValue())) {
                    required.add(field.getKey());
                }
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
        }
        return schema;
    }
}
