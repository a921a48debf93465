package dev.kafkaexplorer.kafka.produce;

/** Where the broker stored a record it acknowledged. */
public record SentRecord(String topic, int partition, long offset, long timestamp) {
}
