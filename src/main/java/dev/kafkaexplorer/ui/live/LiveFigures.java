package dev.kafkaexplorer.ui.live;

import java.text.NumberFormat;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live view's figures in words: records consumed, rows retained and dropped, how many match
 * the filter, and the rate with its chart of the last minute. Counts of everything consumed are
 * kept apart from the bounded rows, so nothing is silently lost from them (DESIGN.md §3.5).
 */
public final class LiveFigures {

    private static final int RATE_CHART_SECONDS = 60;

    private final NumberFormat counts = NumberFormat.getIntegerInstance();
    private final LiveRows liveRows;
    private final TableLists tableLists;
    private final LiveRun run;
    private final ReadOnlyStringWrapper consumedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper retainedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper droppedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper("");
    private final ObservableList<Double> rateHistory = FXCollections.observableArrayList();
    private long runStartNanos;
    private long lastRateConsumed;
    private long lastRateNanos;
    private long lastChartSecond = -1;

    LiveFigures(LiveRows liveRows, TableLists tableLists, LiveRun run) {
        this.liveRows = liveRows;
        this.tableLists = tableLists;
        this.run = run;
    }

    /** A run starts at {@code nanos}: the rate and its chart begin again. */
    void runStarted(long nanos) {
        runStartNanos = nanos;
        lastRateNanos = nanos;
        lastRateConsumed = 0;
        lastChartSecond = -1;
        rateHistory.clear();
    }

    /** Brings every figure up to date at {@code nanos}; the rate moves on about once a second. */
    void update(long nanos) {
        long consumed = run.consumed();
        consumedText.set(counts.format(consumed));
        retainedText.set(counts.format(liveRows.rows().size()));
        droppedText.set(counts.format(liveRows.evicted() + run.droppedInQueue()));
        updateMatchText();
        if (!run.started()) {
            return;
        }
        double seconds = (nanos - lastRateNanos) / 1e9;
        if (seconds >= 0.9) {
            double perSecond = (consumed - lastRateConsumed) / seconds;
            lastRateNanos = nanos;
            lastRateConsumed = consumed;
            rateText.set(counts.format(Math.round(perSecond)) + " /s");
            long second = (nanos - runStartNanos) / 1_000_000_000L;
            if (second != lastChartSecond) {
                lastChartSecond = second;
                rateHistory.add(perSecond);
                if (rateHistory.size() > RATE_CHART_SECONDS) {
                    rateHistory.remove(0);
                }
            }
        }
    }

    /** The run has ended: no rate any more, and the consumed count as it finished. */
    void runEnded() {
        rateText.set("–");
        consumedText.set(counts.format(run.consumed()));
    }

    void updateMatchText() {
        matchText.set(!tableLists.filtered() ? ""
                : counts.format(tableLists.shown().size()) + " of " + counts.format(liveRows.rows().size()) + " match");
    }

    public ReadOnlyStringProperty consumedTextProperty() {
        return consumedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty retainedTextProperty() {
        return retainedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty droppedTextProperty() {
        return droppedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty matchTextProperty() {
        return matchText.getReadOnlyProperty();
    }

    /** Records per second, one value a second, the last minute. */
    public ObservableList<Double> rateHistory() {
        return rateHistory;
    }
}
