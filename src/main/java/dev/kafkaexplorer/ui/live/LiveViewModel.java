package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.consume.ConsumeRequest;
import dev.kafkaexplorer.kafka.consume.LiveConsumer;
import dev.kafkaexplorer.kafka.consume.RecordFetcher;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowBatchQueue;
import dev.kafkaexplorer.kafka.consume.StartPosition;
import dev.kafkaexplorer.ui.common.FxThread;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and commands of the live table: which topic to read and from where, the bounded rows,
 * the filter, the counters, the detail of the selected record, and export. Rows arrive from the
 * consumer thread through a {@link RowBatchQueue} drained once per frame (DESIGN.md §3.4).
 */
public final class LiveViewModel {

    public static final String ALL_PARTITIONS = "All partitions";
    public static final int DEFAULT_CAPACITY = 100_000;
    private static final int MAX_CAPACITY = 5_000_000;
    private static final long FIGURES_EVERY_NANOS = 250_000_000L;
    /**
     * More rows waiting at a frame than this is a flood: more than anyone reads as they pass. Then
     * the table takes rows at most every {@link #FLOOD_REFRESH_NANOS}, not every frame: each change
     * of the rows costs the table a layout and a repaint of every row in view, and at 60 changes a
     * second that work took the CPU the consumer needs.
     */
    private static final int FLOOD_ROWS = 500;
    private static final long FLOOD_REFRESH_NANOS = 100_000_000L;
    private static final int RATE_CHART_SECONDS = 60;
    /** Rows a following table holds ({@link TableLists}). */
    public static final int FOLLOW_WINDOW_ROWS = TableLists.FOLLOW_WINDOW_ROWS;
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final Executor workers;
    private final Executor fx = FxThread.executor();
    private final NumberFormat counts = NumberFormat.getIntegerInstance();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObservableList<TopicSummary> topics;

    private final StringProperty topic = new SimpleStringProperty("");
    private final ObservableList<String> topicNames = FXCollections.observableArrayList();
    private final ObservableList<String> partitionChoices = FXCollections.observableArrayList(ALL_PARTITIONS);
    private final StringProperty partition = new SimpleStringProperty(ALL_PARTITIONS);
    private final ObjectProperty<StartChoice> startFrom = new SimpleObjectProperty<>(StartChoice.LATEST);
    private final StringProperty startValue = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final StringProperty capacityText = new SimpleStringProperty(String.valueOf(DEFAULT_CAPACITY));
    private final BooleanProperty newestOnTop = new SimpleBooleanProperty(false);
    private final BooleanProperty followTail = new SimpleBooleanProperty(true);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);

    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Choose a topic and press Start.");
    private final ReadOnlyStringWrapper consumedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper retainedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper droppedText = new ReadOnlyStringWrapper("0");
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("–");
    private final ReadOnlyStringWrapper matchText = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper appendedBatches = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<RecordDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper detailMessage = new ReadOnlyStringWrapper("Select a row to see the whole record.");
    private final ObservableList<Double> rateHistory = FXCollections.observableArrayList();
    private final BooleanBinding canStart;

    private final LiveExport export;
    private final LiveRows liveRows = new LiveRows(DEFAULT_CAPACITY);
    private final TableLists tableLists = new TableLists(liveRows, followTail, newestOnTop);
    private final PauseTransition filterDelay = new PauseTransition(javafx.util.Duration.millis(120));
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            onPulse(now);
        }
    };

    private LiveConsumer consumer;
    private RowBatchQueue queue;
    /** The cluster the shown rows came from: large records are re-read there, whatever the connection is now. */
    private String rowsBootstrapServers;
    private long runStartNanos;
    private long lastFiguresNanos;
    private long lastAppendNanos;
    private long lastRateConsumed;
    private long lastRateNanos;
    private long lastChartSecond = -1;
    private long droppedInQueueAtClear;
    private int detailGeneration;
    /** The row the detail pane is for, or null. */
    private RecordRow shownDetailRow;
    /** True while a batch joins the rows (the table's selection may then move to another row). */
    private boolean appendingRows;

    public LiveViewModel(Executor workers, ObservableList<TopicSummary> topics) {
        this.workers = workers;
        this.topics = topics;
        this.export = new LiveExport(workers);
        topics.addListener((ListChangeListener<TopicSummary>) change -> syncTopics());
        topic.addListener((obs, old, now) -> syncPartitions());
        connection.addListener((obs, old, now) -> {
            // A live view belongs to the cluster it was started on: switching clusters ends it.
            if (running.get()) {
                stop();
            }
        });
        syncTopics();
        for (javafx.beans.Observable input : List.<javafx.beans.Observable>of(topic, partition, startFrom, startValue, group, capacityText)) {
            input.addListener(o -> validate());
        }
        filterText.addListener(o -> filterDelay.playFromStart());
        regex.addListener(o -> applyFilter());
        filterDelay.setOnFinished(e -> applyFilter());
        canStart = Bindings.createBooleanBinding(
                () -> connection.get() != null && !running.get() && inputError.get().isEmpty() && !topic.get().isBlank(),
                connection, running, inputError, topic);
        validate();
    }

    private void syncTopics() {
        topicNames.setAll(topics.stream().filter(t -> !t.internal()).map(TopicSummary::name).toList());
        if (topic.get().isBlank() && !topicNames.isEmpty()) {
            topic.set(topicNames.get(0));
        }
        syncPartitions();
    }

    private void syncPartitions() {
        int count = topics.stream().filter(t -> t.name().equals(topic.get().trim()))
                .mapToInt(TopicSummary::partitions).findFirst().orElse(0);
        List<String> choices = new ArrayList<>();
        choices.add(ALL_PARTITIONS);
        for (int p = 0; p < count; p++) {
            choices.add(String.valueOf(p));
        }
        String chosen = partition.get();
        partitionChoices.setAll(choices);
        partition.set(choices.contains(chosen) ? chosen : ALL_PARTITIONS);
    }

    private void validate() {
        String error = "";
        try {
            startPosition();
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (error.isEmpty() && capacity().isEmpty()) {
            error = "Keep: a number of rows between 1 and " + counts.format(MAX_CAPACITY);
        }
        if (error.isEmpty() && !topic.get().isBlank() && !topicNames.isEmpty() && !topicNames.contains(topic.get().trim())) {
            error = "Topic “" + topic.get().trim() + "” does not exist.";
        }
        inputError.set(error);
    }

    private StartPosition startPosition() {
        return startFrom.get().position(startValue.get(), ZoneId.systemDefault());
    }

    private Optional<Integer> capacity() {
        try {
            int n = Integer.parseInt(capacityText.get().trim().replace("_", "").replace(",", ""));
            return n >= 1 && n <= MAX_CAPACITY ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Applies the typed row limit: on Enter or leaving the field, never per keystroke (a shrink evicts rows for good). */
    public void applyCapacity() {
        capacity().ifPresent(n -> {
            liveRows.setCapacity(n);
            updateFigures(System.nanoTime());
        });
    }

    private void applyFilter() {
        RowFilter filter = RowFilter.of(filterText.get(), regex.get());
        filterError.set(filter.error());
        if (!filter.error().isEmpty()) {
            return;
        }
        tableLists.filter(filter.predicate());
        updateMatchText();
    }

    /**
     * True while the table's items are being replaced, or while a batch joins them: its selection
     * then goes and comes back, or moves to whichever row takes the selected row's place (a
     * TableView keeps the selected index when rows leave the top and others join the bottom).
     */
    public boolean changingTableRows() {
        return tableLists.swapping() || appendingRows;
    }

    /** The row the detail pane is for, or null. */
    public RecordRow detailRow() {
        return shownDetailRow;
    }

    /** Starts reading with the chosen topic, partition and start position. */
    public void start() {
        Connection current = connection.get();
        if (!canStart.get() || current == null) {
            return;
        }
        String chosenPartition = partition.get();
        ConsumeRequest request = new ConsumeRequest(current.admin().settings().bootstrapServers(), topic.get().trim(),
                chosenPartition == null || chosenPartition.equals(ALL_PARTITIONS)
                        ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(chosenPartition)),
                startPosition(), group.get().isBlank() ? Optional.empty() : Optional.of(group.get().trim()));
        liveRows.clear();
        rowsBootstrapServers = request.bootstrapServers();
        queue = new RowBatchQueue(liveRows.capacity());
        droppedInQueueAtClear = 0;
        consumer = new LiveConsumer(request, queue).start();
        running.set(true);
        paused.set(false);
        runStartNanos = System.nanoTime();
        lastRateNanos = runStartNanos;
        lastRateConsumed = 0;
        lastChartSecond = -1;
        rateHistory.clear();
        status.set("Starting…");
        pulse.start();
    }

    /** Stops reading; the rows stay. */
    public void stop() {
        if (consumer != null) {
            consumer.stop();
        }
    }

    /** Pauses or resumes reading without losing the position. */
    public void togglePause() {
        if (consumer == null || !running.get()) {
            return;
        }
        if (paused.get()) {
            consumer.resume();
        } else {
            consumer.pause();
        }
        paused.set(!paused.get());
    }

    /** Empties the table; the consumed count since start stays. */
    public void clear() {
        if (queue != null) {
            queue.clear();
            droppedInQueueAtClear = queue.droppedBeforeShown();
        }
        liveRows.clear();
        shownDetailRow = null;
        detailGeneration++;
        detail.set(null);
        detailMessage.set("Select a row to see the whole record.");
        updateFigures(System.nanoTime());
    }

    private void onPulse(long now) {
        boolean flood = queue != null && queue.size() > FLOOD_ROWS;
        Collection<RecordRow> drained;
        if (queue != null && (!flood || now - lastAppendNanos >= FLOOD_REFRESH_NANOS) && !(drained = queue.drain()).isEmpty()) {
            appendDrained(drained);
            lastAppendNanos = now;
        }
        if (now - lastFiguresNanos >= FIGURES_EVERY_NANOS) {
            lastFiguresNanos = now;
            updateFigures(System.nanoTime());
        }
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

    private void updateFigures(long nanos) {
        long consumed = consumer == null ? 0 : consumer.consumed();
        consumedText.set(counts.format(consumed));
        retainedText.set(counts.format(liveRows.rows().size()));
        long droppedInQueue = queue == null ? 0 : queue.droppedBeforeShown() - droppedInQueueAtClear;
        droppedText.set(counts.format(liveRows.evicted() + droppedInQueue));
        updateMatchText();
        if (consumer == null) {
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
        LiveConsumer.Status s = consumer.status();
        status.set(s.message());
        if (s.state() == LiveConsumer.State.STOPPED || s.state() == LiveConsumer.State.FAILED) {
            Collection<RecordRow> drained = queue.drain();
            if (!drained.isEmpty()) {
                appendDrained(drained);
                return;
            }
            running.set(false);
            paused.set(false);
            rateText.set("–");
            pulse.stop();
            consumedText.set(counts.format(consumer.consumed()));
        }
    }

    private void updateMatchText() {
        matchText.set(!tableLists.filtered() ? ""
                : counts.format(tableLists.shown().size()) + " of " + counts.format(liveRows.rows().size()) + " match");
    }

    /** Shows the whole record of {@code row} in the detail pane, re-reading it when the row kept only a preview. */
    public void select(RecordRow row) {
        if (row != null && row == shownDetailRow) {
            // Selected again after the table changed lists (window to all rows or back): the pane
            // keeps what it shows rather than emptying and re-reading it.
            return;
        }
        shownDetailRow = row;
        int generation = ++detailGeneration;
        if (row == null) {
            detail.set(null);
            detailMessage.set("Select a row to see the whole record.");
            return;
        }
        String servers = rowsBootstrapServers;
        detailMessage.set(row.valueRetained() ? "" : "Reading the whole record from the broker…");
        CompletableFuture.supplyAsync(() -> {
            if (row.valueRetained()) {
                return RecordDetail.of(row, row.key(), row.value());
            }
            var whole = RecordFetcher.fetch(servers, row.topic(), row.partition(),
                    row.offset(), FETCH_TIMEOUT).orElseThrow(() -> new IllegalStateException(
                    "The record is no longer on the broker (deleted by retention?)"));
            return RecordDetail.of(row, whole.key(), whole.value());
        }, workers).whenCompleteAsync((shown, error) -> {
            if (generation != detailGeneration) {
                return;
            }
            detail.set(error == null ? shown : null);
            detailMessage.set(error == null ? "" : KafkaErrorText.general(error));
        }, fx);
    }

    /** Writes the rows now shown (filtered or all) to {@code file}, off the FX thread, with progress. */
    public void export(Path file, RowExporter.Format format) {
        export.start(List.copyOf(tableLists.shown()), rowsBootstrapServers, file, format);
    }

    /** For the window closing: stops the consumer and returns the wait for its thread, to run off the FX thread. */
    public Runnable prepareShutdown() {
        pulse.stop();
        LiveConsumer current = consumer;
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

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ObservableList<String> topicNames() {
        return topicNames;
    }

    public ObservableList<String> partitionChoices() {
        return partitionChoices;
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public ObjectProperty<StartChoice> startFromProperty() {
        return startFrom;
    }

    public StringProperty startValueProperty() {
        return startValue;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty capacityTextProperty() {
        return capacityText;
    }

    public BooleanProperty newestOnTopProperty() {
        return newestOnTop;
    }

    public BooleanProperty followTailProperty() {
        return followTail;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
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

    /** Grows by one each time rows were added, so the table can follow the tail. */
    public ReadOnlyLongProperty appendedBatchesProperty() {
        return appendedBatches.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecordDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailMessageProperty() {
        return detailMessage.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return export.progressProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return export.messageProperty();
    }

    /** Records per second, one value a second, the last minute. */
    public ObservableList<Double> rateHistory() {
        return rateHistory;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    /**
     * The table's items: the shown rows, or while following the newest rows at the bottom, the
     * last {@link #FOLLOW_WINDOW_ROWS} of them ({@link TableLists}); a new list when that changes.
     */
    public ReadOnlyObjectProperty<ObservableList<RecordRow>> tableRowsProperty() {
        return tableLists.tableRowsProperty();
    }

    /** Every retained row, filter or not. */
    public ObservableList<RecordRow> retainedRows() {
        return liveRows.rows();
    }

    /** Rows that reached the table (kept or evicted since), for tests and the benchmark. */
    public long rowsReceived() {
        return liveRows.received();
    }

    /** Rows the batch queue dropped because the table fell behind (they were beyond the cap anyway). */
    public long rowsDroppedBeforeShown() {
        return queue == null ? 0 : queue.droppedBeforeShown();
    }

    /** Records consumed since start, for tests and the benchmark. */
    public long consumed() {
        return consumer == null ? 0 : consumer.consumed();
    }
}
