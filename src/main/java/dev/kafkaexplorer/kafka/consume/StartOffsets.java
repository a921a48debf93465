package dev.kafkaexplorer.kafka.consume;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/** Turns a {@link StartPosition} into one offset per partition; kept apart from the consumer so it is tested alone. */
final class StartOffsets {

    /** What the broker knows about a partition's offsets. */
    interface Lookup {
        Map<TopicPartition, Long> beginning(Collection<TopicPartition> partitions);

        Map<TopicPartition, Long> end(Collection<TopicPartition> partitions);

        /** The first offset whose timestamp is at or after {@code epochMillis}; absent where there is none. */
        Map<TopicPartition, Long> firstAtOrAfter(Collection<TopicPartition> partitions, long epochMillis);

        static Lookup of(Consumer<?, ?> consumer) {
            return new Lookup() {
                @Override
                public Map<TopicPartition, Long> beginning(Collection<TopicPartition> partitions) {
                    return consumer.beginningOffsets(partitions);
                }

                @Override
                public Map<TopicPartition, Long> end(Collection<TopicPartition> partitions) {
                    return consumer.endOffsets(partitions);
                }

                @Override
                public Map<TopicPartition, Long> firstAtOrAfter(Collection<TopicPartition> partitions, long epochMillis) {
                    Map<TopicPartition, Long> query = new HashMap<>();
                    partitions.forEach(tp -> query.put(tp, epochMillis));
                    Map<TopicPartition, Long> found = new HashMap<>();
                    consumer.offsetsForTimes(query).forEach((tp, hit) -> {
                        if (hit != null) {
                            found.put(tp, hit.offset());
                        }
                    });
                    return found;
                }
            };
        }
    }

    private StartOffsets() {
    }

    /** Seeks each of {@code partitions} to where {@code start} says; they must be assigned. */
    static void seek(Consumer<?, ?> consumer, StartPosition start, Collection<TopicPartition> partitions) {
        of(start, partitions, Lookup.of(consumer)).forEach(consumer::seek);
    }

    static Map<TopicPartition, Long> of(StartPosition start, Collection<TopicPartition> partitions, Lookup lookup) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        if (start instanceof StartPosition.Earliest) {
            return lookup.beginning(partitions);
        }
        if (start instanceof StartPosition.Latest) {
            return lookup.end(partitions);
        }
        if (start instanceof StartPosition.FromTimestamp at) {
            return fromTimestamp(Math.max(0, at.epochMillis()), partitions, lookup);
        }
        Map<TopicPartition, Long> begin = lookup.beginning(partitions);
        Map<TopicPartition, Long> end = lookup.end(partitions);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (TopicPartition tp : partitions) {
            long first = begin.get(tp);
            long next = end.get(tp);
            long wanted;
            if (start instanceof StartPosition.LastPerPartition last) {
                wanted = next - last.count();
            } else if (start instanceof StartPosition.FromOffset from) {
                wanted = from.offset();
            } else {
                throw new IllegalArgumentException("Unknown start position " + start);
            }
            offsets.put(tp, Math.max(first, Math.min(wanted, next)));
        }
        return offsets;
    }

    private static Map<TopicPartition, Long> fromTimestamp(long epochMillis, Collection<TopicPartition> partitions,
                                                           Lookup lookup) {
        Map<TopicPartition, Long> offsets = new HashMap<>(lookup.firstAtOrAfter(partitions, epochMillis));
        List<TopicPartition> none = partitions.stream().filter(tp -> !offsets.containsKey(tp)).toList();
        if (!none.isEmpty()) {
            // Nothing written at or after that time yet: start where the next record will be.
            offsets.putAll(lookup.end(none));
        }
        return offsets;
    }
}
