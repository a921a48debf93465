package dev.kafkaexplorer.kafka.groups;

/** One consumer in a group, with the partitions assigned to it in words ("orders: 0, 1; audit: 3"). */
public record GroupMember(String memberId, String clientId, String host, String assignment) {
}
