package dev.kafkaexplorer.format;

import dev.kafkaexplorer.format.avro.AvroCodec;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;

/**
 * One codec per schema kind, kept together so that each parses a schema once. A live run has its
 * own (inside its {@link RecordDecoding}); the producer makes one for its run and writes with
 * {@code codecs.forType(schema.type()).fromJson(schema, json, messageName)}.
 */
public final class SchemaCodecs {

    private final AvroCodec avro;
    private final ProtobufCodec protobuf;
    private final SchemaCodec jsonSchema;

    /** {@code registry} (nullable) is where Avro and Protobuf read the schemas a schema refers to. */
    public SchemaCodecs(SchemaRegistry registry) {
        this.avro = new AvroCodec(registry);
        this.protobuf = new ProtobufCodec(registry);
        this.jsonSchema = new JsonSchemaCodec();
    }

    public SchemaCodec forType(SchemaType type) {
        return switch (type) {
            case AVRO -> avro;
            case PROTOBUF -> protobuf;
            case JSON -> jsonSchema;
        };
    }

    /**
     * Parses {@code schema} now if its kind is parsed ahead (Avro and Protobuf, whose references are
     * fetched while parsing), so that it blocks here, where the caller may block, and decoding it
     * later does not. Kept per id, like any parse.
     *
     * @throws FormatException when the schema cannot be used, in words
     */
    void parseAhead(RegisteredSchema schema) throws FormatException {
        switch (schema.type()) {
            case AVRO -> avro.schema(schema);
            case PROTOBUF -> protobuf.descriptor(schema);
            case JSON -> {
                // Nothing to parse ahead: JSON Schema values are shown without reading the schema.
            }
        }
    }
}
