package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Run;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Spec;
import java.text.NumberFormat;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The life of one producer run at a time: starting it off the FX thread, stopping it (also while
 * it is still starting), and saying how it ended, with its figures from the {@link ProducerMonitor}.
 */
final class ProducerRunControl {

    private static final Logger LOG = LoggerFactory.getLogger(ProducerRunControl.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    private final UiRuntime runtime;
    private final ProducerRunStarter starter;
    private final ProducerMonitor monitor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The connection bar lost the cluster: "Streaming to …" would then be untrue. */
    private final BooleanProperty clusterUnreachable = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private Run run;
    /** Set when Stop (or closing) comes while the run is still being started. */
    private boolean stopWhenStarted;

    ProducerRunControl(UiRuntime runtime, ProducerRunStarter starter) {
        this.runtime = runtime;
        this.starter = starter;
        this.monitor = new ProducerMonitor(runtime.ticks());
        monitor.stateProperty().addListener((obs, old, state) -> stateChanged(state));
        shown.bind(Bindings.createStringBinding(() -> running.get() && clusterUnreachable.get()
                ? "Cluster unreachable: sends wait, then fail. The run sends again once the cluster answers."
                : message.get(), running, clusterUnreachable, message));
    }

    /** Starts a run of {@code spec}; the starter runs on the workers. */
    void start(Spec spec) {
        if (running.get()) {
            return;
        }
        running.set(true);
        run = null;
        stopWhenStarted = false;
        message.set("Starting…");
        String topic = spec.request().topic();
        long seed = spec.seed();
        runtime.whenDone(runtime.onWorker(() -> starter.start(spec)), started -> {
            run = started;
            LOG.info("Producer run started: topic {}, template {}, rate {}, limit {} records / {}", topic,
                    spec.template().id(), spec.request().ratePerSecond().map(r -> r + "/s").orElse("as fast as possible"),
                    spec.request().maxRecords().isPresent() ? spec.request().maxRecords().getAsLong() : "none",
                    spec.request().maxDuration().map(Object::toString).orElse("no time limit"));
            String values = started.valueDescription();
            message.set("Streaming to “" + topic + "”" + (values.isEmpty() ? "" : " as " + values)
                    + (seed == 0 ? "" : " (seed " + seed + ")"));
            monitor.watch(started);
            if (stopWhenStarted) {
                started.stop();
            }
        }, error -> {
            running.set(false);
            message.set("Could not start: " + KafkaErrorText.general(error));
            LOG.warn("Producer run to {} did not start: {}", topic, message.get());
        });
    }

    /** Asks the run to stop, saying why; it flushes on its own thread, the figures show when it is done. */
    void stop(String why) {
        if (!running.get()) {
            return;
        }
        message.set(why);
        if (run != null && run.stats().state() != ProducerLoop.State.FINISHED) {
            run.stop();
        } else {
            stopWhenStarted = true;
        }
    }

    private void stateChanged(ProducerLoop.State state) {
        if (run != null && (state == ProducerLoop.State.FINISHED || state == ProducerLoop.State.FAILED)) {
            running.set(false);
            ProducerStats stats = run.stats();
            LOG.atLevel(state == ProducerLoop.State.FAILED || stats.failed() > 0 ? Level.WARN : Level.INFO)
                    .log("Producer run ended ({}): sent {}, acknowledged {}, failed {}{}", state, stats.sent(),
                            stats.acked(), stats.failed(), stats.lastError().isBlank() ? "" : "; " + stats.lastError());
            message.set(outcome(state, stats) + "Sent " + count(stats.sent()) + ", acknowledged " + count(stats.acked())
                    + ", failed " + count(stats.failed()) + ".");
        }
    }

    /** The run's end in words: a run with failed records must not read as a plain success. */
    private static String outcome(ProducerLoop.State state, ProducerStats stats) {
        if (state == ProducerLoop.State.FAILED) {
            return stats.lastError().isBlank() ? "Stopped by an error. " : "Stopped by an error: " + stats.lastError() + " ";
        }
        return stats.failed() > 0 ? "Finished with failures. " : "Finished. ";
    }

    /** With the locale's grouping, as the counters show it: a toast of "30635" is hard to read. */
    private static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    /**
     * For the window closing: stops a running stream and returns the blocking wait for its flush,
     * to be run off the FX thread before the broker goes away.
     */
    Runnable prepareShutdown() {
        Run current = run;
        monitor.stopWatching();
        stopWhenStarted = true;
        if (current == null) {
            return () -> { };
        }
        current.stop();
        return () -> {
            try {
                current.awaitFinished(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return shown.getReadOnlyProperty();
    }

    BooleanProperty clusterUnreachableProperty() {
        return clusterUnreachable;
    }

    ProducerMonitor monitor() {
        return monitor;
    }
}
