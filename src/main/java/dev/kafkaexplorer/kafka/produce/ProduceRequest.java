package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One producer run, copied from the panel before the loop starts.
 *
 * @param ratePerSecond target records per second; empty means as fast as the broker takes them
 * @param maxRecords    stop after this many records; empty means no limit
 * @param maxDuration   stop after this long; empty means no limit
 */
public record ProduceRequest(
        ClusterAccess access,
        String topic,
        Optional<Double> ratePerSecond,
        OptionalLong maxRecords,
        Optional<Duration> maxDuration,
        ProducerTuning tuning) {

    public ProduceRequest {
        ratePerSecond.ifPresent(rate -> {
            if (!(rate > 0)) {
                throw new IllegalArgumentException("rate must be positive");
            }
        });
    }
}
