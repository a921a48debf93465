package dev.kafkaexplorer.kafka.topic;

import java.util.List;

/** Every partition of one topic, in partition order, with what is wrong with them counted. */
public record TopicPartitionsReport(String topic, List<PartitionDetails> partitions) {

    public TopicPartitionsReport {
        partitions = List.copyOf(partitions);
    }

    public long underReplicatedCount() {
        return partitions.stream().filter(PartitionDetails::underReplicated).count();
    }

    public long offlineCount() {
        return partitions.stream().filter(PartitionDetails::offline).count();
    }

    /** A line like "3 partitions · 2 under-replicated · 1 offline", or "… · all in sync". */
    public String summary() {
        int n = partitions.size();
        StringBuilder text = new StringBuilder(n + (n == 1 ? " partition" : " partitions"));
        long under = underReplicatedCount();
        long offline = offlineCount();
        if (under > 0) {
            text.append(" · ").append(under).append(" under-replicated");
        }
        if (offline > 0) {
            text.append(" · ").append(offline).append(" offline");
        }
        if (under == 0 && offline == 0 && n > 0) {
            text.append(" · all in sync");
        }
        return text.toString();
    }
}
