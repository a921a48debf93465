package dev.kafkaexplorer.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    public int appendAll(List<? extends E> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        int capacity = items.length;
        List<? extends E> kept = batch.size() > capacity ? batch.subList(batch.size() - capacity, batch.size()) : batch;
        int excess = Math.max(0, size + kept.size() - capacity);
        int oldSize = size;
        List<E> evicted = new ArrayList<>(excess);
        for (int age = 0; age < excess; age++) {
            evicted.add(element(age));
            items[(head + age) % capacity] = null;
        }
        head = (head + excess) % capacity;
        size -= excess;
        for (E e : kept) {
            items[(head + size) % capacity] = e;
            size++;
        }
        beginChange();
        if (newestFirst) {
            if (excess > 0) {
                Collections.reverse(evicted);
                nextRemove(oldSize - excess, evicted);
            }
            nextAdd(0, kept.size());
        } else {
            if (excess > 0) {
                nextRemove(0, evicted);
            }
            nextAdd(size - kept.size(), size);
        }
        endChange();
        return excess + batch.size() - kept.size();
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
        beginChange();
        nextRemove(0, before);
        endChange();
    }
}
