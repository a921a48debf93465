package dev.kafkaexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

/** The window's contents and the changes it reports, checked against a mirror built from the changes alone. */
class TailWindowTest {

    private static <E> List<E> tail(List<E> list, int limit) {
        return new ArrayList<>(list.subList(Math.max(0, list.size() - limit), list.size()));
    }

    @Test
    void showsTheLastElementsOfARingBufferAndOfAFilterOverIt() {
        RingBufferList<Integer> ring = new RingBufferList<>(60);
        FilteredList<Integer> odd = new FilteredList<>(ring, i -> i % 2 == 1);
        TailWindow<Integer> window = new TailWindow<>(ring, 25);
        TailWindow<Integer> oddWindow = new TailWindow<>(odd, 7);
        List<Integer> mirror = ChangeMirror.of(window);
        List<Integer> oddMirror = ChangeMirror.of(oddWindow);
        Random random = new Random(5);
        int next = 0;
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(round % 50 == 0 ? 100 : 12);
            ring.appendAll(IntStream.range(next, next + n).boxed().toList());
            next += n;
            if (round % 41 == 40) {
                ring.setNewestFirst(!ring.newestFirst());
            }
            if (round % 67 == 66) {
                ring.setCapacity(5 + random.nextInt(80));
            }
            if (round % 173 == 172) {
                ring.clear();
            }
            assertThat(window).containsExactlyElementsOf(tail(ring, 25));
            assertThat(mirror).isEqualTo(window);
            assertThat(window.hiddenBefore()).isEqualTo(Math.max(0, ring.size() - 25));
            assertThat(oddWindow).containsExactlyElementsOf(tail(odd, 7));
            assertThat(oddMirror).isEqualTo(oddWindow);
        }
    }

    @Test
    void anAppendMovesTheWindowInOneChangeAtEachEnd() {
        RingBufferList<Integer> ring = new RingBufferList<>(100);
        ring.appendAll(List.of(1, 2, 3, 4, 5, 6));
        TailWindow<Integer> window = new TailWindow<>(ring, 4);
        List<String> changes = new ArrayList<>();
        ChangeMirror.of(window, changes);
        assertThat(window).containsExactly(3, 4, 5, 6);

        ring.appendAll(List.of(7, 8));
        assertThat(window).containsExactly(5, 6, 7, 8);
        assertThat(changes).containsExactly("-2@0", "+2@2");

        changes.clear();
        ring.appendAll(List.of(9, 10, 11, 12, 13));
        assertThat(window).containsExactly(10, 11, 12, 13);
        assertThat(changes).containsExactly("-4+4@0");

        changes.clear();
        window.dispose();
        ring.appendAll(List.of(14));
        assertThat(window).containsExactly(10, 11, 12, 13);
        assertThat(changes).isEmpty();
    }
}
