package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.ClusterAccess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.RecordDecoding;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.kafka.consume.ConsumeRequest;
import dev.kafkaexplorer.kafka.consume.LiveConsumer;
import dev.kafkaexplorer.kafka.consume.LiveConsumer.State;
import dev.kafkaexplorer.kafka.consume.LiveConsumer.Status;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowDecoding;
import dev.kafkaexplorer.kafka.consume.RowSink;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.kafka.consume.StartPosition;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live table's view-model as a user drives it, without the JavaFX toolkit: manual time, an
 * in-memory row source and record re-reader, and after each command what the screen would show.
 */
class LiveViewModelTest {

    private static final String TOPIC = "orders";
    private static final Duration FRAME_AFTER_FIGURES = Duration.ofMillis(300);
    private static final Duration FILTER_SETTLED = Duration.ofMillis(150);

    /** A real admin client that is never asked anything: a {@link Connection} needs one. */
    private static ClusterAdmin admin;

    private final ManualTicks ticks = new ManualTicks();
    /** Work handed to the workers waits here until the test runs it, in the order it chooses. */
    private final Queue<Runnable> workQueue = new ArrayDeque<>();
    private boolean holdWork;
    private final UiRuntime runtime = new UiRuntime(Runnable::run, work -> {
        if (holdWork) {
            workQueue.add(work);
        } else {
            work.run();
        }
    }, ticks);
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList(
            new TopicSummary(TOPIC, 3, 1, false), new TopicSummary("payments", 1, 1, false));
    private final InMemoryRows source = new InMemoryRows();
    private final InMemoryRecords broker = new InMemoryRecords();
    private final LiveViewModel model = new LiveViewModel(runtime, topics, source, broker, FormatMemory.inMemory());

    @BeforeAll
    static void openAdmin() {
        admin = ClusterAdmin.open(new ConnectionSettings("localhost:1", Duration.ofSeconds(1)), Runnable::run);
    }

    @AfterAll
    static void closeAdmin() {
        admin.close(Duration.ZERO);
    }

    private void connect() {
        connect("cluster-1");
    }

    private void connect(String clusterId) {
        model.connectionProperty().set(new Connection(admin, new ClusterInfo(clusterId, List.of(), 1), false));
    }

    private InMemoryRun started() {
        connect();
        model.startCommand().execute();
        return source.run;
    }

    @Test
    void startIsExecutableOnlyWhenConnectedWithATopicAndValidInputs() {
        assertThat(model.statusProperty().get()).isEqualTo("Choose a topic and press Start.");
        assertThat(model.inputs().topicProperty().get()).isEqualTo(TOPIC);
        assertThat(model.inputs().partitionChoices()).containsExactly("All partitions", "0", "1", "2");
        assertThat(model.startCommand().isExecutable()).as("no connection").isFalse();

        connect();
        assertThat(model.startCommand().isExecutable()).isTrue();
        assertThat(model.pauseCommand().isExecutable()).isFalse();
        assertThat(model.stopCommand().isExecutable()).isFalse();
        assertThat(model.clearCommand().isExecutable()).isTrue();

        model.inputs().capacityTextProperty().set("0");
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Keep: at least 1");
        assertThat(model.inputs().capacityTextProperty().get()).as("kept as typed").isEqualTo("0");
        model.inputs().capacityTextProperty().set("abc");
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Keep: “abc” is not a whole number");
        model.inputs().capacityTextProperty().set("9000000");
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Keep: at most "
                + String.format(java.util.Locale.ROOT, "%,d", LiveInputs.maxCapacity(Runtime.getRuntime().maxMemory())) + ", what the app's memory holds");
        model.inputs().startFromProperty().set(StartChoice.OFFSET);
        model.inputs().startValueProperty().set("-3");
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Offset: at least 0");
        model.inputs().startFromProperty().set(StartChoice.LAST_N);
        model.inputs().startValueProperty().set("0");
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Last N: at least 1");
        model.inputs().startFromProperty().set(StartChoice.LATEST);
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.inputs().capacityTextProperty().set("1_000");
        assertThat(model.inputs().inputErrorProperty().get()).isEmpty();

        model.inputs().topicProperty().set("nope");
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Topic “nope” does not exist.");
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.inputs().topicProperty().set("payments");
        assertThat(model.inputs().partitionChoices()).containsExactly("All partitions", "0");
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void onAReadOnlyProfileReadingWorksButNotAsAGroupWhichWouldCommitOffsets() {
        model.connectionProperty().set(new Connection(admin, new ClusterInfo("c1", List.of(), 1), false,
                ReadOnlyProfiles.PRODUCTION));
        assertThat(model.startCommand().isExecutable()).as("reading without a group").isTrue();

        model.inputs().groupProperty().set("billing");

        assertThat(model.inputs().changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
        assertThat(model.inputs().inputErrorProperty().get()).isEqualTo("Read-only: no group.");
        assertThat(model.inputs().groupProperty().get()).as("the typed group stays").isEqualTo("billing");
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.startOrStopCommand().execute();
        assertThat(source.request).as("a shortcut starts nothing").isNull();

        model.inputs().groupProperty().set("");
        model.startOrStopCommand().execute();
        assertThat(source.request.groupId()).isEmpty();
    }

    @Test
    void startReadsTheChosenInputsAndStartingDisablesItself() {
        connect();
        model.inputs().partitionProperty().set("2");
        model.inputs().startFromProperty().set(StartChoice.EARLIEST);
        model.inputs().groupProperty().set(" audit ");

        model.startCommand().execute();

        ConsumeRequest request = source.request;
        assertThat(request.bootstrapServers()).isEqualTo("localhost:1");
        assertThat(request.topic()).isEqualTo(TOPIC);
        assertThat(request.partition()).hasValue(2);
        assertThat(request.start()).isInstanceOf(StartPosition.Earliest.class);
        assertThat(request.groupId()).hasValue("audit");
        assertThat(model.runningProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Starting…");
        assertThat(model.startCommand().isExecutable()).isFalse();
        assertThat(model.stopCommand().isExecutable()).isTrue();
        assertThat(model.pauseCommand().isExecutable()).isTrue();
    }

    @Test
    void rowsReachTheTableAtTheNextFrameAndTheFiguresCountThem() {
        InMemoryRun run = started();
        run.reading();
        run.send(rows(0, 3, "order"));
        assertThat(tableRows()).as("nothing before a frame").isEmpty();

        ticks.advance(FRAME_AFTER_FIGURES);

        assertThat(tableRows()).extracting(RecordRow::offset).containsExactly(0L, 1L, 2L);
        assertThat(model.statusProperty().get()).isEqualTo("Reading orders");
        assertThat(model.figures().consumedTextProperty().get()).isEqualTo("3");
        assertThat(model.figures().retainedTextProperty().get()).isEqualTo("3");
        assertThat(model.figures().droppedTextProperty().get()).isEqualTo("0");
        assertThat(model.appendedBatchesProperty().get()).isEqualTo(1);

        run.send(rows(3, 5, "order"));
        ticks.advance(Duration.ofSeconds(1));
        assertThat(tableRows()).hasSize(5);
        // 5 records in the 1.3 s since start.
        assertThat(model.figures().rateTextProperty().get()).isEqualTo("4 /s");
        assertThat(model.figures().rateHistory()).hasSize(1);
    }

    @Test
    void whileTheClusterIsUnreachableTheStatusNoLongerSaysReading() {
        InMemoryRun run = started();
        run.reading();
        ticks.advance(FRAME_AFTER_FIGURES);
        assertThat(model.statusProperty().get()).isEqualTo("Reading orders");

        model.clusterUnreachableProperty().set(true);
        ticks.advance(FRAME_AFTER_FIGURES);
        assertThat(model.statusProperty().get())
                .isEqualTo("Cluster unreachable: no records can arrive. Reading goes on when it answers again.");

        model.clusterUnreachableProperty().set(false);
        ticks.advance(FRAME_AFTER_FIGURES);
        assertThat(model.statusProperty().get()).isEqualTo("Reading orders");
    }

    @Test
    void theFilterNarrowsTheRowsOnceTypingPausesAndSaysHowManyMatch() {
        InMemoryRun run = started();
        run.send(rows(0, 3, "order"));
        run.send(rows(3, 5, "payment"));
        ticks.advance(FRAME_AFTER_FIGURES);

        model.filterTextProperty().set("PAYMENT");
        assertThat(tableRows()).as("still typing").hasSize(5);
        ticks.advance(FILTER_SETTLED);
        assertThat(tableRows()).extracting(RecordRow::offset).containsExactly(3L, 4L);
        assertThat(model.figures().matchTextProperty().get()).isEqualTo("2 of 5 match");

        model.regexProperty().set(true);
        assertThat(tableRows()).as("a regular expression is case-sensitive, and applies at once").isEmpty();
        model.filterTextProperty().set("pay.ent");
        ticks.advance(FILTER_SETTLED);
        assertThat(tableRows()).hasSize(2);
        model.filterTextProperty().set("order-[");
        ticks.advance(FILTER_SETTLED);
        assertThat(model.filterErrorProperty().get()).startsWith("Not a valid regular expression");
        assertThat(tableRows()).as("the last valid filter stays").hasSize(2);

        model.filterTextProperty().set("order-(0|2)\\b");
        ticks.advance(FILTER_SETTLED);
        assertThat(model.filterErrorProperty().get()).isEmpty();
        assertThat(tableRows()).extracting(RecordRow::offset).containsExactly(0L, 2L);

        model.filterTextProperty().set("");
        ticks.advance(FILTER_SETTLED);
        assertThat(tableRows()).hasSize(5);
        assertThat(model.figures().matchTextProperty().get()).isEmpty();
    }

    @Test
    void aFilterOverManyRowsMatchesOnAWorkerWithProgressAndRowsArrivingMeanwhileAreTested() {
        InMemoryRun run = started();
        run.send(rows(0, 6_000, "order"));
        run.send(rows(6_000, 6_010, "payment"));
        ticks.advance(FRAME_AFTER_FIGURES);
        assertThat(model.filterProgressProperty().get()).as("no filter running").isEqualTo(-1.0);

        holdWork = true;
        model.filterTextProperty().set("payment");
        ticks.advance(FILTER_SETTLED);
        assertThat(model.filterProgressProperty().get()).as("matching under way, shown").isEqualTo(0.0);
        assertThat(model.figures().matchTextProperty().get()).as("the table unchanged until the answers are in").isEmpty();
        // A record that arrives while the worker matches is tested when the answers are shown.
        run.send(rows(6_010, 6_011, "payment"));
        ticks.advance(FRAME_AFTER_FIGURES);

        holdWork = false;
        List.copyOf(workQueue).forEach(Runnable::run);
        workQueue.clear();
        assertThat(model.filterProgressProperty().get()).as("done").isEqualTo(-1.0);
        assertThat(tableRows()).extracting(RecordRow::offset).hasSize(11).startsWith(6_000L).endsWith(6_010L);
        assertThat(model.figures().matchTextProperty().get())
                .isEqualTo(java.text.NumberFormat.getIntegerInstance().format(11) + " of "
                        + java.text.NumberFormat.getIntegerInstance().format(6_011) + " match");

        // A newer filter wins over an older one still matching.
        holdWork = true;
        model.filterTextProperty().set("order-1");
        ticks.advance(FILTER_SETTLED);
        model.filterTextProperty().set("payment-6010");
        ticks.advance(FILTER_SETTLED);
        holdWork = false;
        List.copyOf(workQueue).forEach(Runnable::run);
        assertThat(tableRows()).extracting(RecordRow::offset).containsExactly(6_010L);
    }

    @Test
    void whileAFilterIsSetArrivingRowsAreMatchedOnAWorkerNotTheFxThreadAndOnlyMatchingOnesShown() throws Exception {
        try (ThreadedView view = new ThreadedView()) {
            InMemoryRun run = view.started();
            run.send(view.rows(0, 2, "order"));
            ticks.frame();
            assertThat(view.tableRows()).as("without a filter, at once").hasSize(2);
            assertThat(view.heldWork).as("and with no worker").isEmpty();

            view.model.filterTextProperty().set("payment");
            ticks.advance(FILTER_SETTLED);
            assertThat(view.tableRows()).isEmpty();
            view.decoding.valueReads.clear();

            run.send(view.rows(2, 4, "payment"));
            run.send(view.rows(4, 6, "order"));
            ticks.frame();
            assertThat(view.tableRows()).as("the batch is being matched").isEmpty();
            run.send(view.rows(6, 7, "payment"));
            ticks.advance(FRAME_AFTER_FIGURES);
            assertThat(view.heldWork).as("one batch in flight; the next waits in the queue").hasSize(1);

            view.releaseWork();
            assertThat(view.tableRows()).extracting(RecordRow::offset).containsExactly(2L, 3L);
            ticks.frame();
            view.releaseWork();
            assertThat(view.tableRows()).extracting(RecordRow::offset).containsExactly(2L, 3L, 6L);
            assertThat(view.decoding.valueReads).as("the arriving rows' values read by the filter, per thread")
                    .containsOnlyKeys(ThreadedView.WORKER).containsEntry(ThreadedView.WORKER, 5);
            ticks.advance(FRAME_AFTER_FIGURES);
            assertThat(view.model.figures().matchTextProperty().get()).isEqualTo("3 of 7 match");
            assertThat(view.model.figures().droppedTextProperty().get()).isEqualTo("0");
        }
    }

    @Test
    void aFilterChangedOrClearedWhileABatchIsMatchedDecidesThatBatchsRows() throws Exception {
        try (ThreadedView view = new ThreadedView()) {
            InMemoryRun run = view.started();
            view.model.filterTextProperty().set("payment");
            ticks.advance(FILTER_SETTLED);
            run.send(view.rows(0, 2, "payment"));
            run.send(view.rows(2, 4, "order"));
            ticks.frame();

            view.model.filterTextProperty().set("ORDER");
            ticks.advance(FILTER_SETTLED);
            view.releaseWorkOnce();
            assertThat(view.tableRows()).as("answers for the earlier filter are not used").isEmpty();
            assertThat(view.heldWork).as("the batch is matched again, on the worker").hasSize(1);
            view.releaseWork();
            assertThat(view.tableRows()).extracting(RecordRow::offset).containsExactly(2L, 3L);
            assertThat(view.decoding.valueReads).as("no arriving row tested on the FX thread")
                    .doesNotContainKey(Thread.currentThread().getName());

            run.send(view.rows(4, 6, "payment"));
            ticks.frame();
            view.model.filterTextProperty().set("");
            ticks.advance(FILTER_SETTLED);
            view.releaseWork();
            assertThat(view.tableRows()).as("the filter cleared: every row, once")
                    .extracting(RecordRow::offset).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        }
    }

    @Test
    void pauseClearAndStopWhileABatchIsMatchedLoseNoRowAndShowNoneTwice() throws Exception {
        try (ThreadedView view = new ThreadedView()) {
            InMemoryRun run = view.started();
            view.model.filterTextProperty().set("payment");
            ticks.advance(FILTER_SETTLED);
            run.send(view.rows(0, 2, "payment"));
            ticks.frame();
            view.model.pauseCommand().execute();
            view.releaseWork();
            assertThat(view.tableRows()).as("paused: the batch read before still arrives").hasSize(2);

            run.send(view.rows(2, 4, "payment"));
            ticks.frame();
            view.model.clearCommand().execute();
            view.releaseWork();
            assertThat(view.tableRows()).as("cleared: the batch being matched is discarded").isEmpty();
            assertThat(view.model.retainedRows()).isEmpty();

            run.send(view.rows(4, 6, "payment"));
            ticks.frame();
            view.model.stopCommand().execute();
            run.send(view.rows(6, 7, "payment"));
            run.status = new Status(State.STOPPED, "Stopped after reading 7 records");
            ticks.advance(FRAME_AFTER_FIGURES);
            assertThat(view.model.runningProperty().get()).as("the batch being matched is not in yet").isTrue();
            view.releaseWork();
            ticks.advance(FRAME_AFTER_FIGURES);
            view.releaseWork();
            ticks.advance(FRAME_AFTER_FIGURES);

            assertThat(view.model.runningProperty().get()).isFalse();
            assertThat(view.tableRows()).extracting(RecordRow::offset).containsExactly(4L, 5L, 6L);
            assertThat(view.model.figures().matchTextProperty().get()).isEqualTo("3 of 3 match");
            assertThat(view.model.figures().droppedTextProperty().get()).isEqualTo("0");
            assertThat(view.model.figures().consumedTextProperty().get()).isEqualTo("7");
        }
    }

    @Test
    void aSmallerRowLimitEvictsTheOldestRowsAndCountsThemAsDropped() {
        InMemoryRun run = started();
        run.send(rows(0, 5, "order"));
        ticks.advance(FRAME_AFTER_FIGURES);

        model.inputs().capacityTextProperty().set("2");
        assertThat(tableRows()).as("not per keystroke").hasSize(5);
        model.applyCapacity();

        assertThat(tableRows()).extracting(RecordRow::offset).containsExactly(3L, 4L);
        assertThat(model.figures().retainedTextProperty().get()).isEqualTo("2");
        assertThat(model.figures().droppedTextProperty().get()).isEqualTo("3");
        assertThat(model.figures().consumedTextProperty().get()).isEqualTo("5");
    }

    @Test
    void pauseAndResumeReachTheConsumer() {
        InMemoryRun run = started();

        model.pauseCommand().execute();
        assertThat(model.pausedProperty().get()).isTrue();
        assertThat(run.paused).isTrue();

        model.pauseCommand().execute();
        assertThat(model.pausedProperty().get()).isFalse();
        assertThat(run.paused).isFalse();
    }

    @Test
    void clearEmptiesTheTableAndTheDetailButKeepsTheConsumedCount() {
        InMemoryRun run = started();
        run.send(rows(0, 4, "order"));
        ticks.advance(FRAME_AFTER_FIGURES);
        model.select(tableRows().get(1));
        run.send(rows(4, 6, "order"));

        model.clearCommand().execute();
        ticks.advance(FRAME_AFTER_FIGURES);

        assertThat(tableRows()).as("queued rows are discarded too").isEmpty();
        assertThat(model.figures().consumedTextProperty().get()).isEqualTo("6");
        assertThat(model.figures().retainedTextProperty().get()).isEqualTo("0");
        assertThat(model.figures().droppedTextProperty().get()).isEqualTo("0");
        assertThat(model.detail().detailProperty().get()).isNull();
        assertThat(model.detail().messageProperty().get()).isEqualTo("Select a row to see the whole record.");
    }

    @Test
    void theDetailOfARetainedRowComesFromItsOwnBytes() {
        InMemoryRun run = started();
        run.send(rows(0, 2, "order"));
        ticks.advance(FRAME_AFTER_FIGURES);

        model.select(tableRows().get(1));

        RecordDetail detail = model.detail().detailProperty().get();
        assertThat(detail.valueKind()).startsWith("JSON");
        assertThat(detail.valueText()).contains("\"kind\" : \"order\"");
        assertThat(detail.metadata()).startsWith("Partition 0 · offset 1");
        assertThat(model.detail().messageProperty().get()).isEmpty();
        assertThat(broker.fetches).isZero();

        model.select(null);
        assertThat(model.detail().detailProperty().get()).isNull();
        assertThat(model.detail().messageProperty().get()).isEqualTo("Select a row to see the whole record.");
    }

    @Test
    void aRowThatKeptOnlyAPreviewIsReReadWholeFromTheClusterItCameFrom() {
        InMemoryRun run = started();
        byte[] big = bigValue();
        run.send(List.of(RecordRow.of(new ConsumerRecord<>(TOPIC, 1, 7L, "big".getBytes(StandardCharsets.UTF_8), big))));
        ticks.advance(FRAME_AFTER_FIGURES);
        broker.records.add(new ConsumerRecord<>(TOPIC, 1, 7L, "big".getBytes(StandardCharsets.UTF_8), big));
        RecordRow row = tableRows().get(0);
        assertThat(row.valueRetained()).isFalse();

        holdWork = true;
        model.select(row);
        assertThat(model.detail().messageProperty().get()).isEqualTo("Reading the whole record from the broker…");
        runHeldWork();

        assertThat(broker.lastServers).isEqualTo("localhost:1");
        assertThat(model.detail().detailProperty().get().valueKind()).isEqualTo("JSON, " + big.length + " bytes");
        assertThat(model.detail().detailProperty().get().valueText()).contains("x".repeat(5_000));
        assertThat(model.detail().messageProperty().get()).isEmpty();
    }

    @Test
    void aMultiMegabyteValueIsCutForDisplayWithALineSayingSoAndSaveWritesItWhole(@TempDir Path dir) throws Exception {
        InMemoryRun run = started();
        byte[] huge = ("{\"blob\":\"" + "y".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        run.send(List.of(RecordRow.of(new ConsumerRecord<>(TOPIC, 1, 9L, null, huge))));
        ticks.advance(FRAME_AFTER_FIGURES);
        broker.records.add(new ConsumerRecord<>(TOPIC, 1, 9L, null, huge));

        model.select(tableRows().get(0));

        RecordDetail detail = model.detail().detailProperty().get();
        assertThat(detail.valueShown()).hasSize(RecordDetail.SHOWN_CHARS);
        assertThat(detail.valueText()).hasSizeGreaterThan(3 * 1024 * 1024);
        assertThat(model.detail().valueNoteProperty().get()).isEqualTo("Cut for display: the first 65,536 of "
                + String.format(java.util.Locale.ROOT, "%,d", detail.valueText().length())
                + " characters. Copy and Save take the whole value.");

        Path file = dir.resolve("value.json");
        model.detail().saveValue(file).join();
        assertThat(Files.readAllBytes(file)).isEqualTo(huge);
        assertThat(model.detail().valueNoteProperty().get()).endsWith("\nSaved the value (3.0 MiB (3,145,739 bytes)) to " + file + ".");

        model.detail().saveValue(dir.resolve("no-such-dir").resolve("value.json"));
        assertThat(model.detail().valueNoteProperty().get()).contains("Not saved: java.nio.file.NoSuchFileException");
    }

    @Test
    void aRecordThatCannotBeReReadSaysWhy() {
        InMemoryRun run = started();
        run.send(List.of(bigRow(1, 7L), bigRow(1, 8L)));
        ticks.advance(FRAME_AFTER_FIGURES);

        model.select(tableRows().get(0));
        assertThat(model.detail().detailProperty().get()).isNull();
        assertThat(model.detail().messageProperty().get()).contains("The record is no longer on the broker (deleted by retention?)");

        broker.failure = new KafkaFailure("Not authorized to read topic orders.", null);
        model.select(tableRows().get(1));
        assertThat(model.detail().detailProperty().get()).isNull();
        assertThat(model.detail().messageProperty().get()).isEqualTo("Not authorized to read topic orders.");
    }

    @Test
    void anAnswerForAnEarlierSelectionIsDroppedWhenANewerOneCame() {
        InMemoryRun run = started();
        run.send(List.of(bigRow(0, 1L)));
        run.send(rows(2, 3, "order"));
        ticks.advance(FRAME_AFTER_FIGURES);
        broker.records.add(new ConsumerRecord<>(TOPIC, 0, 1L, null, "{\"old\":true}".getBytes(StandardCharsets.UTF_8)));

        holdWork = true;
        model.select(tableRows().get(0));
        model.select(tableRows().get(1));
        Runnable oldRead = workQueue.remove();
        Runnable newRead = workQueue.remove();
        newRead.run();
        oldRead.run();

        assertThat(model.detail().detailProperty().get().metadata()).contains("offset 2");
        assertThat(model.detail().messageProperty().get()).isEmpty();
    }

    @Test
    void stopEndsTheRunOnceTheConsumerHasStoppedAndItsLastRowsAreIn() {
        InMemoryRun run = started();
        run.send(rows(0, 2, "order"));
        ticks.advance(FRAME_AFTER_FIGURES);

        model.stopCommand().execute();
        assertThat(run.stopRequested).isTrue();
        run.send(rows(2, 3, "order"));
        run.status = new Status(State.STOPPED, "Stopped after reading 3 records");
        ticks.advance(FRAME_AFTER_FIGURES);
        assertThat(tableRows()).hasSize(3);
        ticks.advance(FRAME_AFTER_FIGURES);

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Stopped after reading 3 records");
        assertThat(model.figures().consumedTextProperty().get()).isEqualTo("3");
        assertThat(model.figures().rateTextProperty().get()).isEqualTo("–");
        assertThat(model.startCommand().isExecutable()).isTrue();
        assertThat(model.stopCommand().isExecutable()).isFalse();
        assertThat(model.pauseCommand().isExecutable()).isFalse();
    }

    @Test
    void aFailedConsumerEndsTheRunWithItsReason() {
        InMemoryRun run = started();
        model.pauseCommand().execute();

        run.status = new Status(State.FAILED, "Not authorized to read topic orders.");
        ticks.advance(FRAME_AFTER_FIGURES);

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.pausedProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Not authorized to read topic orders.");
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void switchingClustersStopsTheRun() {
        InMemoryRun run = started();

        connect("cluster-2");

        assertThat(run.stopRequested).isTrue();
    }

    @Test
    void aFloodReachesTheTableAtMostFourTimesASecondAndWhole() {
        InMemoryRun run = started();
        ticks.advance(FRAME_AFTER_FIGURES);
        run.send(rows(0, 600, "order"));
        ticks.frame();
        assertThat(tableRows()).hasSize(600);

        run.send(rows(600, 1_200, "order"));
        ticks.advance(Duration.ofMillis(16));
        assertThat(tableRows()).as("a flood waits for the refresh").hasSize(600);
        ticks.advance(Duration.ofMillis(200));
        assertThat(tableRows()).as("a quarter of a second after the last refresh, not a tenth").hasSize(600);
        ticks.advance(Duration.ofMillis(50));
        assertThat(tableRows()).hasSize(1_200);
        assertThat(model.figures().droppedTextProperty().get()).isEqualTo("0");
    }

    private List<RecordRow> tableRows() {
        return List.copyOf(model.tableRowsProperty().get());
    }

    private void runHeldWork() {
        while (!workQueue.isEmpty()) {
            workQueue.remove().run();
        }
    }

    private static List<RecordRow> rows(int from, int to, String kind) {
        return IntStream.range(from, to).mapToObj(i -> RecordRow.of(new ConsumerRecord<>(TOPIC, 0, i,
                (kind + "-" + i).getBytes(StandardCharsets.UTF_8),
                ("{\"kind\":\"" + kind + "\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)))).toList();
    }

    private static byte[] bigValue() {
        return ("{\"blob\":\"" + "x".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static RecordRow bigRow(int partition, long offset) {
        return RecordRow.of(new ConsumerRecord<>(TOPIC, partition, offset, null, bigValue()));
    }

    /**
     * A live view whose worker is a thread of its own, as in the app: the test thread is its FX
     * thread. Work handed to the worker waits until the test releases it; what the worker hands
     * back to the FX thread runs on the test thread when the test takes it. Rows read their values
     * through a decoding that counts the reads per thread: the filter reads each value it tests.
     */
    private final class ThreadedView implements AutoCloseable {
        static final String WORKER = "live-test-worker";
        final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, WORKER));
        final Queue<Runnable> heldWork = new ArrayDeque<>();
        final Queue<Runnable> fxWork = new ConcurrentLinkedQueue<>();
        final CountingDecoding decoding = new CountingDecoding();
        final InMemoryRows source = new InMemoryRows();
        final LiveViewModel model = new LiveViewModel(new UiRuntime(
                work -> {
                    if (Thread.currentThread().getName().equals(WORKER)) {
                        fxWork.add(work);
                    } else {
                        work.run();
                    }
                }, heldWork::add, ticks), topics, source, broker, FormatMemory.inMemory());
        private final RowDecoding rowDecoding = new RowDecoding(decoding, RecordFormat.STRING, RecordFormat.STRING, false);

        InMemoryRun started() {
            model.connectionProperty().set(new Connection(admin, new ClusterInfo("cluster-1", List.of(), 1), false));
            model.startCommand().execute();
            source.run.reading();
            return source.run;
        }

        List<RecordRow> rows(int from, int to, String kind) {
            return IntStream.range(from, to).mapToObj(i -> RecordRow.of(new ConsumerRecord<>(TOPIC, 0, i,
                    (kind + "-" + i).getBytes(StandardCharsets.UTF_8),
                    ("{\"kind\":\"" + kind + "\"}").getBytes(StandardCharsets.UTF_8)), rowDecoding)).toList();
        }

        List<RecordRow> tableRows() {
            return List.copyOf(model.tableRowsProperty().get());
        }

        /** Runs the oldest held work on the worker thread, then what it handed back, on this thread. */
        void releaseWorkOnce() throws Exception {
            worker.submit(heldWork.remove()).get(10, TimeUnit.SECONDS);
            while (!fxWork.isEmpty()) {
                fxWork.remove().run();
            }
        }

        /** Releases held work until none is left. */
        void releaseWork() throws Exception {
            while (!heldWork.isEmpty()) {
                releaseWorkOnce();
            }
        }

        @Override
        public void close() {
            worker.shutdownNow();
        }
    }

    /** Reads keys and values as text; counts the value reads per thread. */
    private static final class CountingDecoding implements RecordDecoding {
        final Map<String, Integer> valueReads = new ConcurrentHashMap<>();

        @Override
        public void prepare(byte[] key, byte[] value) {
        }

        @Override
        public Decoded key(byte[] key) {
            return new Decoded(new String(key, StandardCharsets.UTF_8), false, "text", null, null);
        }

        @Override
        public Decoded value(byte[] value) {
            valueReads.merge(Thread.currentThread().getName(), 1, Integer::sum);
            return new Decoded(new String(value, StandardCharsets.UTF_8), true, "text", null, null);
        }

        @Override
        public SchemaRef valueSchema(byte[] value) {
            return null;
        }

        @Override
        public SchemaRef keySchema(byte[] key) {
            return null;
        }
    }

    /** Starts in-memory runs; the test hands their rows over as the consumer thread would. */
    private static final class InMemoryRows implements RowSource {
        ConsumeRequest request;
        InMemoryRun run;

        @Override
        public Run start(ConsumeRequest request, RowSink sink) {
            this.request = request;
            this.run = new InMemoryRun(sink);
            return run;
        }
    }

    /** One run: its rows are whatever the test sends, its status whatever the test sets. */
    private static final class InMemoryRun implements RowSource.Run {
        private final RowSink sink;
        private long consumed;
        boolean paused;
        boolean stopRequested;
        Status status = new Status(State.STARTING, "Connecting to localhost:1…");

        InMemoryRun(RowSink sink) {
            this.sink = sink;
        }

        void reading() {
            status = new Status(State.RUNNING, "Reading " + TOPIC);
        }

        void send(List<RecordRow> batch) {
            consumed += batch.size();
            sink.accept(batch);
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
        }

        @Override
        public void stop() {
            stopRequested = true;
        }

        @Override
        public boolean awaitStopped(Duration timeout) {
            return true;
        }

        @Override
        public long consumed() {
            return consumed;
        }

        @Override
        public LiveConsumer.Status status() {
            return status;
        }
    }

    /** The records a re-read finds, by topic, partition and offset; or the failure it meets. */
    private static final class InMemoryRecords implements WholeRecordFetcher {
        final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        RuntimeException failure;
        String lastServers;
        int fetches;

        @Override
        public Optional<ConsumerRecord<byte[], byte[]>> fetch(ClusterAccess access, String topic, int partition,
                                                              long offset, Duration timeout) {
            fetches++;
            lastServers = access.bootstrapServers();
            if (failure != null) {
                throw failure;
            }
            return records.stream().filter(r -> r.topic().equals(topic) && r.partition() == partition && r.offset() == offset)
                    .findFirst();
        }
    }

    @Test
    void theRowsKeptAreBoundedByWhatTheAppsHeapHolds() {
        // The app's 512 MB heap holds about 260 000 rows of 1 KiB; a large heap keeps the old limit.
        assertThat(LiveInputs.maxCapacity(512L << 20)).isEqualTo(262_144);
        assertThat(LiveInputs.maxCapacity(64L << 30)).isEqualTo(5_000_000);
    }
}
