package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.registry.SchemaType;

/**
 * How a producer run writes each generated value: as the JSON text the template makes (the
 * default), or encoded for a schema registry with a schema derived from the template or read from
 * a file. The registry formats register the schema under the topic's subject when the run starts.
 */
public enum ProducedValueFormat {
    JSON_TEXT("JSON text", null, false),
    AVRO_DERIVED("Avro from template", SchemaType.AVRO, false),
    AVRO_FILE("Avro from .avsc file", SchemaType.AVRO, true),
    PROTOBUF_FILE("Protobuf from .proto file", SchemaType.PROTOBUF, true),
    JSON_SCHEMA_DERIVED("JSON Schema from template", SchemaType.JSON, false),
    JSON_SCHEMA_FILE("JSON Schema from file", SchemaType.JSON, true);

    private final String label;
    private final SchemaType schemaType;
    private final boolean fromFile;

    ProducedValueFormat(String label, SchemaType schemaType, boolean fromFile) {
        this.label = label;
        this.schemaType = schemaType;
        this.fromFile = fromFile;
    }

    /** The registry's kind of schema; null for JSON text. */
    public SchemaType schemaType() {
        return schemaType;
    }

    /** Whether the run registers a schema and frames every value for the registry. */
    public boolean usesRegistry() {
        return schemaType != null;
    }

    /** Whether the schema is a file the user gives. */
    public boolean fromFile() {
        return fromFile;
    }

    /** Whether the schema is derived from the template's records. */
    public boolean derived() {
        return schemaType != null && !fromFile;
    }

    /** Whether a message name is asked for (Protobuf: which message of the file). */
    public boolean needsMessage() {
        return this == PROTOBUF_FILE;
    }

    /** The usual file name ending of its schema file, for the file chooser and the words. */
    public String fileExtension() {
        return switch (this) {
            case AVRO_FILE -> ".avsc";
            case PROTOBUF_FILE -> ".proto";
            case JSON_SCHEMA_FILE -> ".json";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
