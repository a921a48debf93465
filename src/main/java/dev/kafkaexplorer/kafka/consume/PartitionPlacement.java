package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.kafka.KafkaFailure;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Puts a live view's consumer on the partitions its request names, at the start position: assigned
 * and sought at once, or in group mode subscribed, each partition sought the first time the group
 * gives it to this member; and holds them paused while the view is paused. Used on the consumer
 * thread only.
 */
final class PartitionPlacement {

    private final Consumer<byte[], byte[]> consumer;
    private final ConsumeRequest request;
    private final BooleanSupplier pauseRequested;
    private final Runnable onAssigned;

    /**
     * @param pauseRequested whether partitions the group hands over must start paused
     * @param onAssigned     group mode: called after each assignment the group makes
     */
    PartitionPlacement(Consumer<byte[], byte[]> consumer, ConsumeRequest request, BooleanSupplier pauseRequested,
                       Runnable onAssigned) {
        this.consumer = consumer;
        this.request = request;
        this.pauseRequested = pauseRequested;
        this.onAssigned = onAssigned;
    }

    boolean inGroup() {
        // A group with one chosen partition cannot subscribe; that partition is assigned and the
        // group only receives the commits.
        return request.groupId().isPresent() && request.partition().isEmpty();
    }

    /** Assigns (or subscribes) and seeks to the start position. */
    void place() {
        // Looked up in group mode too: a missing topic must fail now, not leave the group waiting.
        List<TopicPartition> partitions = partitionsToRead();
        if (inGroup()) {
            consumer.subscribe(List.of(request.topic()), new StartOnFirstAssignment());
        } else {
            consumer.assign(partitions);
            StartOffsets.seek(consumer, request.start(), partitions);
        }
    }

    /** Pauses every assigned partition while {@code paused}, else resumes the paused ones; no position is lost. */
    void holdPaused(boolean paused) {
        if (paused) {
            // Every time, not once: a rebalance may have brought partitions that are not paused yet.
            consumer.pause(consumer.assignment());
        } else if (!consumer.paused().isEmpty()) {
            consumer.resume(consumer.paused());
        }
    }

    /** Seeks {@code partitions} to the start position again, for a partition left without a position. */
    void restart(Collection<TopicPartition> partitions) {
        StartOffsets.seek(consumer, request.start(), partitions);
    }

    /** Cheap while the topic exists: the answer comes from the client's metadata cache. */
    void checkTopicStillExists() {
        List<PartitionInfo> infos = consumer.partitionsFor(request.topic());
        if (infos == null || infos.isEmpty()) {
            throw new KafkaFailure("Topic '" + request.topic() + "' was deleted.", null);
        }
    }

    private List<TopicPartition> partitionsToRead() {
        List<PartitionInfo> infos = consumer.partitionsFor(request.topic());
        if (infos == null || infos.isEmpty()) {
            throw new KafkaFailure("Topic '" + request.topic() + "' does not exist.", null);
        }
        List<TopicPartition> all = infos.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition))
                .toList();
        if (request.partition().isEmpty()) {
            return all;
        }
        int chosen = request.partition().getAsInt();
        return all.stream().filter(tp -> tp.partition() == chosen).findFirst().map(List::of)
                .orElseThrow(() -> new KafkaFailure("Topic '" + request.topic() + "' has no partition " + chosen
                        + ": its partitions are 0 to " + (all.size() - 1) + ".", null));
    }

    /** Group mode: each partition starts at the start position the first time this member gets it. */
    private final class StartOnFirstAssignment implements ConsumerRebalanceListener {
        private final Set<TopicPartition> started = new HashSet<>();

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            List<TopicPartition> fresh = assigned.stream().filter(tp -> !started.contains(tp)).toList();
            StartOffsets.seek(consumer, request.start(), fresh);
            started.addAll(fresh);
            if (pauseRequested.getAsBoolean()) {
                consumer.pause(assigned);
            }
            onAssigned.run();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            // Nothing to do: auto-commit commits the revoked partitions' positions itself.
        }
    }
}
