package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the produce-one-message dialog needs of the cluster's schema registry: its subjects, a
 * subject's latest schema, and JSON written with a schema. Every method blocks (network, parsing):
 * the dialog calls them on the workers.
 */
public interface SchemaSource {

    /** The registry's subjects, sorted. */
    List<String> subjects() throws RegistryException;

    /** The latest version of {@code subject}. */
    RegisteredSchema latest(String subject) throws RegistryException;

    /**
     * {@code json} written with {@code schema} as a whole framed record.
     *
     * @throws FormatException when the JSON does not fit the schema, in words naming the field
     */
    byte[] encode(RegisteredSchema schema, String json) throws FormatException;

    /** The source over {@code registry}, with a codec per kind of schema made once by {@code codecs}. */
    static SchemaSource of(SchemaRegistry registry, Function<SchemaType, SchemaCodec> codecs) {
        Map<SchemaType, SchemaCodec> made = new ConcurrentHashMap<>();
        return new SchemaSource() {
            @Override
            public List<String> subjects() throws RegistryException {
                return registry.subjects();
            }

            @Override
            public RegisteredSchema latest(String subject) throws RegistryException {
                return registry.version(subject, -1);
            }

            @Override
            public byte[] encode(RegisteredSchema schema, String json) throws FormatException {
                // Protobuf: the file's first message, as a producer of that subject writes by default.
                return made.computeIfAbsent(schema.type(), codecs).fromJson(schema, json, null);
            }
        };
    }
}
