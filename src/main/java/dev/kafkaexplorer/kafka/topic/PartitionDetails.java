package dev.kafkaexplorer.kafka.topic;

import java.util.List;
import java.util.OptionalLong;

/**
 * One partition of a topic as the details pane shows it.
 *
 * @param leader      the leader's broker id, or -1 when the partition has no leader (offline)
 * @param beginOffset empty when the offsets could not be read (e.g. no leader)
 * @param sizeBytes   the leader replica's size on disk; empty when the cluster refused describeLogDirs
 */
public record PartitionDetails(int partition, int leader, List<Integer> replicas, List<Integer> isr,
                               OptionalLong beginOffset, OptionalLong endOffset, OptionalLong sizeBytes) {

    public PartitionDetails {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    /** Fewer in-sync replicas than replicas. */
    public boolean underReplicated() {
        return isr.size() < replicas.size();
    }

    /** No leader: nobody can read or write this partition now. */
    public boolean offline() {
        return leader < 0;
    }

    /** End minus begin offset: the records kept, give or take transaction markers and compaction. */
    public OptionalLong recordEstimate() {
        return beginOffset.isPresent() && endOffset.isPresent()
                ? OptionalLong.of(Math.max(0, endOffset.getAsLong() - beginOffset.getAsLong()))
                : OptionalLong.empty();
    }
}
