package dev.kafkaexplorer.kafka.groups;

/**
 * One consumer group as the groups list shows it. {@code totalLag} is the sum over the partitions
 * the group has committed offsets for, or {@link #UNKNOWN} when the offsets could not be read.
 */
public record GroupSummary(String groupId, String state, String type, String protocol, int members,
                           String coordinator, long totalLag) {

    public static final long UNKNOWN = -1;
    /** The state of a group the cluster did not describe in time. */
    public static final String UNKNOWN_STATE = "Unknown";

    /** A listed group whose describe failed: kept as a row, with nothing known but its id. */
    public static GroupSummary unknown(String groupId) {
        return new GroupSummary(groupId, UNKNOWN_STATE, "", "", 0, "", UNKNOWN);
    }

    /** Offsets may be changed, and the group deleted, only while no consumer is in it. */
    public boolean canResetOffsets() {
        return "Empty".equals(state) || "Dead".equals(state);
    }
}
