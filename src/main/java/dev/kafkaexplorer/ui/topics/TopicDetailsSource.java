package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import dev.kafkaexplorer.kafka.topic.TopicDetailsClient;
import dev.kafkaexplorer.kafka.topic.TopicPartitionsReport;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The calls the topic details pane makes, reads and changes of one topic: {@link TopicDetailsClient}
 * in the app, in-memory in tests. Each returns a future at once.
 */
public interface TopicDetailsSource {

    CompletableFuture<TopicPartitionsReport> partitions(String topic);

    /** Raises the partition count from {@code currentCount} to {@code newCount}; completes once the cluster shows it. */
    CompletableFuture<Void> addPartitions(String topic, int currentCount, int newCount);

    /** Every config of the topic, sorted by name. */
    CompletableFuture<List<TopicConfigValue>> configs(String topic);

    /** Sets the topic's own value; completes with the configs as read back (null when none could be read). */
    CompletableFuture<List<TopicConfigValue>> setConfig(String topic, String name, String value);

    /** Drops the topic's own value; completes with the configs as read back (null when none could be read). */
    CompletableFuture<List<TopicConfigValue>> resetConfig(String topic, String name);

    /** The topic details of {@code admin}'s cluster. */
    static TopicDetailsSource of(ClusterAdmin admin) {
        TopicDetailsClient client = new TopicDetailsClient(admin);
        return new TopicDetailsSource() {
            @Override
            public CompletableFuture<TopicPartitionsReport> partitions(String topic) {
                return client.partitions(topic);
            }

            @Override
            public CompletableFuture<Void> addPartitions(String topic, int currentCount, int newCount) {
                return client.addPartitions(topic, currentCount, newCount);
            }

            @Override
            public CompletableFuture<List<TopicConfigValue>> configs(String topic) {
                return client.configs(topic);
            }

            @Override
            public CompletableFuture<List<TopicConfigValue>> setConfig(String topic, String name, String value) {
                return client.setConfig(topic, name, value);
            }

            @Override
            public CompletableFuture<List<TopicConfigValue>> resetConfig(String topic, String name) {
                return client.resetConfig(topic, name);
            }
        };
    }
}
