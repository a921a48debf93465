package dev.kafkaexplorer.format;

/**
 * How a record's key or value bytes are read. AUTO (the default) reads registry-framed Avro,
 * Protobuf and JSON Schema when the cluster has a registry, and otherwise shows text, JSON or hex as
 * the app always did. The number formats are those of Kafka's own serializers (big-endian).
 */
public enum RecordFormat {
    AUTO("Auto"),
    STRING("String (UTF-8)"),
    JSON("JSON"),
    INT("Int (32-bit)"),
    LONG("Long (64-bit)"),
    SHORT("Short (16-bit)"),
    FLOAT("Float"),
    DOUBLE("Double"),
    UUID("UUID"),
    BYTES_HEX("Bytes (hex)"),
    BYTES_BASE64("Bytes (base64)"),
    AVRO("Avro (registry)"),
    PROTOBUF("Protobuf (registry)"),
    JSON_SCHEMA("JSON Schema (registry)");

    private final String label;

    RecordFormat(String label) {
        this.label = label;
    }

    /** The name in the format choosers. */
    public String label() {
        return label;
    }

    /** Whether the bytes carry the registry's 5-byte header (magic byte 0 and a schema id). */
    public boolean usesRegistry() {
        return this == AVRO || this == PROTOBUF || this == JSON_SCHEMA;
    }

    @Override
    public String toString() {
        return label;
    }
}
