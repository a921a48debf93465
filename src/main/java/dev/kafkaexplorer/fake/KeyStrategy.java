package dev.kafkaexplorer.fake;

import java.util.Objects;

/** How {@link RecordGenerator} chooses the key of each record. */
public sealed interface KeyStrategy {

    /** No key: records spread over partitions by the producer's partitioner. */
    record None() implements KeyStrategy {
    }

    /** A new random UUID per record, drawn from the generator's seeded random. */
    record RandomUuid() implements KeyStrategy {
    }

    /**
     * The value of one field of the record, as text. A dotted path ({@code address.city}) reaches
     * into nested objects; a top-level name that itself contains dots is found first.
     */
    record Field(String fieldName) implements KeyStrategy {
        public Field {
            Objects.requireNonNull(fieldName, "fieldName");
            if (fieldName.isBlank()) {
                throw new IllegalArgumentException("The key field name is empty");
            }
        }
    }

    /**
     * One of {@code key-0} … {@code key-(count-1)}, weighted by a Zipf law: key {@code i} has weight
     * {@code 1/(i+1)^skew}, so skew 0 is uniform and a higher skew makes the low keys hotter.
     */
    record HotKeys(int count, double skew) implements KeyStrategy {
        public HotKeys {
            if (count < 1) {
                throw new IllegalArgumentException("Hot keys need a count of at least 1, not " + count);
            }
            if (!(skew >= 0) || Double.isInfinite(skew)) {
                throw new IllegalArgumentException("The hot-key skew must be a finite number >= 0, not " + skew);
            }
        }
    }
}
