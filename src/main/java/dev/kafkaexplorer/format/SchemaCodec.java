package dev.kafkaexplorer.format;

import dev.kafkaexplorer.registry.RegisteredSchema;

/**
 * Reads and writes the payload of one schema kind (Avro, Protobuf, JSON Schema) as JSON text. A
 * codec keeps each schema it has parsed (by id) so a stream of records parses its schema once.
 * Thread-safe: the consumer thread, the detail pane's worker and the producer may share one.
 */
public interface SchemaCodec {

    /**
     * The payload of {@code bytes} (after the 5-byte header, at {@code payloadOffset}) as compact JSON.
     * Protobuf reads its message indexes first.
     *
     * @throws FormatException when the bytes do not fit the schema, in words ("Avro data ends early…")
     */
    String toJson(RegisteredSchema schema, byte[] bytes, int payloadOffset) throws FormatException;

    /**
     * {@code json} written under {@code schema} as a whole framed record (header included).
     * {@code messageName}: Protobuf's message to write (null: the file's first); ignored by the others.
     *
     * @throws FormatException when the JSON does not fit the schema, in words naming the field
     */
    byte[] fromJson(RegisteredSchema schema, String json, String messageName) throws FormatException;
}
