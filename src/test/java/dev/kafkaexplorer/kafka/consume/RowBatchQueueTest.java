package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The bounded hand-off between the consumer thread and the UI. */
class RowBatchQueueTest {

    private static List<RecordRow> rows(long from, long toExclusive) {
        return LongStream.range(from, toExclusive)
                .mapToObj(o -> RecordRow.of(new ConsumerRecord<>("t", 0, o, null,
                        ("v" + o).getBytes(StandardCharsets.UTF_8))))
                .toList();
    }

    private static List<Long> offsets(Collection<RecordRow> rows) {
        return rows.stream().map(RecordRow::offset).toList();
    }

    @Test
    void drainsEverythingInArrivalOrder() {
        RowBatchQueue queue = new RowBatchQueue(100);
        queue.accept(rows(0, 3));
        queue.accept(rows(3, 5));
        assertThat(offsets(queue.drain())).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(queue.drain()).isEmpty();
        assertThat(queue.droppedBeforeShown()).isZero();
    }

    @Test
    void keepsTheNewestRowsUpToCapacityAndCountsTheRest() {
        RowBatchQueue queue = new RowBatchQueue(5);
        queue.accept(rows(0, 3));
        queue.accept(rows(3, 7));
        assertThat(offsets(queue.drain())).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(queue.droppedBeforeShown()).isEqualTo(2);
    }

    @Test
    void droppingRunsAcrossWholeAndPartBatches() {
        RowBatchQueue queue = new RowBatchQueue(3);
        queue.accept(rows(0, 2));
        queue.accept(rows(2, 4));
        queue.accept(rows(4, 6));
        assertThat(queue.size()).isEqualTo(3);
        assertThat(offsets(queue.drain())).containsExactly(3L, 4L, 5L);
        assertThat(queue.droppedBeforeShown()).isEqualTo(3);
        assertThat(queue.size()).isZero();
    }

    @Test
    void aBatchLargerThanCapacityKeepsItsNewestRows() {
        RowBatchQueue queue = new RowBatchQueue(3);
        queue.accept(rows(0, 2));
        queue.accept(rows(2, 12));
        assertThat(offsets(queue.drain())).containsExactly(9L, 10L, 11L);
        assertThat(queue.droppedBeforeShown()).isEqualTo(9);
    }

    @Test
    void clearDiscardsQueuedRowsButKeepsTheDropCount() {
        RowBatchQueue queue = new RowBatchQueue(2);
        queue.accept(rows(0, 5));
        queue.clear();
        assertThat(queue.drain()).isEmpty();
        assertThat(queue.droppedBeforeShown()).isEqualTo(3);
        queue.accept(rows(5, 6));
        assertThat(offsets(queue.drain())).containsExactly(5L);
    }

    @Test
    void underContentionEveryRowIsDrainedOrCountedInOrder() throws Exception {
        RowBatchQueue queue = new RowBatchQueue(1000);
        int total = 200_000;
        Thread producer = new Thread(() -> {
            for (long from = 0; from < total; from += 100) {
                queue.accept(rows(from, from + 100));
            }
        }, "row-batch-queue-test-producer");
        producer.start();
        List<RecordRow> drained = new ArrayList<>();
        while (producer.isAlive()) {
            drained.addAll(queue.drain());
        }
        producer.join();
        drained.addAll(queue.drain());

        assertThat(drained.size() + queue.droppedBeforeShown()).isEqualTo(total);
        assertThat(offsets(drained)).isSorted().doesNotHaveDuplicates();
        assertThat(drained.get(drained.size() - 1).offset()).isEqualTo(total - 1);
    }
}
