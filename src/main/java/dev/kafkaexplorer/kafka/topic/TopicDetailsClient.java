package dev.kafkaexplorer.kafka.topic;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.KafkaFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.AlterConfigsOptions;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.CreatePartitionsOptions;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.DescribeLogDirsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The Admin calls behind the topic details pane: partitions with offsets and sizes, every
 * config with its origin, and the changes (config set / reset, more partitions). Each returns a
 * future at once and completes on the admin's callback executor; failures carry the broker's words.
 */
public final class TopicDetailsClient {

    /** How long to wait for a change to show in the metadata of the broker that answers. */
    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ClusterAdmin admin;

    public TopicDetailsClient(ClusterAdmin admin) {
        this.admin = admin;
    }

    /**
     * Partitions with leader, replicas, ISR, begin/end offsets and size on disk. Offsets are asked
     * only of partitions that have a leader; sizes only of live brokers, and a broker that refuses
     * describeLogDirs (not authorized, too old) leaves its sizes empty instead of failing the whole.
     */
    public CompletableFuture<TopicPartitionsReport> partitions(String topic) {
        CompletableFuture<TopicDescription> description = ClusterAdmin.stage(admin.client()
                        .describeTopics(List.of(topic), new DescribeTopicsOptions().timeoutMs(admin.timeoutMs()))
                        .allTopicNames())
                .thenApply(map -> map.get(topic));
        return description.thenCompose(d -> {
            List<TopicPartition> led = d.partitions().stream()
                    .filter(p -> p.leader() != null && !p.leader().isEmpty())
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            CompletableFuture<Map<TopicPartition, Long>> begin = offsets(led, OffsetSpec.earliest());
            CompletableFuture<Map<TopicPartition, Long>> end = offsets(led, OffsetSpec.latest());
            CompletableFuture<Map<TopicPartition, Map<Integer, Long>>> sizes = sizes(topic);
            return CompletableFuture.allOf(begin, end, sizes).thenApplyAsync(ignored ->
                    report(d, begin.join(), end.join(), sizes.join()), admin.callbackExecutor());
        }).exceptionallyCompose(error -> CompletableFuture.failedFuture(
                new KafkaFailure(KafkaErrorText.forTopic(topic, error), KafkaErrorText.unwrap(error))));
    }

    private static TopicPartitionsReport report(TopicDescription d, Map<TopicPartition, Long> begin,
                                                Map<TopicPartition, Long> end,
                                                Map<TopicPartition, Map<Integer, Long>> sizes) {
        List<PartitionDetails> rows = new ArrayList<>();
        for (TopicPartitionInfo p : d.partitions()) {
            TopicPartition tp = new TopicPartition(d.name(), p.partition());
            int leader = p.leader() == null || p.leader().isEmpty() ? -1 : p.leader().id();
            Map<Integer, Long> replicaSizes = sizes.getOrDefault(tp, Map.of());
            // The leader's copy is the one clients read; without it, the largest copy known.
            Long size = replicaSizes.containsKey(leader) ? replicaSizes.get(leader)
                    : replicaSizes.values().stream().max(Long::compare).orElse(null);
            rows.add(new PartitionDetails(p.partition(), leader, ids(p.replicas()), ids(p.isr()),
                    optional(begin.get(tp)), optional(end.get(tp)), optional(size)));
        }
        rows.sort(Comparator.comparingInt(PartitionDetails::partition));
        return new TopicPartitionsReport(d.name(), rows);
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** One offset per partition; a partition whose leader cannot answer is left out. */
    private CompletableFuture<Map<TopicPartition, Long>> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        var result = admin.client().listOffsets(request, new ListOffsetsOptions().timeoutMs(admin.timeoutMs()));
        Map<TopicPartition, Long> offsets = new ConcurrentHashMap<>();
        CompletableFuture<?>[] each = partitions.stream()
                .map(tp -> ClusterAdmin.stage(result.partitionResult(tp))
                        .thenAccept(info -> offsets.put(tp, info.offset()))
                        .exceptionally(error -> null))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(each).thenApply(ignored -> offsets);
    }

    /** Partition to (broker id to replica size) from every live broker that answers describeLogDirs. */
    private CompletableFuture<Map<TopicPartition, Map<Integer, Long>>> sizes(String topic) {
        return ClusterAdmin.stage(admin.client().describeCluster(new DescribeClusterOptions().timeoutMs(admin.timeoutMs())).nodes())
                .thenCompose(nodes -> {
                    List<Integer> brokers = nodes.stream().map(Node::id).toList();
                    var result = admin.client().describeLogDirs(brokers, new DescribeLogDirsOptions().timeoutMs(admin.timeoutMs()));
                    Map<TopicPartition, Map<Integer, Long>> sizes = new ConcurrentHashMap<>();
                    CompletableFuture<?>[] each = result.descriptions().entrySet().stream()
                            .map(e -> ClusterAdmin.stage(e.getValue())
                                    .thenAccept(dirs -> collect(topic, e.getKey(), dirs.values(), sizes))
                                    .exceptionally(refused -> null))
                            .toArray(CompletableFuture[]::new);
                    return CompletableFuture.allOf(each).thenApply(ignored -> sizes);
                })
                .exceptionally(error -> Map.of());
    }

    private static void collect(String topic, int broker, Collection<LogDirDescription> dirs,
                                Map<TopicPartition, Map<Integer, Long>> sizes) {
        for (LogDirDescription dir : dirs) {
            if (dir.error() != null) {
                continue;
            }
            for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                if (replica.getKey().topic().equals(topic) && !replica.getValue().isFuture()) {
                    sizes.computeIfAbsent(replica.getKey(), k -> new ConcurrentHashMap<>())
                            .merge(broker, replica.getValue().size(), Long::sum);
                }
            }
        }
    }

    /** Every config of the topic, sorted by name, with where its value comes from. */
    public CompletableFuture<List<TopicConfigValue>> configs(String topic) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return ClusterAdmin.stage(admin.client().describeConfigs(List.of(resource),
                                new DescribeConfigsOptions().includeDocumentation(true).timeoutMs(admin.timeoutMs()))
                        .all())
                .thenApplyAsync(map -> toValues(map.get(resource)), admin.callbackExecutor())
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(
                        new KafkaFailure(KafkaErrorText.forTopic(topic, error), KafkaErrorText.unwrap(error))));
    }

    private static List<TopicConfigValue> toValues(Config config) {
        return config.entries().stream()
                .map(e -> new TopicConfigValue(e.name(), e.value(), ConfigOrigin.of(e.source()), e.isSensitive(),
                        e.isReadOnly(), e.type() == null ? "UNKNOWN" : e.type().name(),
                        plainText(e.documentation())))
                .sorted(Comparator.comparing(TopicConfigValue::name))
                .toList();
    }

    /** The broker's documentation has HTML markup ({@code <code>gzip</code>}); the pane shows plain text. */
    static String plainText(String documentation) {
        return documentation == null ? "" : documentation.replaceAll("<[^>]+>", "");
    }

    /**
     * Sets the topic's own value of {@code name} (incrementalAlterConfigs SET) and returns the
     * topic's configs as read back once they show the change.
     */
    public CompletableFuture<List<TopicConfigValue>> setConfig(String topic, String name, String value) {
        return alter(topic, new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET))
                .thenCompose(ignored -> awaitConfig(topic, name,
                        c -> c.overridden() && (c.sensitive() || value.equals(c.value())), System.nanoTime() + SETTLE_NANOS));
    }

    /**
     * Drops the topic's own value of {@code name} (DELETE), so the broker's or Kafka's default
     * applies again, and returns the configs as read back once they show it.
     */
    public CompletableFuture<List<TopicConfigValue>> resetConfig(String topic, String name) {
        return alter(topic, new AlterConfigOp(new ConfigEntry(name, null), AlterConfigOp.OpType.DELETE))
                .thenCompose(ignored -> awaitConfig(topic, name, c -> !c.overridden(), System.nanoTime() + SETTLE_NANOS));
    }

    /**
     * Reads the configs until they show the change (or the deadline passed): the controller has
     * committed it, but each broker applies it to its own view a moment later, and describeConfigs
     * may be answered by any of them. The list that showed it is the one to display (null when
     * none could be read before the deadline).
     */
    private CompletableFuture<List<TopicConfigValue>> awaitConfig(String topic, String name,
                                                                  Predicate<TopicConfigValue> done, long deadline) {
        return configs(topic).handle((list, error) -> {
            boolean shown = error == null && list.stream().anyMatch(c -> c.name().equals(name) && done.test(c));
            if (shown || System.nanoTime() > deadline) {
                // Past the deadline the change is made all the same: the last list read, or null if none could be.
                return CompletableFuture.completedFuture(list);
            }
            return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS))
                    .thenCompose(ignored -> awaitConfig(topic, name, done, deadline));
        }).thenCompose(next -> next);
    }

    private CompletableFuture<Void> alter(String topic, AlterConfigOp op) {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return ClusterAdmin.stage(admin.client().incrementalAlterConfigs(Map.of(resource, List.of(op)),
                        new AlterConfigsOptions().timeoutMs(admin.timeoutMs())).all())
                .thenApplyAsync(ignored -> (Void) null, admin.callbackExecutor())
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(
                        new KafkaFailure(KafkaErrorText.forTopic(topic, error), KafkaErrorText.unwrap(error))));
    }

    /** Raises the partition count to {@code newCount}, which must be above {@code currentCount}. */
    public CompletableFuture<Void> addPartitions(String topic, int currentCount, int newCount) {
        if (newCount <= currentCount) {
            return CompletableFuture.failedFuture(new KafkaFailure("The new partition count must be more than "
                    + currentCount + ": Kafka can add partitions, never remove them.", null));
        }
        return ClusterAdmin.stage(admin.client().createPartitions(Map.of(topic, NewPartitions.increaseTo(newCount)),
                        new CreatePartitionsOptions().timeoutMs(admin.timeoutMs())).all())
                .thenCompose(ignored -> awaitPartitionCount(topic, newCount, System.nanoTime() + SETTLE_NANOS))
                .thenApplyAsync(ignored -> (Void) null, admin.callbackExecutor())
                .exceptionallyCompose(error -> CompletableFuture.failedFuture(
                        new KafkaFailure(KafkaErrorText.forTopic(topic, error), KafkaErrorText.unwrap(error))));
    }

    /**
     * Completes once describeTopics shows {@code count} partitions (or the deadline passed): the
     * controller has committed the change, but the broker asked next may learn of it a moment later.
     */
    private CompletableFuture<Void> awaitPartitionCount(String topic, int count, long deadline) {
        return ClusterAdmin.stage(admin.client().describeTopics(List.of(topic)).allTopicNames())
                .handle((map, error) -> error == null && map.get(topic).partitions().size() >= count
                        || System.nanoTime() > deadline)
                .thenCompose(done -> done ? CompletableFuture.<Void>completedFuture(null)
                        : CompletableFuture.supplyAsync(() -> null,
                                        CompletableFuture.delayedExecutor(100, TimeUnit.MILLISECONDS))
                                .thenCompose(ignored -> awaitPartitionCount(topic, count, deadline)));
    }
}
