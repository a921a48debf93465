package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live table's rows: at most {@code capacity}, the oldest evicted first (a ring buffer in
 * effect). Newest rows go at the bottom, or at the top when {@code newestOnTop}. Batches arrive
 * once per frame and change the list with one addition and at most one removal, so the table
 * re-lays out once per frame whatever the record rate. FX thread only.
 */
public final class LiveRows {

    private final ObservableList<RecordRow> rows = FXCollections.observableArrayList();
    private int capacity;
    private boolean newestOnTop;
    private long evicted;
    private long received;

    public LiveRows(int capacity) {
        setCapacity(capacity);
    }

    public ObservableList<RecordRow> rows() {
        return rows;
    }

    /** Adds a batch in arrival order, then evicts the oldest rows beyond the capacity. */
    public void append(List<RecordRow> batch) {
        if (batch.isEmpty()) {
            return;
        }
        received += batch.size();
        List<RecordRow> kept = batch.size() > capacity ? batch.subList(batch.size() - capacity, batch.size()) : batch;
        evicted += batch.size() - kept.size();
        int excess = rows.size() + kept.size() - capacity;
        if (excess > 0) {
            evicted += excess;
            if (newestOnTop) {
                rows.remove(rows.size() - excess, rows.size());
            } else {
                rows.remove(0, excess);
            }
        }
        if (newestOnTop) {
            List<RecordRow> reversed = new ArrayList<>(kept);
            Collections.reverse(reversed);
            rows.addAll(0, reversed);
        } else {
            rows.addAll(kept);
        }
    }

    public void setCapacity(int newCapacity) {
        if (newCapacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        capacity = newCapacity;
        int excess = rows.size() - capacity;
        if (excess > 0) {
            evicted += excess;
            if (newestOnTop) {
                rows.remove(rows.size() - excess, rows.size());
            } else {
                rows.remove(0, excess);
            }
        }
    }

    public int capacity() {
        return capacity;
    }

    /** Switches the order; the existing rows are turned round once. */
    public void setNewestOnTop(boolean onTop) {
        if (onTop != newestOnTop) {
            newestOnTop = onTop;
            FXCollections.reverse(rows);
        }
    }

    public boolean newestOnTop() {
        return newestOnTop;
    }

    /** Rows dropped from view to respect the capacity since the last clear. */
    public long evicted() {
        return evicted;
    }

    /** Rows that reached the table since the view was made, kept or evicted. */
    public long received() {
        return received;
    }

    public void clear() {
        rows.clear();
        evicted = 0;
    }
}
