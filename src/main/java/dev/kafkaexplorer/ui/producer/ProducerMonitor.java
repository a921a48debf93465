package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.produce.LatencyHistogram;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.chart.XYChart;
import javafx.util.Duration;

/**
 * Reads a running {@link ProducerLoop}'s counters four times a second on the FX thread (atomic
 * reads only, no waiting) and turns them into the panel's figures and its one-minute rate chart.
 */
final class ProducerMonitor {

    static final int TICKS_PER_SECOND = 4;
    static final int CHART_SECONDS = 60;

    private final NumberFormat counts = NumberFormat.getIntegerInstance();
    private final ReadOnlyStringWrapper sent = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper acked = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper failed = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProducerLoop.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper chartEnd = new ReadOnlyDoubleWrapper(CHART_SECONDS);
    private final XYChart.Series<Number, Number> rateSeries = new XYChart.Series<>();
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.millis(1000.0 / TICKS_PER_SECOND), e -> tick()));
    /** (elapsed nanos, acked, latency buckets) of the last second's ticks, for rates over one second. */
    private final Deque<ProducerStats> window = new ArrayDeque<>();
    private ProducerLoop loop;
    private int ticks;

    ProducerMonitor() {
        ticker.setCycleCount(Timeline.INDEFINITE);
        rateSeries.setName("acknowledged records/s");
    }

    void watch(ProducerLoop newLoop) {
        loop = newLoop;
        window.clear();
        ticks = 0;
        rateSeries.getData().clear();
        chartEnd.set(CHART_SECONDS);
        lastError.set("");
        // A fresh run must report its own end even if the last run ended in the same state.
        state.set(null);
        ticker.play();
        tick();
    }

    private void tick() {
        if (loop == null) {
            return;
        }
        ProducerStats stats = loop.stats();
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
        var data = rateSeries.getData();
        data.add(new XYChart.Data<>(atSecond, perSecond));
        while (!data.isEmpty() && data.get(0).getXValue().doubleValue() < atSecond - CHART_SECONDS) {
            data.remove(0);
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

    XYChart.Series<Number, Number> rateSeries() {
        return rateSeries;
    }
}
