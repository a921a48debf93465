package dev.kafkaexplorer.ui.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.StartPosition;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The bounded row buffer, start positions and the filter, without a window. */
class LiveRowsTest {

    private static List<RecordRow> rows(long from, long to) {
        return LongStream.range(from, to)
                .mapToObj(o -> RecordRow.of(new ConsumerRecord<>("t", 0, o, ("k" + o).getBytes(), ("v" + o).getBytes())))
                .toList();
    }

    private static List<Long> offsets(LiveRows live) {
        return live.rows().stream().map(RecordRow::offset).toList();
    }

    @Test
    void keepsTheNewestRowsUpToTheCapacityAndCountsTheRest() {
        LiveRows live = new LiveRows(5);
        live.append(rows(0, 3));
        live.append(rows(3, 8));
        assertThat(offsets(live)).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(live.evicted()).isEqualTo(3);
        assertThat(live.received()).isEqualTo(8);
        live.append(rows(8, 20));
        assertThat(offsets(live)).containsExactly(15L, 16L, 17L, 18L, 19L);
        assertThat(live.evicted()).isEqualTo(15);
    }

    @Test
    void newestOnTopReversesAndKeepsTheNewest() {
        LiveRows live = new LiveRows(4);
        live.append(rows(0, 3));
        live.setNewestOnTop(true);
        assertThat(offsets(live)).containsExactly(2L, 1L, 0L);
        live.append(rows(3, 6));
        assertThat(offsets(live)).containsExactly(5L, 4L, 3L, 2L);
        live.setNewestOnTop(false);
        assertThat(offsets(live)).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void shrinkingTheCapacityEvictsTheOldest() {
        LiveRows live = new LiveRows(10);
        live.append(rows(0, 10));
        live.setCapacity(3);
        assertThat(offsets(live)).containsExactly(7L, 8L, 9L);
        assertThat(live.evicted()).isEqualTo(7);
        live.clear();
        assertThat(live.rows()).isEmpty();
        assertThat(live.evicted()).isZero();
    }

    @Test
    void startChoicesReadTheirValuesOrSayWhy() {
        assertThat(StartChoice.LAST_N.position("100", ZoneOffset.UTC)).isEqualTo(new StartPosition.LastPerPartition(100));
        assertThat(StartChoice.OFFSET.position("0", ZoneOffset.UTC)).isEqualTo(new StartPosition.FromOffset(0));
        assertThat(StartChoice.TIMESTAMP.position("2026-11-24T10:15:00", ZoneOffset.UTC))
                .isEqualTo(new StartPosition.FromTimestamp(1795515300000L));
        assertThat(StartChoice.TIMESTAMP.position("2026-11-24T10:15:00Z", ZoneOffset.ofHours(5)))
                .isEqualTo(new StartPosition.FromTimestamp(1795515300000L));
        assertThat(StartChoice.TIMESTAMP.position("1795515300000", ZoneOffset.UTC))
                .isEqualTo(new StartPosition.FromTimestamp(1795515300000L));
        assertThatThrownBy(() -> StartChoice.LAST_N.position("0", ZoneOffset.UTC)).hasMessageStartingWith("Last N");
        assertThatThrownBy(() -> StartChoice.OFFSET.position("-1", ZoneOffset.UTC)).hasMessageStartingWith("Offset");
        assertThatThrownBy(() -> StartChoice.TIMESTAMP.position("yesterday", ZoneOffset.UTC)).hasMessageStartingWith("Timestamp");
        assertThatThrownBy(() -> StartChoice.TIMESTAMP.position("99999999999999999999", ZoneOffset.UTC))
                .hasMessage("Timestamp: too large a number");
    }

    @Test
    void filtersBySubstringIgnoringCaseOrByRegex() {
        List<RecordRow> all = new ArrayList<>(rows(0, 30));
        RowFilter substring = RowFilter.of("V1", false);
        assertThat(all.stream().filter(substring.predicate())).hasSize(11);
        RowFilter regex = RowFilter.of("^k2\\d", true);
        assertThat(all.stream().filter(regex.predicate()).map(RecordRow::offset)).containsExactly(20L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L);
        RowFilter broken = RowFilter.of("k(", true);
        assertThat(broken.predicate()).isNull();
        assertThat(broken.error()).startsWith("Not a valid regular expression");
        assertThat(RowFilter.of("", true).predicate()).isNull();
    }
}
