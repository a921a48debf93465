package dev.kafkaexplorer.kafka.groups;

import java.util.Optional;

/**
 * What to reset: every partition of {@code topic} (or, when empty, of every topic the group has
 * committed to) to {@code strategy}; {@code value} is the epoch milliseconds for
 * {@link ResetStrategy#TIMESTAMP} and the offset for {@link ResetStrategy#OFFSET}, else unused.
 */
public record OffsetResetRequest(String groupId, Optional<String> topic, ResetStrategy strategy, long value) {
}
