package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * State and commands of the live table, as its controller binds them: the inputs
 * ({@link LiveInputs}), the run that fills the bounded rows ({@link LiveRun}), the filter
 * ({@link LiveFilter}), the formats keys and values are read with ({@link LiveFormats}), the
 * figures ({@link LiveFigures}), the detail of the selected record ({@link DetailPane}) and export.
 * Rows arrive from the consumer thread through a queue drained once per frame (DESIGN.md §3.4);
 * while a filter is set, a worker matches each drained batch first ({@link ArrivingRowsMatcher}).
 */
public final class LiveViewModel {

    /** Rows a following table holds ({@link TableLists}). */
    public static final int FOLLOW_WINDOW_ROWS = TableLists.FOLLOW_WINDOW_ROWS;

    private final TickSource ticks;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final BooleanProperty newestOnTop = new SimpleBooleanProperty(false);
    private final BooleanProperty followTail = new SimpleBooleanProperty(true);

    private final LiveInputs inputs;
    private final LiveFormats formats;
    private final LiveRows liveRows = new LiveRows(LiveInputs.DEFAULT_CAPACITY);
    private final TableLists tableLists = new TableLists(liveRows, followTail, newestOnTop);
    private final LiveRun run;
    private final LiveFigures figures;
    private final DetailPane detailPane;
    private final LiveExport export;
    private final LiveFilter filter;
    private final Command startCommand;
    private final Command stopCommand;
    private final Command pauseCommand;
    private final Command clearCommand;
    private final Command startOrStopCommand;

    /**
     * @param rows    starts the reading of a run ({@link RowSource#KAFKA} in the app)
     * @param fetcher re-reads a record the rows kept only a preview of ({@code RecordFetcher::fetch} in the app)
     * @param formats where the formats chosen per topic are kept ({@link FormatMemory#inSettings} in the app, {@link FormatMemory#inMemory()} in tests)
     */
    public LiveViewModel(UiRuntime runtime, ObservableList<TopicSummary> topics, RowSource rows, WholeRecordFetcher fetcher,
                         FormatMemory formats) {
        this.ticks = runtime.ticks();
        this.inputs = new LiveInputs(topics, ChangeGuard.following(connection, Connection::profile));
        ArrivingRowsMatcher arrivingRows = new ArrivingRowsMatcher(runtime);
        this.run = new LiveRun(ticks, rows, liveRows, arrivingRows, this::figuresDue, this::runEnded);
        this.formats = new LiveFormats(formats, connection, inputs.topicProperty(), inputs.topicNames(), run.runningProperty());
        this.figures = new LiveFigures(liveRows, tableLists, run);
        this.detailPane = new DetailPane(runtime, fetcher, run::rowsAccess);
        this.export = new LiveExport(runtime);
        this.filter = new LiveFilter(runtime, tableLists, arrivingRows, liveRows::rows, figures::updateMatchText);
        connection.addListener((obs, old, now) -> {
            // A live view belongs to the cluster it was started on: switching clusters ends it.
            if (run.runningProperty().get()) {
                stop();
            }
        });
        ReadOnlyBooleanProperty running = run.runningProperty();
        BooleanBinding canStart = Bindings.createBooleanBinding(() -> connection.get() != null && !running.get()
                        && inputs.inputErrorProperty().get().isEmpty() && !inputs.topicProperty().get().isBlank(),
                connection, running, inputs.inputErrorProperty(), inputs.topicProperty());
        startCommand = new Command(canStart, this::start);
        stopCommand = new Command(running, this::stop);
        pauseCommand = new Command(running, run::togglePause);
        clearCommand = Command.always(this::clear);
        startOrStopCommand = new Command(canStart.or(running), () -> (running.get() ? stopCommand : startCommand).execute());
    }

    private void figuresDue() {
        figures.update(ticks.nanoTime());
    }

    private void runEnded() {
        figures.runEnded();
    }

    /** Applies the typed row limit: on Enter or leaving the field, never per keystroke (a shrink evicts rows for good). */
    public void applyCapacity() {
        inputs.capacity().ifPresent(n -> {
            liveRows.setCapacity(n);
            figures.update(ticks.nanoTime());
        });
    }

    /**
     * True while the table's items are being replaced, or while a batch joins them: its selection
     * then goes and comes back, or moves to whichever row takes the selected row's place (a
     * TableView keeps the selected index when rows leave the top and others join the bottom).
     */
    public boolean changingTableRows() {
        return tableLists.swapping() || run.appendingRows();
    }

    /** The row the detail pane is for, or null. */
    public RecordRow detailRow() {
        return detailPane.shownRow();
    }

    /** Starts reading with the chosen topic, partition and start position (the {@link #startCommand()}). */
    public void start() {
        Connection current = connection.get();
        if (!startCommand.isExecutable() || current == null) {
            return;
        }
        figures.runStarted(ticks.nanoTime());
        run.start(inputs.request(current.access(), formats.chosen()));
    }

    /** Stops reading; the rows stay. */
    public void stop() {
        run.stop();
    }

    /** Empties the table; the consumed count since start stays. */
    public void clear() {
        run.clearQueue();
        liveRows.clear();
        detailPane.clear();
        figures.update(ticks.nanoTime());
    }

    /** Starts reading; executable while nothing is read and the inputs are valid. */
    public Command startCommand() {
        return startCommand;
    }

    /** Stops reading; executable while a run is under way. */
    public Command stopCommand() {
        return stopCommand;
    }

    /** Pauses, or resumes a paused run; executable while a run is under way. */
    public Command pauseCommand() {
        return pauseCommand;
    }

    /** Start, or Stop while running: the one button (and menu item) for both. */
    public Command startOrStopCommand() {
        return startOrStopCommand;
    }

    /** Empties the table; always executable. */
    public Command clearCommand() {
        return clearCommand;
    }

    /** Shows the whole record of {@code row} in the detail pane, re-reading it when the row kept only a preview. */
    public void select(RecordRow row) {
        detailPane.select(row);
    }

    /** Writes the rows now shown (filtered or all) to {@code file}, off the FX thread, with progress. */
    public void export(Path file, RowExporter.Format format) {
        export.start(List.copyOf(tableLists.shown()), run.rowsAccess(), file, format);
    }

    /** For the window closing: stops the consumer and returns the wait for its thread, to run off the FX thread. */
    public Runnable prepareShutdown() {
        return run.prepareShutdown();
    }

    /** What to read: topic, partition, start position, group, row limit, with the reason when not valid. */
    public LiveInputs inputs() {
        return inputs;
    }

    /** How keys and values are read: the formats for the next Start, remembered per topic. */
    public LiveFormats formats() {
        return formats;
    }

    /** The counters, the rate and its chart, and how many rows match the filter. */
    public LiveFigures figures() {
        return figures;
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    /** True while the connection bar says the cluster does not answer: the status line then says so. */
    public BooleanProperty clusterUnreachableProperty() {
        return run.clusterUnreachableProperty();
    }

    public BooleanProperty newestOnTopProperty() {
        return newestOnTop;
    }

    public BooleanProperty followTailProperty() {
        return followTail;
    }

    public StringProperty filterTextProperty() {
        return filter.textProperty();
    }

    public BooleanProperty regexProperty() {
        return filter.regexProperty();
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filter.errorProperty();
    }

    /** How far a filter over many rows has got, 0 to 1, while it runs; -1 otherwise. */
    public ReadOnlyDoubleProperty filterProgressProperty() {
        return filter.progressProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return run.runningProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return run.pausedProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return run.statusProperty();
    }

    /** Grows by one each time rows were added, so the table can follow the tail. */
    public ReadOnlyLongProperty appendedBatchesProperty() {
        return run.appendedBatchesProperty();
    }

    /** The selected record's detail: the whole record, the reason it could not be read or decoded, Save. */
    public DetailPane detail() {
        return detailPane;
    }

    /** Export writes raw bytes (base64) rather than decoded values. */
    public BooleanProperty exportRawBytesProperty() {
        return export.rawBytesProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return export.progressProperty();
    }

    public ReadOnlyStringProperty exportMessageProperty() {
        return export.messageProperty();
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
        return run.droppedBeforeShown();
    }

    /** Records consumed since start, for tests and the benchmark. */
    public long consumed() {
        return run.consumed();
    }
}
