package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.format.FormatException;

/**
 * Turns a generated record's value (compact UTF-8 JSON) into the bytes sent: unchanged for JSON
 * text, framed for a schema registry otherwise. Called on the generator threads, several at once:
 * implementations are thread-safe.
 */
@FunctionalInterface
public interface ValueEncoder {

    /** Values sent as the JSON text they are. */
    ValueEncoder JSON_TEXT = json -> json;

    /**
     * The bytes to send for {@code json}.
     *
     * @throws FormatException when the value does not fit the schema, in words naming the field
     */
    byte[] encode(byte[] json) throws FormatException;
}
