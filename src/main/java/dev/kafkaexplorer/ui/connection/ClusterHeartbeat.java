package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Asks a connected cluster whether it still answers, for the status line's health watch; the
 * app's is {@link AdminClusterConnector#brokersAnswering}.
 */
@FunctionalInterface
public interface ClusterHeartbeat {

    /** The number of brokers the cluster names within {@code timeout}, or a failure. Does not block. */
    CompletionStage<Integer> brokersAnswering(Connection connection, Duration timeout);
}
