package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicSummary;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The topic calls the topics pane makes: the cluster's admin client in the app, a map in tests. */
public interface TopicCatalog {

    /** Every topic, sorted by name; {@code progress} hears of each step of a long load, on any thread. */
    CompletableFuture<List<TopicSummary>> list(boolean includeInternal, ClusterAdmin.LoadProgress progress);

    CompletableFuture<TopicSummary> create(NewTopicRequest request);

    CompletableFuture<Void> delete(String name);

    /** The catalog of {@code admin}'s cluster. */
    static TopicCatalog of(ClusterAdmin admin) {
        return new TopicCatalog() {
            @Override
            public CompletableFuture<List<TopicSummary>> list(boolean includeInternal, ClusterAdmin.LoadProgress progress) {
                return admin.listTopics(includeInternal, progress);
            }

            @Override
            public CompletableFuture<TopicSummary> create(NewTopicRequest request) {
                return admin.createTopic(request);
            }

            @Override
            public CompletableFuture<Void> delete(String name) {
                return admin.deleteTopic(name);
            }
        };
    }
}
