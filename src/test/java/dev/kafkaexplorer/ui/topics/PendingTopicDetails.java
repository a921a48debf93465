package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import dev.kafkaexplorer.kafka.topic.TopicPartitionsReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link TopicDetailsSource} for view-model tests: each call is written down as text and answered
 * with a future the test completes when it wants, so slow and out-of-order answers are easy to make.
 */
final class PendingTopicDetails implements TopicDetailsSource {

    /** The calls in order, e.g. "partitions orders", "addPartitions orders 3 6", "setConfig orders retention.ms 1000". */
    final List<String> calls = new ArrayList<>();
    final List<CompletableFuture<TopicPartitionsReport>> partitionReads = new ArrayList<>();
    final List<CompletableFuture<List<TopicConfigValue>>> configReads = new ArrayList<>();
    /** The answers to setConfig and resetConfig, in order. */
    final List<CompletableFuture<List<TopicConfigValue>>> configChanges = new ArrayList<>();
    final List<CompletableFuture<Void>> partitionAdds = new ArrayList<>();

    @Override
    public CompletableFuture<TopicPartitionsReport> partitions(String topic) {
        calls.add("partitions " + topic);
        return added(partitionReads);
    }

    @Override
    public CompletableFuture<Void> addPartitions(String topic, int currentCount, int newCount) {
        calls.add("addPartitions " + topic + " " + currentCount + " " + newCount);
        return added(partitionAdds);
    }

    @Override
    public CompletableFuture<List<TopicConfigValue>> configs(String topic) {
        calls.add("configs " + topic);
        return added(configReads);
    }

    @Override
    public CompletableFuture<List<TopicConfigValue>> setConfig(String topic, String name, String value) {
        calls.add("setConfig " + topic + " " + name + " " + value);
        return added(configChanges);
    }

    @Override
    public CompletableFuture<List<TopicConfigValue>> resetConfig(String topic, String name) {
        calls.add("resetConfig " + topic + " " + name);
        return added(configChanges);
    }

    private static <T> CompletableFuture<T> added(List<CompletableFuture<T>> answers) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        answers.add(answer);
        return answer;
    }

    static <T> CompletableFuture<T> last(List<CompletableFuture<T>> answers) {
        return answers.get(answers.size() - 1);
    }
}
