package dev.kafkaexplorer.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * The last {@code limit} elements of a list that grows at its end and loses elements at its start
 * (a ring buffer, or a filtered view of one), as a read-only observable list that follows it.
 *
 * <p>Why: a table that follows the newest rows at the bottom of 100 000 has its first visible row
 * near index 100 000, and JavaFX 21's VirtualFlow adds up the height of every row above it, several
 * times per layout; the table's layout after each batch cost more than everything else the frame
 * did. Over the last few thousand rows the same layout is cheap, and the rows a follower sees are
 * the same. Other changes of the source (it shrank from the end, or changed order) are reported as
 * a replacement of the whole window. FX thread only; call {@link #dispose()} when done with it.
 */
public final class TailWindow<E> extends ObservableListBase<E> {

    private final ObservableList<? extends E> source;
    private final int limit;
    private final ListChangeListener<E> onSourceChange = change -> sourceChanged();
    private Object[] shown;

    public TailWindow(ObservableList<? extends E> source, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.source = source;
        this.limit = limit;
        this.shown = tailOfSource();
        source.addListener(onSourceChange);
    }

    /** Stops following the source; the window keeps what it shows. */
    public void dispose() {
        source.removeListener(onSourceChange);
    }

    /** Whether this window shows the end of {@code list}. */
    public boolean follows(ObservableList<?> list) {
        return source == list;
    }

    /** How many elements of the source come before the first one shown. */
    public int hiddenBefore() {
        return source.size() - shown.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, shown.length);
        return (E) shown[index];
    }

    @Override
    public int size() {
        return shown.length;
    }

    private Object[] tailOfSource() {
        int size = source.size();
        return source.subList(Math.max(0, size - limit), size).toArray();
    }

    private void sourceChanged() {
        Object[] before = shown;
        Object[] after = tailOfSource();
        shown = after;
        int dropped = droppedFromStart(before, after);
        int kept = before.length - dropped;
        // Told as it is (ViewChange): under a flood every element is replaced at each refresh.
        ViewChange<E> change = new ViewChange<>(this);
        if (dropped > 0 && kept > 0) {
            change.step(0, 0, elementsOf(before, dropped));
            if (after.length > kept) {
                change.step(kept, after.length, List.of());
            }
        } else if (dropped > 0 || after.length > kept) {
            // Everything replaced (or removed), or only an addition: one step.
            change.step(dropped > 0 ? 0 : kept, after.length, elementsOf(before, dropped));
        }
        if (!change.isEmpty()) {
            fireChange(change);
        }
    }

    @SuppressWarnings("unchecked")
    private List<E> elementsOf(Object[] elements, int count) {
        return (List<E>) Arrays.asList(elements).subList(0, count);
    }

    /**
     * How many elements left the start of the window, when {@code after} is {@code before} less
     * its first elements plus new ones at the end; otherwise all of them (the whole window is
     * reported replaced, which is true of any change).
     */
    private static int droppedFromStart(Object[] before, Object[] after) {
        if (after.length == 0) {
            return before.length;
        }
        int first = -1;
        for (int i = 0; i < before.length; i++) {
            if (before[i] == after[0]) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return before.length;
        }
        int kept = before.length - first;
        if (kept > after.length) {
            return before.length;
        }
        for (int i = 0; i < kept; i++) {
            if (before[first + i] != after[i]) {
                return before.length;
            }
        }
        return first;
    }
}
