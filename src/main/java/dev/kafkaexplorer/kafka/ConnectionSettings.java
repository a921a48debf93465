package dev.kafkaexplorer.kafka;

import java.time.Duration;
import java.util.Objects;

/** How to reach a cluster: its access (bootstrap servers and client properties) and how long to wait for an answer. */
public record ConnectionSettings(ClusterAccess access, Duration timeout) {

    public ConnectionSettings {
        Objects.requireNonNull(access, "access");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** A cluster reached without security settings, as typed in the connection bar. */
    public ConnectionSettings(String bootstrapServers, Duration timeout) {
        this(ClusterAccess.plaintext(bootstrapServers), timeout);
    }

    /** The servers alone: what status texts and messages show, never the client properties. */
    public String bootstrapServers() {
        return access.bootstrapServers();
    }
}
