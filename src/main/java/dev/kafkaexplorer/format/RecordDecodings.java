package dev.kafkaexplorer.format;

import dev.kafkaexplorer.registry.SchemaRegistry;
import java.util.Objects;

/** Makes the {@link RecordDecoding} of a live run from its chosen formats and the cluster's registry. */
public final class RecordDecodings {

    private RecordDecodings() {
    }

    /**
     * The decoding for {@code keyFormat} and {@code valueFormat}; {@code registry} is null when the
     * cluster has none (then AUTO never looks for a schema, and the registry formats say so per record).
     * Cheap to make: nothing is fetched until {@link RecordDecoding#prepare}.
     */
    public static RecordDecoding of(RecordFormat keyFormat, RecordFormat valueFormat, SchemaRegistry registry) {
        SchemaCodecs codecs = new SchemaCodecs(registry);
        SchemaLookups lookups = registry == null ? null : new SchemaLookups(registry, codecs, System::nanoTime);
        return of(keyFormat, valueFormat, lookups, codecs);
    }

    static RecordDecoding of(RecordFormat keyFormat, RecordFormat valueFormat, SchemaLookups lookups, SchemaCodecs codecs) {
        FormatReader key = new FormatReader(Objects.requireNonNull(keyFormat, "keyFormat"), "key", lookups, codecs);
        FormatReader value = new FormatReader(Objects.requireNonNull(valueFormat, "valueFormat"), "value", lookups, codecs);
        return new RecordDecoding() {
            @Override
            public void prepare(byte[] keyBytes, byte[] valueBytes) {
                key.prepare(keyBytes);
                value.prepare(valueBytes);
            }

            @Override
            public Decoded key(byte[] bytes) {
                return key.decode(bytes);
            }

            @Override
            public Decoded value(byte[] bytes) {
                return value.decode(bytes);
            }

            @Override
            public SchemaRef valueSchema(byte[] bytes) {
                return value.schema(bytes);
            }

            @Override
            public SchemaRef keySchema(byte[] bytes) {
                return key.schema(bytes);
            }

            @Override
            public String toString() {
                return "RecordDecoding[key " + keyFormat + ", value " + valueFormat + (lookups == null ? "" : ", registry") + "]";
            }
        };
    }
}
