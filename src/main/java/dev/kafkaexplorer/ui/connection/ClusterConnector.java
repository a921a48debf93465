package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.concurrent.CompletionStage;

/** Opens and closes the client a screen talks to a cluster with; the app's is {@link AdminClusterConnector}. */
public interface ClusterConnector {

    /**
     * Opens a client to {@code target} and asks the cluster about itself, without blocking the
     * caller. A failed attempt has closed its client already.
     */
    CompletionStage<Connection> connect(ConnectionSettings target, boolean localBroker);

    /** Closes the connection's client. Blocking: call it on a worker. */
    void close(Connection connection);
}
