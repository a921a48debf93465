package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.ClusterAccess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.produce.LatencyHistogram;
import dev.kafkaexplorer.kafka.produce.ProducerLoop.State;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.producer.ProducerMonitor.RatePoint;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Run;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Spec;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

/**
 * The producer panel's state as a user sees it, without the JavaFX toolkit: workers and the FX
 * thread are the test's thread (or a queue the test runs), time moves when the test says, and the
 * producer run is a fake whose figures the test sets.
 */
class ProducerViewModelTest {

    private static final ProducerCluster NONE = null;
    private static final long[] EMPTY_LATENCIES = new LatencyHistogram().snapshot();

    private final ManualTicks ticks = new ManualTicks();
    /** Work handed to the workers, run when a test says so (for "while starting"); unused by the direct runtime. */
    private final Queue<Runnable> workers = new ArrayDeque<>();
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList(
            new TopicSummary("orders", 3, 1, false), new TopicSummary("__consumer_offsets", 50, 1, true));
    private final List<NewTopicRequest> created = new ArrayList<>();
    private final ProducerCluster cluster = new ProducerCluster(ClusterAccess.plaintext("localhost:9092"), 1, request -> {
        created.add(request);
        return CompletableFuture.completedFuture(null);
    });
    private final FakeStarter starter = new FakeStarter();
    private int topicRefreshes;

    private ProducerViewModel model(UiRuntime runtime) {
        ProducerViewModel model = new ProducerViewModel(runtime, topics, () -> topicRefreshes++, starter);
        model.clusterProperty().set(cluster);
        return model;
    }

    private ProducerViewModel model() {
        return model(ticks.runtime());
    }

    @Test
    void startIsExecutableOnlyWhileConnectedWithAValidForm() {
        ProducerViewModel model = model();
        assertThat(model.topicProperty().get()).isEqualTo("orders");
        assertThat(model.topicNames()).containsExactly("orders");
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();
        assertThat(model.stopCommand().isExecutable()).isFalse();

        model.clusterProperty().set(NONE);
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.clusterProperty().set(cluster);
        model.topicProperty().set(" ");
        assertThat(model.startCommand().isExecutable()).isFalse();
    }

    @Test
    void badNumbersAreRefusedInWordsNextToTheirFieldAndDisableStart() {
        ProducerViewModel model = model();
        RunSettings settings = model.settings();
        model.rateProperty().set("abc");
        assertThat(settings.rate().errorProperty().get()).isEqualTo("Rate: “abc” is not a number");
        assertThat(model.formErrorProperty().get()).as("the line above Start repeats it").isEqualTo("Rate: “abc” is not a number");
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.rateProperty().set("0");
        assertThat(settings.rate().errorProperty().get()).isEqualTo("Rate: at least 0.1");
        model.rateProperty().set("-3");
        assertThat(settings.rate().errorProperty().get()).isEqualTo("Rate: at least 0.1");
        model.rateProperty().set("20000000");
        assertThat(settings.rate().errorProperty().get()).isEqualTo("Rate: at most 10,000,000");
        assertThat(model.rateProperty().get()).as("kept as typed").isEqualTo("20000000");
        model.maxRateProperty().set(true);
        assertThat(settings.rate().errorProperty().get()).as("moot while max is ticked").isEmpty();
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();

        model.lingerProperty().set("-3");
        assertThat(settings.linger().errorProperty().get()).isEqualTo("Linger (ms): at least 0");
        assertThat(model.formErrorProperty().get()).isEqualTo("Linger (ms): at least 0");
        model.lingerProperty().set("60000");
        assertThat(settings.linger().errorProperty().get())
                .isEqualTo("Linger (ms): at most 15,000, so that a batch leaves within the 30 s delivery timeout");
        model.lingerProperty().set("5");
        model.batchSizeProperty().set("64k");
        assertThat(settings.batchSize().errorProperty().get()).isEqualTo("Batch (bytes): “64k” is not a whole number");
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.batchSizeProperty().set("65536");
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();

        model.stopModeProperty().set(ProducerForm.StopMode.AFTER_RECORDS);
        assertThat(settings.stopValue().errorProperty().get()).isEqualTo("Records to send: enter a whole number 1 or more");
        model.stopValueProperty().set("0");
        assertThat(settings.stopValue().errorProperty().get()).isEqualTo("Records to send: at least 1");
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.stopModeProperty().set(ProducerForm.StopMode.NEVER);
        assertThat(settings.stopValue().errorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();

        model.seedProperty().set("abc");
        assertThat(model.records().seedInput().errorProperty().get()).isEqualTo("Seed: “abc” is not a whole number (empty: a random seed)");
        model.seedProperty().set("");
        model.keyModeProperty().set(ProducerForm.KeyMode.HOT_KEYS);
        model.hotKeyCountProperty().set("0");
        assertThat(model.records().hotKeyCount().errorProperty().get()).isEqualTo("Keys: at least 1");
        model.hotKeySkewProperty().set("11");
        assertThat(model.records().hotKeySkew().errorProperty().get()).isEqualTo("Skew: at most 10");
        assertThat(model.startCommand().isExecutable()).isFalse();
    }

    @Test
    void theDefaultCustomTemplateCanBeStartedAtOnce() {
        // Issue 16, point 3: Start stayed disabled with a valid custom template until the topic was retyped.
        ProducerViewModel model = model(new UiRuntime(Runnable::run, workers::add, ticks));
        model.templateProperty().set(TemplateChoice.CUSTOM);
        assertThat(model.startCommand().isExecutable()).as("while the template is being checked").isFalse();
        runWorkers();
        assertThat(model.customErrorProperty().get()).isEmpty();
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void aBrokenCustomTemplateSaysWhyOnceTypingPauses() {
        ProducerViewModel model = model();
        model.templateProperty().set(TemplateChoice.CUSTOM);
        model.customJsonProperty().set("{ \"id\": ");
        // Being checked: not startable, but no error shown while the user is still typing.
        assertThat(model.startCommand().isExecutable()).isFalse();
        assertThat(model.customErrorProperty().get()).isEmpty();

        ticks.advance(RecordSettings.PARSE_DELAY);
        assertThat(model.customErrorProperty().get()).isNotEmpty();
        assertThat(model.formErrorProperty().get()).isEqualTo(model.customErrorProperty().get());
        assertThat(model.startCommand().isExecutable()).isFalse();

        model.customJsonProperty().set("{ \"city\": \"#{Address.city}\" }");
        ticks.advance(RecordSettings.PARSE_DELAY);
        assertThat(model.customErrorProperty().get()).isEmpty();
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void openingTheScreenShowsSampleRecordsOfTheChosenTemplate() {
        ProducerViewModel model = model();
        assertThat(model.previewProperty().get()).as("no samples before the screen opens").isEmpty();
        model.screenOpened();
        assertThat(model.previewProperty().get()).startsWith("key: ").contains("{");
        assertThat(model.keyFields()).isNotEmpty();

        model.templateProperty().set(TemplateChoice.CUSTOM);
        assertThat(model.previewProperty().get()).contains("\"customer\"", "\"city\"");
        assertThat(model.keyFields()).contains("id", "customer", "city");

        model.seedProperty().set("x");
        assertThat(model.previewProperty().get()).isEqualTo("(fix the fields above to see sample records)");
        assertThat(model.formErrorProperty().get()).isEqualTo("Seed: “x” is not a whole number (empty: a random seed)");
    }

    @Test
    void countersAndRateFollowTheRunAndTheEndIsSummed() {
        ProducerViewModel model = model();
        model.seedProperty().set("42");
        model.startCommand().execute();
        FakeRun run = starter.onlyRun();
        assertThat(starter.specs.get(0).request().topic()).isEqualTo("orders");
        assertThat(starter.specs.get(0).seed()).isEqualTo(42);
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.runMessageProperty().get()).isEqualTo("Streaming to “orders” (seed 42)");
        assertThat(model.startCommand().isExecutable()).isFalse();
        assertThat(model.stopCommand().isExecutable()).isTrue();

        ProducerMonitor figures = model.monitor();
        run.set(State.RUNNING, 1500, 1000, 0);
        ticks.advance(Duration.ofSeconds(1));
        assertThat(figures.sentProperty().get()).isEqualTo(count(1500));
        assertThat(figures.ackedProperty().get()).isEqualTo(count(1000));
        assertThat(figures.failedProperty().get()).isEqualTo("0");
        assertThat(figures.rateProperty().get()).isEqualTo(count(1000) + " /s");
        // A chart point every fourth reading, the first reading being the one at the start.
        assertThat(figures.ratePoints()).containsExactly(new RatePoint(0.75, 1000 / 0.75));

        model.stopCommand().execute();
        assertThat(run.stopRequested).isTrue();
        assertThat(model.runMessageProperty().get()).isEqualTo("Stopping: sending what is buffered…");
        run.set(State.FINISHED, 2000, 1990, 10);
        ticks.advance(Duration.ofMillis(250));
        assertThat(model.runMessageProperty().get())
                .isEqualTo("Finished with failures. Sent " + count(2000) + ", acknowledged " + count(1990) + ", failed 10.");
        assertThat(figures.failedProperty().get()).isEqualTo("10");
        assertThat(figures.rateProperty().get()).isEqualTo("–");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.startCommand().isExecutable()).isTrue();
        assertThat(model.stopCommand().isExecutable()).isFalse();
        assertThat(ticks.anyTimerStarted()).as("the monitor's ticks stop with the run").isFalse();
    }

    @Test
    void aRunStoppedByAnErrorSaysSo() {
        ProducerViewModel model = model();
        model.startCommand().execute();
        starter.onlyRun().set(State.FAILED, 10, 4, 6);
        ticks.advance(Duration.ofMillis(250));
        assertThat(model.runMessageProperty().get()).isEqualTo("Stopped by an error. Sent 10, acknowledged 4, failed 6.");
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void whileTheClusterIsUnreachableTheRunsLineNoLongerSaysStreaming() {
        ProducerViewModel model = model();
        model.startCommand().execute();
        assertThat(model.runMessageProperty().get()).startsWith("Streaming to");

        model.clusterUnreachableProperty().set(true);
        assertThat(model.runMessageProperty().get())
                .isEqualTo("Cluster unreachable: sends wait, then fail. The run sends again once the cluster answers.");
        model.clusterUnreachableProperty().set(false);
        assertThat(model.runMessageProperty().get()).startsWith("Streaming to");

        model.clusterUnreachableProperty().set(true);
        starter.onlyRun().set(State.FINISHED, 3, 3, 0);
        ticks.advance(Duration.ofMillis(250));
        assertThat(model.runMessageProperty().get()).as("a finished run's outcome").startsWith("Finished.");
    }

    @Test
    void aRunStoppedBecauseItsTopicWasDeletedSaysSoInItsEndMessage() {
        ProducerViewModel model = model();
        model.startCommand().execute();
        FakeRun run = starter.onlyRun();
        run.lastError = "Topic 'orders' no longer exists: it was deleted while the run was sending to it.";
        run.set(State.FAILED, 10, 4, 6);
        ticks.advance(Duration.ofMillis(250));
        assertThat(model.runMessageProperty().get()).isEqualTo("Stopped by an error: Topic 'orders' no longer exists:"
                + " it was deleted while the run was sending to it. Sent 10, acknowledged 4, failed 6.");
    }

    @Test
    void stopWhileTheRunIsStillStartingStopsItOnceStarted() {
        ProducerViewModel model = model(new UiRuntime(Runnable::run, workers::add, ticks));
        model.startCommand().execute();
        assertThat(model.runMessageProperty().get()).isEqualTo("Starting…");
        assertThat(model.startCommand().isExecutable()).isFalse();
        assertThat(model.stopCommand().isExecutable()).isTrue();

        model.stopCommand().execute();
        assertThat(model.runMessageProperty().get()).isEqualTo("Stopping: sending what is buffered…");
        runWorkers();
        FakeRun run = starter.onlyRun();
        assertThat(run.stopRequested).isTrue();

        run.set(State.FINISHED, 3, 3, 0);
        ticks.advance(Duration.ofMillis(250));
        assertThat(model.runMessageProperty().get()).isEqualTo("Finished. Sent 3, acknowledged 3, failed 0.");
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void aRunThatCannotStartSaysWhyAndStartCanBeTriedAgain() {
        starter.failure = new KafkaException("Failed to construct kafka producer");
        ProducerViewModel model = model();
        model.startCommand().execute();
        assertThat(model.runMessageProperty().get()).isEqualTo("Could not start: Failed to construct kafka producer");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.startCommand().isExecutable()).isTrue();
        assertThat(model.stopCommand().isExecutable()).isFalse();
    }

    @Test
    void switchingClusterEndsTheRun() {
        ProducerViewModel model = model();
        model.startCommand().execute();
        model.clusterProperty().set(new ProducerCluster(ClusterAccess.plaintext("elsewhere:9092"), 3, request -> CompletableFuture.completedFuture(null)));
        assertThat(starter.onlyRun().stopRequested).isTrue();
        assertThat(model.runMessageProperty().get()).isEqualTo("Stopping: the app switched cluster…");
    }

    @Test
    void aMissingTopicIsOfferedAndCreated() {
        ProducerViewModel model = model();
        model.topicProperty().set("payments");
        assertThat(model.topicMissingProperty().get()).isTrue();
        assertThat(model.topicMessageProperty().get()).isEqualTo("Topic “payments” does not exist yet.");
        assertThat(model.startCommand().isExecutable()).isFalse();

        model.createMissingTopic();
        assertThat(created).containsExactly(new NewTopicRequest("payments", 3, (short) 1, java.util.Map.of()));
        assertThat(model.topicMissingProperty().get()).isFalse();
        assertThat(model.topicMessageProperty().get()).isEmpty();
        assertThat(topicRefreshes).isEqualTo(1);
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void onAReadOnlyProfileStartAndCreatingTheTopicAreRefusedWithTheReason() {
        ProducerViewModel model = model();
        model.clusterProperty().set(new ProducerCluster(cluster.access(), 1, cluster.createTopic(), ReadOnlyProfiles.PRODUCTION));

        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isFalse();
        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
        model.startCommand().execute();
        assertThat(starter.specs).as("a shortcut starts nothing").isEmpty();

        model.topicProperty().set("payments");
        assertThat(model.topicMessageProperty().get())
                .isEqualTo("Topic “payments” does not exist yet. A read-only profile cannot create it.");
        model.createMissingTopic();
        assertThat(created).isEmpty();

        model.clusterProperty().set(cluster);
        model.topicProperty().set("orders");
        assertThat(model.startCommand().isExecutable()).as("a writable cluster again").isTrue();
    }

    @Test
    void closingStopsTheRunAndWaitsForItsFlush() {
        ProducerViewModel model = model();
        model.startCommand().execute();
        Runnable waitForFlush = model.prepareShutdown();
        FakeRun run = starter.onlyRun();
        assertThat(run.stopRequested).isTrue();
        waitForFlush.run();
        assertThat(run.awaited).isTrue();
    }

    private void runWorkers() {
        Runnable work;
        while ((work = workers.poll()) != null) {
            work.run();
        }
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    /** Starts fake runs, or fails as told. */
    private final class FakeStarter implements ProducerRunStarter {
        final List<Spec> specs = new ArrayList<>();
        final List<FakeRun> runs = new ArrayList<>();
        RuntimeException failure;

        @Override
        public Run start(Spec spec) {
            if (failure != null) {
                throw failure;
            }
            specs.add(spec);
            FakeRun run = new FakeRun(ticks.nanoTime());
            runs.add(run);
            return run;
        }

        FakeRun onlyRun() {
            assertThat(runs).hasSize(1);
            return runs.get(0);
        }
    }

    /** A run whose figures the test sets; its clock is the test's. */
    private final class FakeRun implements Run {
        private final long startedAt;
        private State state = State.RUNNING;
        private long sent;
        private long acked;
        private long failed;
        private String lastError = "";
        boolean stopRequested;
        boolean awaited;

        FakeRun(long startedAt) {
            this.startedAt = startedAt;
        }

        void set(State newState, long newSent, long newAcked, long newFailed) {
            state = newState;
            sent = newSent;
            acked = newAcked;
            failed = newFailed;
        }

        @Override
        public ProducerStats stats() {
            return new ProducerStats(state, sent, acked, failed, ticks.nanoTime() - startedAt, lastError, EMPTY_LATENCIES);
        }

        @Override
        public void stop() {
            stopRequested = true;
        }

        @Override
        public boolean awaitFinished(Duration timeout) {
            awaited = true;
            return true;
        }
    }
}
