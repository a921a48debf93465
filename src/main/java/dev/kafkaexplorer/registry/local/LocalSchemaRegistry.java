package dev.kafkaexplorer.registry.local;

import dev.kafkaexplorer.kafka.ClusterAccess;

/**
 * A small Confluent-compatible schema registry served in-process beside the embedded broker, on
 * 127.0.0.1 only, keeping its schemas in the compacted {@code _schemas} topic of that broker.
 */
public final class LocalSchemaRegistry implements AutoCloseable {

    private LocalSchemaRegistry() {
    }

    /**
     * Reads {@code _schemas} (creating it when missing) from the broker at {@code broker} and starts
     * serving on a free port of 127.0.0.1. Blocking: call it off the FX thread.
     */
    public static LocalSchemaRegistry start(ClusterAccess broker) throws Exception {
        throw new UnsupportedOperationException("the local registry comes with its own commit");
    }

    /** Its base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
