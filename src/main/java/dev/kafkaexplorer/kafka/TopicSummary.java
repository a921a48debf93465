package dev.kafkaexplorer.kafka;

import org.apache.kafka.clients.admin.TopicDescription;

/** One row of the topic list. */
public record TopicSummary(String name, int partitions, int replicationFactor, boolean internal) {

    /** The row for a described topic; a topic without partitions shows replication factor 0. */
    static TopicSummary of(TopicDescription d) {
        int rf = d.partitions().isEmpty() ? 0 : d.partitions().get(0).replicas().size();
        return new TopicSummary(d.name(), d.partitions().size(), rf, d.isInternal());
    }
}
