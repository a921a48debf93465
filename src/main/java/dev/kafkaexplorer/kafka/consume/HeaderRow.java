package dev.kafkaexplorer.kafka.consume;

/** One record header as shown; {@code value} may be null. The array is shared: treat it as read-only. */
public record HeaderRow(String name, byte[] value) {
}
