package dev.kafkaexplorer.ui.common;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A list change told step by step as it happened, its removed elements handed over as they are
 * (views, not copies). JavaFX's change builder ({@code ObservableListBase.nextRemove}) copies
 * removed elements one at a time into a growing list: with 100 000 rows evicted or replaced per
 * refresh that was a fifth of the FX thread's frame. Steps are given in index order, as
 * {@link ListChangeListener.Change} requires; at most {@link #MAX_STEPS}.
 */
final class ViewChange<E> extends ListChangeListener.Change<E> {

    static final int MAX_STEPS = 2;
    private static final int[] NO_PERMUTATION = new int[0];

    private final int[] from = new int[MAX_STEPS];
    private final int[] to = new int[MAX_STEPS];
    @SuppressWarnings("unchecked")
    private final List<E>[] removed = new List[MAX_STEPS];
    private int steps;
    private int cursor = -1;

    ViewChange(ObservableList<E> list) {
        super(list);
    }

    /** Adds a step: elements {@code stepFrom} to {@code stepTo} of the list are new, {@code stepRemoved} left there. */
    ViewChange<E> step(int stepFrom, int stepTo, List<E> stepRemoved) {
        from[steps] = stepFrom;
        to[steps] = stepTo;
        removed[steps] = stepRemoved;
        steps++;
        return this;
    }

    boolean isEmpty() {
        return steps == 0;
    }

    @Override
    public boolean next() {
        if (cursor + 1 < steps) {
            cursor++;
            return true;
        }
        return false;
    }

    @Override
    public void reset() {
        cursor = -1;
    }

    @Override
    public int getFrom() {
        return from[current()];
    }

    @Override
    public int getTo() {
        return to[current()];
    }

    @Override
    public List<E> getRemoved() {
        return removed[current()];
    }

    @Override
    protected int[] getPermutation() {
        current();
        return NO_PERMUTATION;
    }

    private int current() {
        if (cursor < 0 || cursor >= steps) {
            throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
        }
        return cursor;
    }
}
