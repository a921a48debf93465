package dev.kafkaexplorer.ui.send;

/**
 * How the produce dialog's value text is meant: any text, a JSON value that must parse, or a JSON
 * value written with a registry subject's latest schema (Avro, Protobuf, JSON Schema).
 */
public enum ValueFormat {
    TEXT("Text"), JSON("JSON"), SCHEMA("JSON encoded with a subject's schema");

    private final String label;

    ValueFormat(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
