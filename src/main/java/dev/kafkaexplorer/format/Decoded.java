package dev.kafkaexplorer.format;

/**
 * A key or value as the chosen format reads it.
 *
 * @param text    the value as text: compact JSON for structured formats (pretty-printed by the
 *                detail pane), the exact number for number formats, the text for strings; when
 *                {@code problem} is set, the bytes as the app shows unreadable data (text or hex)
 * @param json    whether {@code text} is JSON
 * @param kind    a few words for the detail pane: "Avro, 212 bytes", "Long", "text, 14 bytes"
 * @param schema  the registered schema that decoded it; null when none did
 * @param problem why the bytes could not be read as the format says, in words ("schema id 777 not
 *                found in the registry", "Avro data ends early…"); null when they were
 */
public record Decoded(String text, boolean json, String kind, SchemaRef schema, String problem) {

    public boolean failed() {
        return problem != null;
    }
}
