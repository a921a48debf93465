package dev.kafkaexplorer.ui.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.kafkaexplorer.kafka.produce.LatencyHistogram;
import dev.kafkaexplorer.kafka.produce.ProducerLoop.State;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.producer.ProducerMonitor.RatePoint;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Run;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The running figures, read from a run whose counters grow with the test's clock. */
class ProducerMonitorTest {

    private final ManualTicks ticks = new ManualTicks();
    private final LatencyHistogram latencies = new LatencyHistogram();

    @Test
    void theChartKeepsTheLastMinuteAndItsAxisFollows() {
        ProducerMonitor monitor = new ProducerMonitor(ticks);
        monitor.watch(new SteadyRun(ticks.nanoTime(), 500));
        ticks.advance(Duration.ofSeconds(90));

        var points = monitor.ratePoints();
        RatePoint last = points.get(points.size() - 1);
        assertThat(last.second()).isCloseTo(89.75, offset(1e-9));
        assertThat(points.get(0).second()).isGreaterThanOrEqualTo(last.second() - ProducerMonitor.CHART_SECONDS);
        assertThat(points).hasSize(ProducerMonitor.CHART_SECONDS + 1);
        assertThat(points).allSatisfy(p -> assertThat(p.perSecond()).isCloseTo(500, offset(1.0)));
        assertThat(monitor.chartEndProperty().get()).isEqualTo(90);
        assertThat(monitor.rateProperty().get()).isEqualTo("500 /s");
    }

    @Test
    void latencyShowsTheMedianAndTheSlowestPercentOfTheLastSecond() {
        ProducerMonitor monitor = new ProducerMonitor(ticks);
        monitor.watch(new SteadyRun(ticks.nanoTime(), 100));
        assertThat(monitor.latencyProperty().get()).as("nothing acknowledged yet").isEqualTo("–");
        // Ninety quick acknowledgements and ten slow ones: the median is quick, the 99th percentile slow.
        for (int i = 0; i < 100; i++) {
            latencies.record(i < 90 ? 2_000_000 : 300_000_000);
        }
        ticks.advance(Duration.ofMillis(250));
        String[] parts = monitor.latencyProperty().get().split(" / | ms");
        assertThat(monitor.latencyProperty().get()).endsWith(" ms");
        assertThat(Double.parseDouble(parts[0])).isBetween(2.0, 2.2);
        assertThat(Double.parseDouble(parts[1])).isBetween(300.0, 315.0);
    }

    @Test
    void aNewRunStartsFromEmptyFigures() {
        ProducerMonitor monitor = new ProducerMonitor(ticks);
        monitor.watch(new SteadyRun(ticks.nanoTime(), 1000));
        ticks.advance(Duration.ofSeconds(5));
        assertThat(monitor.ratePoints()).isNotEmpty();

        monitor.watch(new SteadyRun(ticks.nanoTime(), 10));
        assertThat(monitor.ratePoints()).isEmpty();
        assertThat(monitor.ackedProperty().get()).isEqualTo("0");
        assertThat(monitor.chartEndProperty().get()).isEqualTo(ProducerMonitor.CHART_SECONDS);
    }

    /** Acknowledges {@code perSecond} records a second of the test's clock; latencies from the test's histogram. */
    private final class SteadyRun implements Run {
        private final long startedAt;
        private final long perSecond;

        SteadyRun(long startedAt, long perSecond) {
            this.startedAt = startedAt;
            this.perSecond = perSecond;
        }

        @Override
        public ProducerStats stats() {
            long elapsed = ticks.nanoTime() - startedAt;
            long acked = elapsed * perSecond / 1_000_000_000L;
            return new ProducerStats(State.RUNNING, acked, acked, 0, elapsed, "", latencies.snapshot());
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean awaitFinished(Duration timeout) {
            return true;
        }
    }
}
