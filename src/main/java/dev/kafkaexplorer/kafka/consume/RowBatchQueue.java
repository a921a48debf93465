package dev.kafkaexplorer.kafka.consume;

import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Hands rows from the consumer thread to the UI, which drains it once per frame (DESIGN.md §3.4).
 * Holds at most {@code capacity} rows: when the UI falls behind, the oldest queued rows are dropped
 * and counted (the table keeps only the newest {@code capacity} rows anyway), so memory stays
 * bounded. Thread-safe, with one lock per batch, not per row.
 *
 * <p>Batches are queued whole, as arrays, and handed over the same way, not row by row: under a
 * flood a frame takes 100 000 rows, and moving them one at a time through a deque and a list cost
 * the consumer thread a twentieth of its time and the FX thread a third of its refresh.
 */
public final class RowBatchQueue implements RowSink {

    private final int capacity;
    private final Object lock = new Object();
    private ArrayDeque<RecordRow[]> batches = new ArrayDeque<>();
    /** Rows at the start of the first batch already dropped. */
    private int droppedOfFirst;
    private int queuedRows;
    private long dropped;

    public RowBatchQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    @Override
    public void accept(List<RecordRow> batch) {
        // Rows of the batch that would be dropped at once are never queued at all.
        int skip = Math.max(0, batch.size() - capacity);
        // One bulk copy, outside the lock.
        RecordRow[] kept = batch.subList(skip, batch.size()).toArray(new RecordRow[0]);
        synchronized (lock) {
            dropped += skip;
            if (kept.length > 0) {
                batches.addLast(kept);
                queuedRows += kept.length;
            }
            dropOldestBeyondCapacity();
        }
    }

    private void dropOldestBeyondCapacity() {
        while (queuedRows > capacity) {
            int over = queuedRows - capacity;
            int leftOfFirst = batches.getFirst().length - droppedOfFirst;
            int drop = Math.min(over, leftOfFirst);
            if (drop == leftOfFirst) {
                batches.removeFirst();
                droppedOfFirst = 0;
            } else {
                droppedOfFirst += drop;
            }
            queuedRows -= drop;
            dropped += drop;
        }
    }

    /** Takes everything queued, in arrival order; empty when nothing is. */
    public Collection<RecordRow> drain() {
        synchronized (lock) {
            if (queuedRows == 0) {
                return List.of();
            }
            // Swapping the deque keeps the lock short; the consumer fills a new one.
            Collection<RecordRow> taken = new QueuedRows(batches, droppedOfFirst, queuedRows);
            batches = new ArrayDeque<>();
            droppedOfFirst = 0;
            queuedRows = 0;
            return taken;
        }
    }

    /** Rows waiting for the next drain. */
    public int size() {
        synchronized (lock) {
            return queuedRows;
        }
    }

    /** Rows dropped since this queue was made because newer ones pushed them out before a drain. */
    public long droppedBeforeShown() {
        synchronized (lock) {
            return dropped;
        }
    }

    /**
     * Forgets the queued rows (the user cleared the view: they are discarded, not "dropped"). The
     * drop count stays, like every other figure of the run.
     */
    public void clear() {
        synchronized (lock) {
            batches.clear();
            droppedOfFirst = 0;
            queuedRows = 0;
        }
    }

    /** Drained rows: the batches one after another, less those dropped from the first. Read-only. */
    private static final class QueuedRows extends AbstractCollection<RecordRow> {
        private final ArrayDeque<RecordRow[]> batches;
        private final int droppedOfFirst;
        private final int size;

        QueuedRows(ArrayDeque<RecordRow[]> batches, int droppedOfFirst, int size) {
            this.batches = batches;
            this.droppedOfFirst = droppedOfFirst;
            this.size = size;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<RecordRow> iterator() {
            return new Iterator<>() {
                private final Iterator<RecordRow[]> batch = batches.iterator();
                private RecordRow[] current = new RecordRow[0];
                private int next;
                private boolean first = true;

                @Override
                public boolean hasNext() {
                    while (next == current.length) {
                        if (!batch.hasNext()) {
                            return false;
                        }
                        current = batch.next();
                        next = first ? droppedOfFirst : 0;
                        first = false;
                    }
                    return true;
                }

                @Override
                public RecordRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current[next++];
                }
            };
        }
    }
}
