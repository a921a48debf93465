package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Connects with a Kafka admin client: the {@link ClusterConnector} of the app. */
public final class AdminClusterConnector implements ClusterConnector {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    private final Executor workers;

    /** @param workers where the client is opened (DNS may block) and where its answers are handed on */
    public AdminClusterConnector(Executor workers) {
        this.workers = workers;
    }

    @Override
    public CompletionStage<Connection> connect(ConnectionSettings target, boolean localBroker) {
        return CompletableFuture.supplyAsync(() -> ClusterAdmin.open(target, workers), workers)
                .thenCompose(admin -> admin.describeCluster()
                        .thenApply(info -> new Connection(admin, info, localBroker))
                        .whenComplete((ok, error) -> {
                            if (error != null) {
                                admin.close(CLOSE_TIMEOUT);
                            }
                        }));
    }

    /** The {@link ClusterHeartbeat} of the app: a describe-cluster with its own short timeout. */
    public CompletionStage<Integer> brokersAnswering(Connection connection, Duration timeout) {
        var nodes = connection.admin().client()
                .describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).nodes();
        return ClusterAdmin.stage(nodes).thenApplyAsync(Collection::size, workers);
    }

    @Override
    public void close(Connection connection) {
        connection.admin().close(CLOSE_TIMEOUT);
    }
}
