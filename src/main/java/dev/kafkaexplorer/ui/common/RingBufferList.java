package dev.kafkaexplorer.ui.common;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list over a fixed-size ring buffer: appending a batch evicts the oldest
 * elements and fires one change, at a cost that depends on the batch, not on the list's size.
 * (Removing from the front of an ordinary ObservableList reports element by element, which made
 * each frame cost O(size x evicted) with 100 000 rows.) Shown oldest first, or newest first.
 * FX thread only, like any list a control shows.
 */
public final class RingBufferList<E> extends ObservableListBase<E> {

    private Object[] items;
    private int head;
    private int size;
    private boolean newestFirst;

    public RingBufferList(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        items = new Object[capacity];
    }

    @Override
    public E get(int index) {
        Objects.checkIndex(index, size);
        return element(newestFirst ? size - 1 - index : index);
    }

    /** The element {@code age} places after the oldest. */
    @SuppressWarnings("unchecked")
    private E element(int age) {
        return (E) items[(head + age) % items.length];
    }

    @Override
    public int size() {
        return size;
    }

    public int capacity() {
        return items.length;
    }

    /** Appends {@code batch} (oldest first); returns how many elements were evicted or never kept. */
    public int appendAll(Collection<? extends E> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int capacity = items.length;
        int neverKept = Math.max(0, batch.size() - capacity);
        int added = batch.size() - neverKept;
        int oldSize = size;
        int excess = Math.max(0, size + added - capacity);
        Object[] evicted = new Object[excess];
        copyOut(head, evicted, excess);
        head = (head + excess) % capacity;
        size -= excess;
        // Written straight from the batch into the ring (the evicted slots are among those
        // overwritten): under a flood a batch is 100 000 rows, and every array made per batch
        // is one more the collector must clear and map.
        int slot = (head + size) % capacity;
        int skip = neverKept;
        for (E e : batch) {
            if (skip > 0) {
                skip--;
                continue;
            }
            items[slot] = e;
            slot = slot + 1 == capacity ? 0 : slot + 1;
        }
        size += added;
        fireChange(appendChange(oldSize, excess, evicted, added));
        return excess + neverKept;
    }

    /** Copies {@code count} slots from {@code from} on (wrapping round) into {@code target}. */
    private void copyOut(int from, Object[] target, int count) {
        int first = Math.min(count, items.length - from);
        System.arraycopy(items, from, target, 0, first);
        System.arraycopy(items, 0, target, first, count - first);
    }

    /** Changes the capacity, keeping the newest elements; returns how many were evicted. */
    public int setCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        int excess = Math.max(0, size - capacity);
        List<E> before = new ArrayList<>(this);
        Object[] resized = new Object[capacity];
        for (int age = excess; age < size; age++) {
            resized[age - excess] = element(age);
        }
        items = resized;
        head = 0;
        size -= excess;
        if (excess > 0) {
            beginChange();
            if (newestFirst) {
                nextRemove(size, before.subList(size, before.size()));
            } else {
                nextRemove(0, before.subList(0, excess));
            }
            endChange();
        }
        return excess;
    }

    /** Shows the newest element first (or last); the list is turned round in one change. */
    public void setNewestFirst(boolean newest) {
        if (newest == newestFirst) {
            return;
        }
        List<E> before = new ArrayList<>(this);
        newestFirst = newest;
        if (size > 0) {
            beginChange();
            nextRemove(0, before);
            nextAdd(0, size);
            endChange();
        }
    }

    public boolean newestFirst() {
        return newestFirst;
    }

    @Override
    public void clear() {
        if (size == 0) {
            return;
        }
        List<E> before = new ArrayList<>(this);
        Arrays.fill(items, null);
        head = 0;
        size = 0;
        fireChange(new ViewChange<>(this).step(0, 0, before));
    }

    /**
     * What one append did, reported as it is rather than element by element through the change
     * builder ({@link ViewChange}): the evicted elements (at the start, or at the end when newest
     * first) and the added ones (at the other end); one replacement when everything was evicted.
     */
    private ViewChange<E> appendChange(int oldSize, int evictedCount, Object[] evictedOldestFirst, int added) {
        ViewChange<E> change = new ViewChange<>(this);
        List<E> evicted = readOnlyList(evictedOldestFirst, newestFirst);
        if (evictedCount > 0 && evictedCount == oldSize) {
            return change.step(0, size, evicted);
        }
        if (newestFirst) {
            change.step(0, added, List.of());
            int at = added + oldSize - evictedCount;
            return evictedCount > 0 ? change.step(at, at, evicted) : change;
        }
        if (evictedCount > 0) {
            change.step(0, 0, evicted);
        }
        return change.step(size - added, size, List.of());
    }

    /** A read-only view of {@code elements}, in their order or reversed, without copying them. */
    private static <T> List<T> readOnlyList(Object[] elements, boolean reversed) {
        return new AbstractList<>() {
            @Override
            @SuppressWarnings("unchecked")
            public T get(int index) {
                Objects.checkIndex(index, elements.length);
                return (T) elements[reversed ? elements.length - 1 - index : index];
            }

            @Override
            public int size() {
                return elements.length;
            }
        };
    }
}
