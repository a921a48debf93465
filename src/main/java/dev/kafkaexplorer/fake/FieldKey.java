package dev.kafkaexplorer.fake;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Keys records by one of their fields: text as it is, any other value as its JSON. */
final class FieldKey implements KeyChooser {

    private final String name;
    private final String[] path;

    FieldKey(String name) {
        this.name = name;
        this.path = name.split("\\.");
    }

    @Override
    public byte[] keyFor(Map<String, Object> fields) {
        Object value = fields.containsKey(name) ? fields.get(name) : find(fields);
        if (value == null) {
            throw new IllegalStateException("Field '" + name + "' is null in the record");
        }
        return value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JsonText.compact(value);
    }

    private Object find(Map<String, Object> fields) {
        Object current = fields;
        for (String step : path) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(step)) {
                throw new IllegalStateException("Field '" + name + "' is not in the record");
            }
            current = map.get(step);
        }
        return current;
    }
}
