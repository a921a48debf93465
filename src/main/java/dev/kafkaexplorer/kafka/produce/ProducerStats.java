package dev.kafkaexplorer.kafka.produce;

/**
 * A consistent-enough reading of a producer run: counters only grow, and once the run has
 * finished {@code sent == acked + failed}.
 *
 * @param latencyBuckets cumulative latency histogram, see {@link LatencyHistogram#percentileMillis}
 */
public record ProducerStats(
        ProducerLoop.State state,
        long sent,
        long acked,
        long failed,
        long elapsedNanos,
        String lastError,
        long[] latencyBuckets) {
}
