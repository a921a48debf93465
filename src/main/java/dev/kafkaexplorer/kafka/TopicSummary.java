package dev.kafkaexplorer.kafka;

/** One row of the topic list. */
public record TopicSummary(String name, int partitions, int replicationFactor, boolean internal) {
}
