package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.registry.SchemaType;

/** The codec that writes a producer run's values for each kind of schema. */
final class ProducerCodecs {

    private ProducerCodecs() {
    }

    static SchemaCodec forType(SchemaType type) {
        return switch (type) {
            case PROTOBUF -> new ProtobufCodec();
            // TODO(producer): AvroCodec and JsonSchemaCodec once the formats part has landed.
            case AVRO, JSON -> throw new UnsupportedOperationException(type.label() + " is not writable yet");
        };
    }
}
