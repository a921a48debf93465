package dev.kafkaexplorer.fake.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Test-side: a JSON value as the Avro datum of {@code schema}, a union's branch picked by the JSON
 * kind, so that Avro's own {@code GenericData.validate} and writer can say whether a derived
 * schema fits the records. Throws when a value has no place in the schema.
 */
final class AvroDatumFromJson {

    private AvroDatumFromJson() {
    }

    static Object datum(Schema schema, JsonNode json) {
        switch (schema.getType()) {
            case UNION -> {
                for (Schema branch : schema.getTypes()) {
                    if (fits(branch, json)) {
                        return datum(branch, json);
                    }
                }
                throw new IllegalArgumentException(json + " fits no branch of " + schema);
            }
            case RECORD -> {
                GenericRecord record = new GenericData.Record(schema);
                for (Schema.Field field : schema.getFields()) {
                    JsonNode value = json.get(field.name());
                    record.put(field.name(), datum(field.schema(), value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : value));
                }
                return record;
            }
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                json.forEach(item -> items.add(datum(schema.getElementType(), item)));
                return new GenericData.Array<>(schema, items);
            }
            case STRING -> {
                return require(json.isTextual(), schema, json).textValue();
            }
            case LONG -> {
                return require(json.isIntegralNumber(), schema, json).longValue();
            }
            case DOUBLE -> {
                return require(json.isNumber(), schema, json).doubleValue();
            }
            case BOOLEAN -> {
                return require(json.isBoolean(), schema, json).booleanValue();
            }
            case NULL -> {
                require(json.isNull(), schema, json);
                return null;
            }
            default -> throw new IllegalArgumentException("not derived: " + schema);
        }
    }

    private static boolean fits(Schema branch, JsonNode json) {
        return switch (branch.getType()) {
            case NULL -> json.isNull();
            case STRING -> json.isTextual();
            case LONG -> json.isIntegralNumber();
            case DOUBLE -> json.isNumber();
            case BOOLEAN -> json.isBoolean();
            case ARRAY -> json.isArray();
            case RECORD -> json.isObject();
            default -> false;
        };
    }

    private static JsonNode require(boolean fits, Schema schema, JsonNode json) {
        if (!fits) {
            throw new IllegalArgumentException(json + " is not a " + schema);
        }
        return json;
    }
}
