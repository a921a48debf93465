package dev.kafkaexplorer.kafka.groups;

/**
 * Where a group stands on one partition. {@code committed} is {@link #NONE} for an assigned
 * partition the group has not committed yet; its lag is then unknown ({@link #NONE}) too.
 */
public record PartitionLag(String topic, int partition, long committed, long end, long lag) {

    public static final long NONE = -1;

    static PartitionLag of(String topic, int partition, long committed, long end) {
        long lag = committed < 0 || end < 0 ? NONE : Math.max(0, end - committed);
        return new PartitionLag(topic, partition, committed, end, lag);
    }
}
