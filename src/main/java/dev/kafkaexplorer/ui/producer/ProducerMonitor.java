package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.produce.LatencyHistogram;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Run;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Reads a running producer's counters four times a second on the FX thread (atomic reads only, no
 * waiting) and turns them into the panel's figures and the points of its one-minute rate chart.
 */
final class ProducerMonitor {

    static final int TICKS_PER_SECOND = 4;
    static final int CHART_SECONDS = 60;

    /** One point of the rate chart: acknowledged records per second at a second of the run. */
    record RatePoint(double second, double perSecond) {
    }

    private final NumberFormat counts = NumberFormat.getIntegerInstance();
    private final ReadOnlyStringWrapper sent = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper acked = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper failed = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProducerLoop.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper chartEnd = new ReadOnlyDoubleWrapper(CHART_SECONDS);
    private final ObservableList<RatePoint> ratePoints = FXCollections.observableArrayList();
    private final TickSource.Ticker ticker;
    /** (elapsed nanos, acked, latency buckets) of the last second's ticks, for rates over one second. */
    private final Deque<ProducerStats> window = new ArrayDeque<>();
    private Run run;
    private int ticks;

    ProducerMonitor(TickSource tickSource) {
        ticker = tickSource.every(Duration.ofMillis(1000 / TICKS_PER_SECOND), this::tick);
    }

    void watch(Run newRun) {
        run = newRun;
        window.clear();
        ticks = 0;
        ratePoints.clear();
        chartEnd.set(CHART_SECONDS);
        lastError.set("");
        // A fresh run must report its own end even if the last run ended in the same state.
        state.set(null);
        ticker.start();
        tick();
    }

    private void tick() {
        if (run == null) {
            return;
        }
        ProducerStats stats = run.stats();
        sent.set(counts.format(stats.sent()));
        acked.set(counts.format(stats.acked()));
        failed.set(counts.format(stats.failed()));
        lastError.set(stats.lastError());
        window.addLast(stats);
        if (window.size() > TICKS_PER_SECOND + 1) {
            window.removeFirst();
        }
        ProducerStats oldest = window.peekFirst();
        double seconds = (stats.elapsedNanos() - oldest.elapsedNanos()) / 1e9;
        double perSecond = seconds > 0 ? (stats.acked() - oldest.acked()) / seconds : 0;
        if (seconds > 0) {
            rate.set(counts.format(Math.round(perSecond)) + " /s");
        }
        double p50 = LatencyHistogram.percentileMillis(oldest.latencyBuckets(), stats.latencyBuckets(), 0.50);
        double p99 = LatencyHistogram.percentileMillis(oldest.latencyBuckets(), stats.latencyBuckets(), 0.99);
        latency.set(Double.isNaN(p50) ? "–" : millis(p50) + " / " + millis(p99) + " ms");
        if (++ticks % TICKS_PER_SECOND == 0) {
            addChartPoint(stats.elapsedNanos() / 1e9, perSecond);
        }
        boolean over = stats.state() == ProducerLoop.State.FINISHED || stats.state() == ProducerLoop.State.FAILED;
        state.set(stats.state());
        if (over) {
            ticker.stop();
            rate.set("–");
        }
    }

    private void addChartPoint(double atSecond, double perSecond) {
        ratePoints.add(new RatePoint(atSecond, perSecond));
        while (!ratePoints.isEmpty() && ratePoints.get(0).second() < atSecond - CHART_SECONDS) {
            ratePoints.remove(0);
        }
        chartEnd.set(Math.max(CHART_SECONDS, Math.ceil(atSecond)));
    }

    private static String millis(double ms) {
        return ms < 10 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }

    void stopWatching() {
        ticker.stop();
    }

    ReadOnlyStringProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    ReadOnlyStringProperty ackedProperty() {
        return acked.getReadOnlyProperty();
    }

    ReadOnlyStringProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ProducerLoop.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty chartEndProperty() {
        return chartEnd.getReadOnlyProperty();
    }

    ObservableList<RatePoint> ratePoints() {
        return ratePoints;
    }
}
