package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The seek arithmetic for each start position, without a broker. */
class StartOffsetsTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    private static final TopicPartition P1 = new TopicPartition("t", 1);
    private static final List<TopicPartition> BOTH = List.of(P0, P1);

    /** P0 holds offsets 100..199, P1 is empty at 50; only P0 has a record at or after t=1000 (offset 150). */
    private static final StartOffsets.Lookup LOOKUP = new StartOffsets.Lookup() {
        @Override
        public Map<TopicPartition, Long> beginning(Collection<TopicPartition> partitions) {
            return pick(partitions, Map.of(P0, 100L, P1, 50L));
        }

        @Override
        public Map<TopicPartition, Long> end(Collection<TopicPartition> partitions) {
            return pick(partitions, Map.of(P0, 200L, P1, 50L));
        }

        @Override
        public Map<TopicPartition, Long> firstAtOrAfter(Collection<TopicPartition> partitions, long epochMillis) {
            return epochMillis <= 1000 ? pick(partitions, Map.of(P0, 150L)) : Map.of();
        }

        private Map<TopicPartition, Long> pick(Collection<TopicPartition> partitions, Map<TopicPartition, Long> all) {
            return partitions.stream().filter(all::containsKey).collect(Collectors.toMap(tp -> tp, all::get));
        }
    };

    private static Map<TopicPartition, Long> offsets(StartPosition start) {
        return StartOffsets.of(start, BOTH, LOOKUP);
    }

    @Test
    void earliestAndLatest() {
        assertThat(offsets(new StartPosition.Earliest())).isEqualTo(Map.of(P0, 100L, P1, 50L));
        assertThat(offsets(new StartPosition.Latest())).isEqualTo(Map.of(P0, 200L, P1, 50L));
    }

    @Test
    void lastPerPartitionNeverGoesBeforeTheBeginning() {
        assertThat(offsets(new StartPosition.LastPerPartition(10))).isEqualTo(Map.of(P0, 190L, P1, 50L));
        assertThat(offsets(new StartPosition.LastPerPartition(1000))).isEqualTo(Map.of(P0, 100L, P1, 50L));
        assertThat(offsets(new StartPosition.LastPerPartition(0))).isEqualTo(Map.of(P0, 200L, P1, 50L));
    }

    @Test
    void fromOffsetIsClampedIntoEachPartition() {
        assertThat(offsets(new StartPosition.FromOffset(120))).isEqualTo(Map.of(P0, 120L, P1, 50L));
        assertThat(offsets(new StartPosition.FromOffset(5))).isEqualTo(Map.of(P0, 100L, P1, 50L));
        assertThat(offsets(new StartPosition.FromOffset(10_000))).isEqualTo(Map.of(P0, 200L, P1, 50L));
    }

    @Test
    void fromTimestampStartsAtTheEndWhereNothingIsThatRecent() {
        assertThat(offsets(new StartPosition.FromTimestamp(1000))).isEqualTo(Map.of(P0, 150L, P1, 50L));
        assertThat(offsets(new StartPosition.FromTimestamp(5000))).isEqualTo(Map.of(P0, 200L, P1, 50L));
    }
}
