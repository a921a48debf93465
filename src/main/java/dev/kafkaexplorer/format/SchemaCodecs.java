package dev.kafkaexplorer.format;

import dev.kafkaexplorer.format.avro.AvroCodec;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;

/**
 * One codec per schema kind, kept together so that each parses a schema once. A live run has its
 * own (inside its {@link RecordDecoding}); the producer makes one for its run and writes with
 * {@code codecs.forType(schema.type()).fromJson(schema, json, messageName)}.
 */
public final class SchemaCodecs {

    private final AvroCodec avro;
    private final SchemaCodec protobuf;
    private final SchemaCodec jsonSchema;

    /** {@code registry} (nullable) is where Avro reads the schemas a schema refers to. */
    public SchemaCodecs(SchemaRegistry registry) {
        this.avro = new AvroCodec(registry);
        this.protobuf = new ProtobufCodec();
        this.jsonSchema = new JsonSchemaCodec();
    }

    public SchemaCodec forType(SchemaType type) {
        return switch (type) {
            case AVRO -> avro;
            case PROTOBUF -> protobuf;
            case JSON -> jsonSchema;
        };
    }

    AvroCodec avro() {
        return avro;
    }
}
