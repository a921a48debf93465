package dev.kafkaexplorer.kafka.consume;

/** Where a live view starts reading each partition. */
public sealed interface StartPosition {

    /** Only records written after the view starts. */
    record Latest() implements StartPosition {
    }

    /** Everything still on the broker. */
    record Earliest() implements StartPosition {
    }

    /** The last {@code count} records of each partition (fewer where a partition holds fewer). */
    record LastPerPartition(long count) implements StartPosition {
        public LastPerPartition {
            if (count < 0) {
                throw new IllegalArgumentException("count must be 0 or more, was " + count);
            }
        }
    }

    /** The first record at or after {@code epochMillis}; the end of a partition that has none. */
    record FromTimestamp(long epochMillis) implements StartPosition {
    }

    /** {@code offset} in each partition, clamped into what the partition holds: [begin, end]. */
    record FromOffset(long offset) implements StartPosition {
    }
}
