package dev.kafkaexplorer.fake.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a value looked like across several sample records: every JSON kind seen at one place (a
 * field, an array's items), merged. Whole numbers and decimals at one place read as decimals; an
 * object's fields are kept in the order first seen, each with how many of the objects had it, so a
 * field missing from some samples is known to be optional. Built once, single-threaded, then read.
 */
public final class JsonShape {

    private boolean nullSeen;
    private boolean bool;
    private boolean whole;
    private boolean decimal;
    private boolean text;
    private boolean array;
    /** The items of every array seen here, merged; null while no array held an item. */
    private JsonShape items;
    /** Objects seen here; their fields, in the order first seen, with the count of objects holding each. */
    private int objects;
    private final Map<String, Field> fields = new LinkedHashMap<>();

    /** One field of the objects seen at a place. */
    public record Field(JsonShape shape, int seenIn) {
    }

    /** The shape of {@code samples} merged. */
    public static JsonShape of(Iterable<JsonNode> samples) {
        JsonShape shape = new JsonShape();
        for (JsonNode sample : samples) {
            shape.add(sample);
        }
        return shape;
    }

    /** Merges one more value seen at this place. */
    public void add(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            nullSeen = true;
        } else if (node.isBoolean()) {
            bool = true;
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            whole = true;
        } else if (node.isNumber()) {
            // Decimals, and whole numbers too large for a long.
            decimal = true;
        } else if (node.isTextual() || node.isBinary() || node.isPojo()) {
            text = true;
        } else if (node.isArray()) {
            array = true;
            for (JsonNode item : node) {
                if (items == null) {
                    items = new JsonShape();
                }
                items.add(item);
            }
        } else if (node.isObject()) {
            objects++;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                Field seen = fields.get(field.getKey());
                JsonShape shape = seen == null ? new JsonShape() : seen.shape();
                shape.add(field.getValue());
                fields.put(field.getKey(), new Field(shape, seen == null ? 1 : seen.seenIn() + 1));
            }
        }
    }

    /** Whether null was seen here (a JSON null, or an object field missing from some samples counts at its field). */
    public boolean nullSeen() {
        return nullSeen;
    }

    public boolean bool() {
        return bool;
    }

    /** Numbers were seen and all were whole numbers that fit a long. */
    public boolean wholeOnly() {
        return whole && !decimal;
    }

    /** Numbers were seen and at least one was a decimal (or too large for a long). */
    public boolean decimal() {
        return decimal;
    }

    public boolean text() {
        return text;
    }

    public boolean array() {
        return array;
    }

    /** The arrays' items merged; null when every array seen was empty. */
    public JsonShape items() {
        return items;
    }

    public boolean object() {
        return objects > 0;
    }

    /** The objects' fields in the order first seen. */
    public Map<String, Field> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** Whether {@code field} was missing from some of the objects seen here. */
    public boolean optional(Field field) {
        return field.seenIn() < objects;
    }

    /** How many kinds other than null were seen (a number counts once). */
    public int kinds() {
        int n = 0;
        for (boolean seen : new boolean[] {bool, whole || decimal, text, array, objects > 0}) {
            n += seen ? 1 : 0;
        }
        return n;
    }
}
