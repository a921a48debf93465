package dev.kafkaexplorer.registry;

import java.util.Locale;

/** The three schema kinds a Confluent-compatible registry keeps, named as its REST API names them. */
public enum SchemaType {
    AVRO,
    PROTOBUF,
    JSON;

    /** The registry's {@code schemaType} field: absent means AVRO. */
    public static SchemaType fromRegistry(String name) {
        return name == null || name.isBlank() ? AVRO : valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** How the app names it to a user. */
    public String label() {
        return switch (this) {
            case AVRO -> "Avro";
            case PROTOBUF -> "Protobuf";
            case JSON -> "JSON Schema";
        };
    }
}
