package dev.kafkaexplorer.kafka.groups;

/**
 * One consumer group as the groups list shows it. {@code totalLag} is the sum over the partitions
 * the group has committed offsets for, or {@link #UNKNOWN} when the offsets could not be read.
 */
public record GroupSummary(String groupId, String state, String type, String protocol, int members,
                           String coordinator, long totalLag) {

    public static final long UNKNOWN = -1;

    /** Offsets may be changed, and the group deleted, only while no consumer is in it. */
    public boolean isEmpty() {
        return "Empty".equals(state) || "Dead".equals(state);
    }
}
