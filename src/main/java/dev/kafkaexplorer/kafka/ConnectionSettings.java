package dev.kafkaexplorer.kafka;

import java.time.Duration;

/** How to reach a cluster: bootstrap servers and how long to wait for an answer. */
public record ConnectionSettings(String bootstrapServers, Duration timeout) {

    public ConnectionSettings {
        bootstrapServers = bootstrapServers.trim();
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }
}
