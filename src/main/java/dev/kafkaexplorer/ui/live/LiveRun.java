package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.consume.ConsumeRequest;
import dev.kafkaexplorer.kafka.consume.LiveConsumer;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowBatchQueue;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.ui.common.TickSource;
import java.time.Duration;
import java.util.Collection;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One reading of a topic at a time: starts it, pauses and stops it, and once per frame moves the
 * rows its consumer queued into the table's rows (DESIGN.md §3.4), until the reading has ended.
 * The frame path allocates nothing when no rows wait: it runs sixty times a second.
 */
final class LiveRun {

    private static final long FIGURES_EVERY_NANOS = 250_000_000L;
    /**
     * More rows waiting at a frame than this is a flood: more than anyone reads as they pass. Then
     * the table takes rows at most every {@link #FLOOD_REFRESH_NANOS}, not every frame: each change
     * of the rows costs the table a layout and a repaint of every row in view (about 6 ms of the FX
     * thread and as much of the renderer's), and on two cores shared with the consumer and the
     * collector such a frame is the one a collector's pause stretches past two frames. Four times
     * a second, not ten: decision 0043.
     */
    private static final int FLOOD_ROWS = 500;
    private static final long FLOOD_REFRESH_NANOS = 250_000_000L;

    private final RowSource source;
    private final LiveRows liveRows;
    /** Tests arriving rows against the filter off the FX thread, while one is set. */
    private final ArrivingRowsMatcher matcher;
    private final TickSource.Ticker pulse;
    /** Called a few times a second while running, to bring the figures up to date. */
    private final Runnable onFiguresDue;
    /** Called once when the reading has ended and its last rows are in. */
    private final Runnable onEnded;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a topic and press Start.");
    private final ReadOnlyLongWrapper appendedBatches = new ReadOnlyLongWrapper();
    /** The connection's heartbeat lost the cluster: a consumer then polls on quietly, reading nothing. */
    private final BooleanProperty clusterUnreachable = new SimpleBooleanProperty(false);

    private RowSource.Run run;
    private RowBatchQueue queue;
    /** The cluster the shown rows came from: large records are re-read there, whatever the connection is now. */
    private ClusterAccess rowsAccess;
    private long lastFiguresNanos;
    private long lastAppendNanos;
    private long droppedInQueueAtClear;
    /** True while a batch joins the rows (the table's selection may then move to another row). */
    private boolean appendingRows;
    /** A drained batch is being matched against the filter: further rows wait in the queue meanwhile. */
    private boolean batchInFlight;
    /** Bumped when the view is cleared or a run starts: a batch matched for the rows before is discarded. */
    private long rowsEpoch;

    LiveRun(TickSource ticks, RowSource source, LiveRows liveRows, ArrivingRowsMatcher matcher, Runnable onFiguresDue,
            Runnable onEnded) {
        this.source = source;
        this.liveRows = liveRows;
        this.matcher = matcher;
        this.onFiguresDue = onFiguresDue;
        this.onEnded = onEnded;
        this.pulse = ticks.everyFrame(this::onFrame);
    }

    /** Empties the rows and starts reading what {@code request} asks for. */
    void start(ConsumeRequest request) {
        liveRows.clear();
        rowsEpoch++;
        rowsAccess = request.access();
        queue = new RowBatchQueue(liveRows.capacity());
        droppedInQueueAtClear = 0;
        run = source.start(request, queue);
        running.set(true);
        paused.set(false);
        status.set("Starting…");
        pulse.start();
    }

    /** Asks the reading to end; the rows stay, and the run ends once the consumer says it has stopped. */
    void stop() {
        if (run != null) {
            run.stop();
        }
    }

    /** Pauses or resumes reading without losing the position. */
    void togglePause() {
        if (run == null || !running.get()) {
            return;
        }
        if (paused.get()) {
            run.resume();
        } else {
            run.pause();
        }
        paused.set(!paused.get());
    }

    /**
     * Forgets the rows still queued, and a batch being matched (the user cleared the view: discarded,
     * not counted as dropped).
     */
    void clearQueue() {
        if (queue != null) {
            queue.clear();
            droppedInQueueAtClear = queue.droppedBeforeShown();
        }
        rowsEpoch++;
    }

    private void onFrame(long now) {
        boolean flood = queue.size() > FLOOD_ROWS;
        Collection<RecordRow> drained;
        if (!batchInFlight && (!flood || now - lastAppendNanos >= FLOOD_REFRESH_NANOS)
                && !(drained = queue.drain()).isEmpty()) {
            takeDrained(drained);
            lastAppendNanos = now;
        }
        if (now - lastFiguresNanos >= FIGURES_EVERY_NANOS) {
            lastFiguresNanos = now;
            onFiguresDue.run();
            followStatus();
        }
    }

    /** Appends {@code drained} once the filter's answers for its rows are known (at once without a filter). */
    private void takeDrained(Collection<RecordRow> drained) {
        long epoch = rowsEpoch;
        batchInFlight = true;
        matcher.match(drained, answered -> {
            batchInFlight = false;
            if (epoch == rowsEpoch) {
                appendDrained(answered);
            }
        });
    }

    private void appendDrained(Collection<RecordRow> drained) {
        appendingRows = true;
        try {
            liveRows.append(drained);
        } finally {
            appendingRows = false;
        }
        appendedBatches.set(appendedBatches.get() + 1);
    }

    /**
     * Shows the consumer's status; once it has stopped or failed, takes its last rows (after any
     * batch being matched), then ends the run.
     */
    private void followStatus() {
        LiveConsumer.Status s = run.status();
        status.set(s.state() == LiveConsumer.State.RUNNING && clusterUnreachable.get()
                ? "Cluster unreachable: no records can arrive. Reading goes on when it answers again." : s.message());
        if (batchInFlight || (s.state() != LiveConsumer.State.STOPPED && s.state() != LiveConsumer.State.FAILED)) {
            return;
        }
        Collection<RecordRow> drained = queue.drain();
        if (!drained.isEmpty()) {
            takeDrained(drained);
            return;
        }
        running.set(false);
        paused.set(false);
        pulse.stop();
        onEnded.run();
    }

    /** For the window closing: stops the reading and returns the wait for it, to run off the FX thread. */
    Runnable prepareShutdown() {
        pulse.stop();
        RowSource.Run current = run;
        if (current == null) {
            return () -> { };
        }
        current.stop();
        return () -> {
            try {
                current.awaitStopped(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Whether a reading was ever started (the figures have a rate and a status only then). */
    boolean started() {
        return run != null;
    }

    /** Records consumed since start. */
    long consumed() {
        return run == null ? 0 : run.consumed();
    }

    /** Rows the queue dropped since the last clear because the table fell behind. */
    long droppedInQueue() {
        return queue == null ? 0 : queue.droppedBeforeShown() - droppedInQueueAtClear;
    }

    /** Rows the queue dropped since start. */
    long droppedBeforeShown() {
        return queue == null ? 0 : queue.droppedBeforeShown();
    }

    ClusterAccess rowsAccess() {
        return rowsAccess;
    }

    boolean appendingRows() {
        return appendingRows;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    BooleanProperty clusterUnreachableProperty() {
        return clusterUnreachable;
    }

    ReadOnlyLongProperty appendedBatchesProperty() {
        return appendedBatches.getReadOnlyProperty();
    }
}
