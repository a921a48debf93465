package dev.kafkaexplorer.kafka.produce;

import java.util.List;

/** The producer settings a user may change, with defaults that are safe for real clusters. */
public record ProducerTuning(String acks, boolean idempotence, String compression, int lingerMs, int batchSizeBytes) {

    public static final List<String> ACKS = List.of("all", "1", "0");
    public static final List<String> COMPRESSIONS = List.of("none", "lz4", "zstd", "snappy", "gzip");

    public ProducerTuning {
        if (!ACKS.contains(acks)) {
            throw new IllegalArgumentException("acks must be one of " + ACKS);
        }
        if (!COMPRESSIONS.contains(compression)) {
            throw new IllegalArgumentException("compression must be one of " + COMPRESSIONS);
        }
        if (idempotence && !acks.equals("all")) {
            // Kafka refuses idempotence without acks=all; say so here rather than at start.
            throw new IllegalArgumentException("Idempotence needs acks=all");
        }
        if (lingerMs < 0 || batchSizeBytes < 0) {
            throw new IllegalArgumentException("linger and batch size cannot be negative");
        }
    }

    /**
     * acks=all with idempotence: no acknowledged record lost, none duplicated by retries. No
     * compression, as Kafka's own producer: every consumer reads it, also one without the codec
     * libraries (kafka-python without its lz4 extra fails on the first lz4 batch).
     */
    public static ProducerTuning defaults() {
        return new ProducerTuning("all", true, "none", 5, 64 * 1024);
    }
}
