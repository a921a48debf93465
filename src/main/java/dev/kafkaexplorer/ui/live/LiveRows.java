package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.RingBufferList;
import java.util.Collection;
import javafx.collections.ObservableList;

/**
 * The live table's rows: at most {@code capacity}, the oldest evicted first. Newest rows go at
 * the bottom, or at the top when {@code newestOnTop}. A batch arrives once per frame and changes
 * the list once, at a cost that depends on the batch, not on the 100 000 rows kept. FX thread only.
 */
public final class LiveRows {

    private final RingBufferList<RecordRow> rows;
    private long evicted;
    private long received;

    public LiveRows(int capacity) {
        rows = new RingBufferList<>(capacity);
    }

    public ObservableList<RecordRow> rows() {
        return rows;
    }

    /** Adds a batch in arrival order, evicting the oldest rows beyond the capacity. */
    public void append(Collection<RecordRow> batch) {
        received += batch.size();
        evicted += rows.appendAll(batch);
    }

    public void setCapacity(int newCapacity) {
        evicted += rows.setCapacity(newCapacity);
    }

    public int capacity() {
        return rows.capacity();
    }

    public void setNewestOnTop(boolean onTop) {
        rows.setNewestFirst(onTop);
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
