package dev.kafkaexplorer.kafka.groups;

/**
 * One partition of a reset preview: the committed offset now ({@link PartitionLag#NONE} if none)
 * and the one it will become, with a note when the target was moved into the partition's range.
 */
public record ResetPlanRow(String topic, int partition, long current, long target, String note) {
}
