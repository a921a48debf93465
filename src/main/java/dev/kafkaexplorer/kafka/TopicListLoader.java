package dev.kafkaexplorer.kafka;

import static dev.kafkaexplorer.kafka.ClusterAdmin.stage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Loads the topic list of {@link ClusterAdmin#listTopics} in steps, telling the progress after
 * each: one describeTopics request for 10 000 topics would be one long wait with nothing to show.
 */
final class TopicListLoader {

    /** How many of the describeTopics calls are in flight at once. */
    private static final int DESCRIBE_LANES = 2;

    private final Admin admin;
    private final int timeoutMs;
    private final Executor callbackExecutor;

    TopicListLoader(ClusterAdmin cluster) {
        this.admin = cluster.client();
        this.timeoutMs = cluster.timeoutMs();
        this.callbackExecutor = cluster.callbackExecutor();
    }

    /**
     * All topics, described {@link ClusterAdmin#DESCRIBE_CHUNK} names at a time, sorted by name. A
     * topic deleted between the listing and its description is left out.
     */
    CompletableFuture<List<TopicSummary>> load(boolean includeInternal, ClusterAdmin.LoadProgress progress) {
        return stage(admin.listTopics(new ListTopicsOptions().listInternal(includeInternal).timeoutMs(timeoutMs)).names())
                .thenCompose(names -> describeInChunks(names.stream().sorted().toList(), ClusterAdmin.DESCRIBE_CHUNK,
                        progress))
                .thenApplyAsync(summaries -> summaries.stream()
                        .sorted(Comparator.comparing(TopicSummary::name))
                        .toList(), callbackExecutor);
    }

    /**
     * Describes {@code names} {@code chunkSize} at a time, {@link #DESCRIBE_LANES} calls in flight:
     * while the client reads one answer the broker works on the next. Results keep the order of
     * {@code names}; progress only ever goes up.
     */
    CompletableFuture<List<TopicSummary>> describeInChunks(List<String> names, int chunkSize,
                                                           ClusterAdmin.LoadProgress progress) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < names.size(); from += chunkSize) {
            chunks.add(names.subList(from, Math.min(names.size(), from + chunkSize)));
        }
        AtomicReferenceArray<List<TopicSummary>> results = new AtomicReferenceArray<>(chunks.size());
        int[] described = {0};
        progress.loaded(0, names.size());
        List<CompletableFuture<Void>> lanes = new ArrayList<>();
        for (int lane = 0; lane < DESCRIBE_LANES; lane++) {
            CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
            for (int c = lane; c < chunks.size(); c += DESCRIBE_LANES) {
                int index = c;
                chain = chain.thenCompose(ignored -> describeChunk(chunks.get(index)))
                        .thenAcceptAsync(summaries -> {
                            results.set(index, summaries);
                            synchronized (described) {
                                described[0] += summaries.size();
                                progress.loaded(described[0], names.size());
                            }
                        }, callbackExecutor);
            }
            lanes.add(chain);
        }
        return CompletableFuture.allOf(lanes.toArray(CompletableFuture[]::new)).thenApply(ignored -> {
            List<TopicSummary> all = new ArrayList<>(names.size());
            for (int c = 0; c < chunks.size(); c++) {
                all.addAll(results.get(c));
            }
            return all;
        });
    }

    private CompletableFuture<List<TopicSummary>> describeChunk(List<String> chunk) {
        Map<String, KafkaFuture<TopicDescription>> each = admin.describeTopics(chunk,
                new DescribeTopicsOptions().timeoutMs(timeoutMs)).topicNameValues();
        List<CompletableFuture<TopicSummary>> summaries = new ArrayList<>(chunk.size());
        for (String name : chunk) {
            summaries.add(stage(each.get(name)).thenApply(TopicSummary::of).exceptionally(error -> {
                if (KafkaErrorText.unwrap(error) instanceof UnknownTopicOrPartitionException) {
                    return null;
                }
                throw new CompletionException(KafkaErrorText.unwrap(error));
            }));
        }
        return CompletableFuture.allOf(summaries.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> summaries.stream().map(CompletableFuture::join).filter(s -> s != null).toList());
    }
}
