package dev.kafkaexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The ring buffer's contents and the changes it reports, checked against a mirror built from the changes alone. */
class RingBufferListTest {

    @Test
    void reportsExactlyWhatChangedInBothOrdersAndThroughAFilter() {
        RingBufferList<Integer> ring = new RingBufferList<>(50);
        List<Integer> mirror = ChangeMirror.of(ring);
        FilteredList<Integer> even = new FilteredList<>(ring, i -> i % 2 == 0);
        List<Integer> evenMirror = ChangeMirror.of(even);
        Random random = new Random(3);
        int next = 0;
        for (int round = 0; round < 400; round++) {
            int n = random.nextInt(70);
            int from = next;
            next += n;
            ring.appendAll(IntStream.range(from, next).boxed().toList());
            if (round % 37 == 0) {
                ring.setNewestFirst(!ring.newestFirst());
            }
            if (round % 91 == 0) {
                ring.setCapacity(20 + random.nextInt(60));
            }
            if (round % 150 == 149) {
                ring.clear();
            }
            assertThat(mirror).isEqualTo(ring);
            assertThat(evenMirror).isEqualTo(even);
            List<Integer> sorted = new ArrayList<>(ring);
            if (ring.newestFirst()) {
                java.util.Collections.reverse(sorted);
            }
            assertThat(sorted).isSorted();
            if (!ring.isEmpty()) {
                assertThat(ring.newestFirst() ? ring.get(0) : ring.get(ring.size() - 1)).isEqualTo(next - 1);
            }
        }
    }

    @Test
    void aBatchAsLargeAsTheCapacityReplacesEverythingInOneChange() {
        for (boolean newestFirst : new boolean[] {false, true}) {
            RingBufferList<Integer> ring = new RingBufferList<>(4);
            ring.setNewestFirst(newestFirst);
            ring.appendAll(List.of(1, 2, 3));
            List<String> changes = new ArrayList<>();
            ring.addListener((ListChangeListener<Integer>) c -> {
                while (c.next()) {
                    changes.add(c.getFrom() + ".." + c.getTo() + " replaced " + c.wasReplaced() + " removed " + c.getRemoved());
                }
            });
            ring.appendAll(List.of(4, 5, 6, 7, 8));
            assertThat(changes).containsExactly("0..4 replaced true removed " + (newestFirst ? "[3, 2, 1]" : "[1, 2, 3]"));
            assertThat(ring).containsExactlyElementsOf(newestFirst ? List.of(8, 7, 6, 5) : List.of(5, 6, 7, 8));
        }
    }

    @Test
    void keepsTheNewestAndCountsWhatItDrops() {
        RingBufferList<Integer> ring = new RingBufferList<>(3);
        assertThat(ring.appendAll(List.of(1, 2))).isZero();
        assertThat(ring.appendAll(List.of(3, 4, 5, 6, 7))).isEqualTo(4);
        assertThat(ring).containsExactly(5, 6, 7);
        ring.setNewestFirst(true);
        assertThat(ring).containsExactly(7, 6, 5);
        assertThat(ring.setCapacity(2)).isEqualTo(1);
        assertThat(ring).containsExactly(7, 6);
        assertThat(FXCollections.observableArrayList(ring)).hasSize(2);
    }
}
