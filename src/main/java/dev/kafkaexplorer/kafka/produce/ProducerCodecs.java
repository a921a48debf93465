package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.registry.SchemaType;

/** The codec that writes values for each kind of schema: a producer run's, and a message produced by hand. */
public final class ProducerCodecs {

    private ProducerCodecs() {
    }

    /** A new codec for {@code type} (each keeps the schemas it has parsed). */
    public static SchemaCodec forType(SchemaType type) {
        return switch (type) {
            case PROTOBUF -> new ProtobufCodec();
            // TODO(producer): AvroCodec and JsonSchemaCodec once the formats part has landed.
            case AVRO, JSON -> throw new UnsupportedOperationException(type.label() + " is not writable yet");
        };
    }
}
