package dev.kafkaexplorer.fake.schema;

/** A template whose records no schema can be derived from, with the reason in words naming the field. */
public final class SchemaDerivationException extends Exception {

    public SchemaDerivationException(String message) {
        super(message);
    }
}
