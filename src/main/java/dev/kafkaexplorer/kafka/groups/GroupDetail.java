package dev.kafkaexplorer.kafka.groups;

import java.util.List;

/** A group's members and its position on every partition it has committed to or is assigned. */
public record GroupDetail(GroupSummary summary, List<GroupMember> members, List<PartitionLag> partitions) {

    public GroupDetail {
        members = List.copyOf(members);
        partitions = List.copyOf(partitions);
    }

    /** The topics the group has committed offsets for or reads now, sorted. */
    public List<String> topics() {
        return partitions.stream().map(PartitionLag::topic).distinct().sorted().toList();
    }
}
