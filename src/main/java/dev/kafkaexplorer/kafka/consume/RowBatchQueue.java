package dev.kafkaexplorer.kafka.consume;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.List;

/**
 * Hands rows from the consumer thread to the UI, which drains it once per frame (DESIGN.md §3.4).
 * Holds at most {@code capacity} rows: when the UI falls behind, the oldest queued rows are dropped
 * and counted (the table keeps only the newest {@code capacity} rows anyway), so memory stays
 * bounded. Thread-safe, with one lock per batch, not per row.
 */
public final class RowBatchQueue implements RowSink {

    private final int capacity;
    private final Object lock = new Object();
    private ArrayDeque<RecordRow> queued = new ArrayDeque<>();
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
        List<RecordRow> kept = batch.subList(skip, batch.size());
        synchronized (lock) {
            dropped += skip;
            int overflow = queued.size() + kept.size() - capacity;
            for (int i = 0; i < overflow; i++) {
                queued.pollFirst();
            }
            dropped += Math.max(0, overflow);
            queued.addAll(kept);
        }
    }

    /**
     * Takes everything queued, in arrival order; empty when nothing is. The rows are handed over
     * as they were queued, not copied: under a flood that is 100 000 rows a refresh, and a copy (and
     * clearing it afterwards) on the FX thread cost a tenth of its refresh.
     */
    public Collection<RecordRow> drain() {
        synchronized (lock) {
            if (queued.isEmpty()) {
                return List.of();
            }
            // Swapping the deque keeps the lock short; the consumer fills a new one.
            ArrayDeque<RecordRow> taken = queued;
            queued = new ArrayDeque<>();
            return taken;
        }
    }

    /** Rows waiting for the next drain. */
    public int size() {
        synchronized (lock) {
            return queued.size();
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
            queued.clear();
        }
    }
}
