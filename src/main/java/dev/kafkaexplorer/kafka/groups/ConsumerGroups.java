package dev.kafkaexplorer.kafka.groups;

import static dev.kafkaexplorer.kafka.ClusterAdmin.stage;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.KafkaFailure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.DeleteConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeConsumerGroupsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer groups of one cluster: list with lag, describe, reset offsets and delete. Every
 * call returns at once; results complete on the admin's callback executor, never on the admin
 * client's network thread.
 */
public final class ConsumerGroups {

    private static final Logger LOG = LoggerFactory.getLogger(ConsumerGroups.class);
    /** Groups described per round trip: a cluster with thousands of groups is read in slices. */
    static final int DESCRIBE_CHUNK = 50;

    private final Admin admin;
    private final Executor callbacks;
    private final int timeoutMs;

    public ConsumerGroups(ClusterAdmin clusterAdmin) {
        this.admin = clusterAdmin.client();
        this.callbacks = clusterAdmin.callbackExecutor();
        this.timeoutMs = clusterAdmin.timeoutMs();
    }

    /** Every consumer group (classic and new protocol, not share or streams groups), sorted by id, with total lag. */
    public CompletableFuture<List<GroupSummary>> list() {
        // No server-side type filter: brokers before 3.8 reject it; the listing says enough to filter here.
        return stage(admin.listGroups(new ListGroupsOptions().timeoutMs(timeoutMs)).all())
                .thenApplyAsync(listings -> listings.stream()
                        .filter(ConsumerGroups::isConsumerGroup)
                        .map(GroupListing::groupId)
                        .sorted()
                        .toList(), callbacks)
                .thenComposeAsync(ids -> {
                    CompletableFuture<List<GroupSummary>> all = CompletableFuture.completedFuture(new ArrayList<>());
                    for (int from = 0; from < ids.size(); from += DESCRIBE_CHUNK) {
                        List<String> chunk = ids.subList(from, Math.min(ids.size(), from + DESCRIBE_CHUNK));
                        all = all.thenComposeAsync(done -> summarize(chunk).thenApplyAsync(more -> {
                            done.addAll(more);
                            return done;
                        }, callbacks), callbacks);
                    }
                    return all;
                }, callbacks)
                .thenApplyAsync(List::copyOf, callbacks);
    }

    private static boolean isConsumerGroup(GroupListing listing) {
        GroupType type = listing.type().orElse(GroupType.CLASSIC);
        boolean consumerType = type == GroupType.CLASSIC || type == GroupType.CONSUMER;
        // Classic groups of Kafka Connect workers say "connect"; groups known only by commits say "".
        return consumerType && (listing.protocol().isEmpty() || listing.protocol().equals("consumer"));
    }

    private CompletableFuture<List<GroupSummary>> summarize(List<String> ids) {
        CompletableFuture<Settled<String, ConsumerGroupDescription>> descriptions = settled(
                admin.describeConsumerGroups(ids, new DescribeConsumerGroupsOptions().timeoutMs(timeoutMs)).describedGroups());
        Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
        ids.forEach(id -> specs.put(id, new ListConsumerGroupOffsetsSpec()));
        var offsetsResult = admin.listConsumerGroupOffsets(specs, new ListConsumerGroupOffsetsOptions().timeoutMs(timeoutMs));
        Map<String, KafkaFuture<Map<TopicPartition, OffsetAndMetadata>>> perGroup = new LinkedHashMap<>();
        ids.forEach(id -> perGroup.put(id, offsetsResult.partitionsToOffsetAndMetadata(id)));
        CompletableFuture<Map<String, Map<TopicPartition, Long>>> committed = settled(perGroup)
                .thenApplyAsync(settled -> settled.answers().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> offsets(e.getValue()))), callbacks);
        return descriptions.thenCombineAsync(committed, Pair::new, callbacks)
                .thenComposeAsync(pair -> endOffsets(pair.second().values().stream()
                        .flatMap(m -> m.keySet().stream()).collect(Collectors.toSet()))
                        .thenApplyAsync(ends -> {
                            Map<String, GroupSummary> described = new HashMap<>();
                            pair.first().answers().forEach((id, d) -> described.put(id, summary(d, pair.second().get(id), ends)));
                            return rows(ids, described, pair.first().failures());
                        }, callbacks), callbacks);
    }

    /**
     * The rows of one chunk in {@code ids} order. A group whose describe failed stays as a row with
     * state and lag unknown; when no group of the chunk could be described, the chunk fails with the
     * first error in words, so the list never looks empty for a reason nobody is told.
     */
    static List<GroupSummary> rows(List<String> ids, Map<String, GroupSummary> described, Map<String, Throwable> failures) {
        if (described.isEmpty() && !failures.isEmpty()) {
            var first = failures.entrySet().iterator().next();
            throw new KafkaFailure(GroupErrorText.forGroup(first.getKey(), first.getValue()), first.getValue());
        }
        return ids.stream().map(id -> described.getOrDefault(id, GroupSummary.unknown(id))).toList();
    }

    private record Pair<A, B>(A first, B second) {
    }

    /** A group's members and per-partition position, committed against end offset. */
    public CompletableFuture<GroupDetail> describe(String groupId) {
        CompletableFuture<ConsumerGroupDescription> description = stage(admin.describeConsumerGroups(List.of(groupId),
                new DescribeConsumerGroupsOptions().timeoutMs(timeoutMs)).describedGroups().get(groupId));
        CompletableFuture<Map<TopicPartition, Long>> committed = committed(groupId);
        return description.thenCombineAsync(committed, Pair::new, callbacks).thenComposeAsync(pair -> {
            Set<TopicPartition> partitions = new java.util.HashSet<>(pair.second().keySet());
            pair.first().members().forEach(m -> partitions.addAll(m.assignment().topicPartitions()));
            return endOffsets(partitions).thenApplyAsync(ends -> {
                List<PartitionLag> lags = partitions.stream()
                        .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                        .map(tp -> PartitionLag.of(tp.topic(), tp.partition(),
                                pair.second().getOrDefault(tp, PartitionLag.NONE), ends.getOrDefault(tp, PartitionLag.NONE)))
                        .toList();
                List<GroupMember> members = pair.first().members().stream()
                        .map(ConsumerGroups::member)
                        .sorted(Comparator.comparing(GroupMember::clientId).thenComparing(GroupMember::memberId))
                        .toList();
                return new GroupDetail(summary(pair.first(), pair.second(), ends), members, lags);
            }, callbacks);
        }, callbacks);
    }

    /**
     * The preview of a reset: for each partition in scope, the committed offset now and the one
     * the reset will set. Nothing is changed on the cluster.
     */
    public CompletableFuture<List<ResetPlanRow>> plan(OffsetResetRequest request) {
        CompletableFuture<Map<TopicPartition, Long>> committed = committed(request.groupId());
        CompletableFuture<List<String>> topics = request.topic()
                .map(t -> CompletableFuture.completedFuture(List.of(t)))
                .orElseGet(() -> committed.thenApplyAsync(offsets -> offsets.keySet().stream()
                        .map(TopicPartition::topic).distinct().sorted().toList(), callbacks));
        return topics.thenComposeAsync(names -> {
            if (names.isEmpty()) {
                throw new KafkaFailure("Group '" + request.groupId() + "' has no committed offsets yet: choose a topic to reset.", null);
            }
            return stage(admin.describeTopics(names, new DescribeTopicsOptions().timeoutMs(timeoutMs)).allTopicNames());
        }, callbacks).thenComposeAsync(descriptions -> {
            List<TopicPartition> partitions = new ArrayList<>();
            for (TopicDescription d : descriptions.values()) {
                d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition())));
            }
            CompletableFuture<Map<TopicPartition, Long>> earliest = offsetsFor(partitions, OffsetSpec.earliest());
            CompletableFuture<Map<TopicPartition, Long>> latest = offsetsFor(partitions, OffsetSpec.latest());
            CompletableFuture<Map<TopicPartition, Long>> atTime = request.strategy() == ResetStrategy.TIMESTAMP
                    ? offsetsFor(partitions, OffsetSpec.forTimestamp(request.value()))
                    : CompletableFuture.completedFuture(Map.of());
            return CompletableFuture.allOf(committed, earliest, latest, atTime).thenApplyAsync(ignored -> partitions.stream()
                    .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                    .map(tp -> ResetTargets.row(tp, request, committed.join().getOrDefault(tp, PartitionLag.NONE),
                            earliest.join().get(tp), latest.join().get(tp), atTime.join().getOrDefault(tp, PartitionLag.NONE)))
                    .toList(), callbacks);
        }, callbacks);
    }

    /** Commits the targets of {@code plan} for the group; the broker refuses while the group has members. */
    public CompletableFuture<Void> apply(String groupId, List<ResetPlanRow> plan) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        plan.forEach(row -> offsets.put(new TopicPartition(row.topic(), row.partition()), new OffsetAndMetadata(row.target())));
        return stage(admin.alterConsumerGroupOffsets(groupId, offsets,
                new AlterConsumerGroupOffsetsOptions().timeoutMs(timeoutMs)).all())
                .thenApplyAsync(ignored -> null, callbacks);
    }

    /** Deletes the group and its committed offsets; the broker refuses while it has members. */
    public CompletableFuture<Void> delete(String groupId) {
        return stage(admin.deleteConsumerGroups(List.of(groupId), new DeleteConsumerGroupsOptions().timeoutMs(timeoutMs)).all())
                .thenApplyAsync(ignored -> null, callbacks);
    }

    private CompletableFuture<Map<TopicPartition, Long>> committed(String groupId) {
        return stage(admin.listConsumerGroupOffsets(groupId, new ListConsumerGroupOffsetsOptions().timeoutMs(timeoutMs))
                .partitionsToOffsetAndMetadata()).thenApplyAsync(ConsumerGroups::offsets, callbacks);
    }

    private static Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetAndMetadata> committed) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        // A partition asked for but never committed comes back with a null value.
        committed.forEach((tp, om) -> {
            if (om != null) {
                offsets.put(tp, om.offset());
            }
        });
        return offsets;
    }

    private CompletableFuture<Map<TopicPartition, Long>> endOffsets(Collection<TopicPartition> partitions) {
        return offsetsFor(partitions, OffsetSpec.latest());
    }

    /**
     * Offsets of {@code partitions} by {@code spec}; a partition whose topic is gone is left out
     * rather than failing the whole answer. A timestamp with no record at or after it gives -1.
     */
    private CompletableFuture<Map<TopicPartition, Long>> offsetsFor(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
        partitions.forEach(tp -> specs.put(tp, spec));
        var result = admin.listOffsets(specs, new ListOffsetsOptions().timeoutMs(timeoutMs));
        Map<TopicPartition, KafkaFuture<Long>> each = new HashMap<>();
        partitions.forEach(tp -> each.put(tp, result.partitionResult(tp).thenApply(info -> info.offset())));
        return settled(each).thenApply(Settled::answers);
    }

    /** The answers that came, and the errors of those that failed, in the order asked. */
    private record Settled<K, V>(Map<K, V> answers, Map<K, Throwable> failures) {
    }

    /** Waits for every future; keeps the answers that came and, logged, the errors of those that failed. */
    private <K, V> CompletableFuture<Settled<K, V>> settled(Map<K, KafkaFuture<V>> futures) {
        Map<K, CompletableFuture<V>> stages = new LinkedHashMap<>();
        futures.forEach((k, f) -> stages.put(k, stage(f)));
        return CompletableFuture.allOf(stages.values().stream()
                        .map(s -> s.handle((v, e) -> null)).toArray(CompletableFuture[]::new))
                .thenApplyAsync(ignored -> {
                    Map<K, V> answers = new LinkedHashMap<>();
                    Map<K, Throwable> failures = new LinkedHashMap<>();
                    stages.forEach((k, s) -> {
                        if (s.isCompletedExceptionally()) {
                            s.exceptionally(e -> {
                                LOG.debug("No answer for {}: {}", k, e.toString());
                                failures.put(k, e);
                                return null;
                            });
                        } else if (s.join() != null) {
                            answers.put(k, s.join());
                        }
                    });
                    return new Settled<>(answers, failures);
                }, callbacks);
    }

    private static GroupSummary summary(ConsumerGroupDescription d, Map<TopicPartition, Long> committed,
                                        Map<TopicPartition, Long> ends) {
        // Unknown unless a partition has a committed offset and an end (a group that committed nothing is not 0).
        long lag = GroupSummary.UNKNOWN;
        if (committed != null) {
            long sum = 0;
            int known = 0;
            for (var e : committed.entrySet()) {
                Long end = ends.get(e.getKey());
                if (end != null && end >= 0 && e.getValue() != null && e.getValue() >= 0) {
                    sum += Math.max(0, end - e.getValue());
                    known++;
                }
            }
            lag = known == 0 ? GroupSummary.UNKNOWN : sum;
        }
        return new GroupSummary(d.groupId(), d.groupState().toString(), d.type().toString(),
                d.partitionAssignor() == null ? "" : d.partitionAssignor(), d.members().size(),
                coordinator(d.coordinator()), lag);
    }

    private static String coordinator(Node node) {
        return node == null || node.isEmpty() ? "" : node.id() + " (" + node.host() + ":" + node.port() + ")";
    }

    private static GroupMember member(MemberDescription m) {
        Map<String, List<Integer>> byTopic = new TreeMap<>();
        Set<TopicPartition> assigned = m.assignment().topicPartitions();
        assigned.forEach(tp -> byTopic.computeIfAbsent(tp.topic(), t -> new ArrayList<>()).add(tp.partition()));
        String text = byTopic.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        // The broker reports the address as InetAddress.toString() gives it: "/10.0.0.7".
        String host = m.host().startsWith("/") ? m.host().substring(1) : m.host();
        return new GroupMember(m.consumerId(), m.clientId(), host, text);
    }
}
