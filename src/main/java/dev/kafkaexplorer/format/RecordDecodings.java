package dev.kafkaexplorer.format;

import dev.kafkaexplorer.registry.SchemaRegistry;

/** Makes the {@link RecordDecoding} of a live run from its chosen formats and the cluster's registry. */
public final class RecordDecodings {

    private RecordDecodings() {
    }

    /**
     * The decoding for {@code keyFormat} and {@code valueFormat}; {@code registry} is null when the
     * cluster has none (then AUTO never looks for a schema, and the registry formats say so per record).
     */
    public static RecordDecoding of(RecordFormat keyFormat, RecordFormat valueFormat, SchemaRegistry registry) {
        throw new UnsupportedOperationException("the decoders come with their own commit");
    }
}
