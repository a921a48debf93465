package dev.kafkaexplorer.ui.cluster;

import dev.kafkaexplorer.kafka.cluster.ClusterOverview;
import dev.kafkaexplorer.kafka.cluster.ClusterOverviewReader;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.concurrent.CompletionStage;

/** Reads what the Cluster tab shows of a connection's cluster: its admin client in the app, a fixed answer in tests. */
@FunctionalInterface
public interface ClusterOverviewSource {

    /** The app's source: three Admin calls through {@link ClusterOverviewReader}. */
    ClusterOverviewSource KAFKA = connection -> new ClusterOverviewReader(connection.admin()).read();

    /** The overview of {@code connection}'s cluster; returns at once, completes off the FX thread. */
    CompletionStage<ClusterOverview> read(Connection connection);
}
