package dev.kafkaexplorer.ui.connection;

import java.time.Duration;

/**
 * Whether something accepts TCP connections at an address: the quick look for the Kafka
 * quickstart's broker. The app's is {@code QuickstartProbe::somethingListens}.
 */
@FunctionalInterface
public interface BrokerProbe {

    /** Blocking for at most {@code timeout}: call it on a worker. */
    boolean somethingListens(String host, int port, Duration timeout);
}
