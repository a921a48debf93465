package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The cluster the producer writes to, reduced to what the producer panel uses: how to reach it,
 * how many brokers (for a new topic's replication) and how to create a topic there. A plain value,
 * so the panel's view-model is tested without an admin client.
 *
 * @param createTopic creates a topic on this cluster; the stage fails with the broker's refusal
 * @param profile     the profile connected with (null for none): a read-only one turns producing off
 */
public record ProducerCluster(ClusterAccess access, int brokerCount,
                              Function<NewTopicRequest, CompletionStage<?>> createTopic, ClusterProfile profile) {

    /** A cluster reached without a profile. */
    public ProducerCluster(ClusterAccess access, int brokerCount, Function<NewTopicRequest, CompletionStage<?>> createTopic) {
        this(access, brokerCount, createTopic, null);
    }

    /** The producer's view of a live connection, or null for none. */
    public static ProducerCluster of(Connection connection) {
        if (connection == null) {
            return null;
        }
        return new ProducerCluster(connection.access(), connection.info().brokerCount(),
                connection.admin()::createTopic, connection.profile());
    }
}
