package dev.kafkaexplorer.ui.live;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import dev.kafkaexplorer.ui.common.EmptyState;
import dev.kafkaexplorer.ui.common.Sparkline;
import dev.kafkaexplorer.ui.common.TailWindow;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.material2.Material2MZ;

/** Binds the live table to its {@link LiveViewModel}. */
public final class LiveController {

    /** The table shows the time of day; the detail pane has the full timestamp. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());
    private static final int DETAIL_CHARS_SHOWN = 100_000;
    private final LiveViewModel model;
    /** The table's row count when the tail was last followed. */
    private int rowsAtLastFollow;
    /** The table skin's scrolling part, once the table has been shown. */
    private VirtualFlow<?> flow;

    @FXML private ComboBox<String> liveTopic;
    @FXML private ComboBox<String> livePartition;
    @FXML private ComboBox<StartChoice> liveStartFrom;
    @FXML private TextField liveStartValue;
    @FXML private TextField liveGroup;
    @FXML private Button liveStart;
    @FXML private Button livePause;
    @FXML private Button liveClear;
    @FXML private TextField liveFilter;
    @FXML private CheckBox liveRegex;
    @FXML private Label liveMatches;
    @FXML private Label liveFilterError;
    @FXML private Label liveInputError;
    @FXML private CheckBox liveNewestOnTop;
    @FXML private CheckBox liveFollow;
    @FXML private TextField liveCapacity;
    @FXML private MenuButton liveExport;
    @FXML private MenuItem liveExportJson;
    @FXML private MenuItem liveExportCsv;
    @FXML private TableView<RecordRow> liveTable;
    @FXML private TableColumn<RecordRow, String> liveTimeColumn;
    @FXML private TableColumn<RecordRow, Integer> livePartitionColumn;
    @FXML private TableColumn<RecordRow, Long> liveOffsetColumn;
    @FXML private TableColumn<RecordRow, String> liveKeyColumn;
    @FXML private TableColumn<RecordRow, String> liveValueColumn;
    @FXML private TableColumn<RecordRow, Integer> liveHeadersColumn;
    @FXML private TableColumn<RecordRow, Integer> liveSizeColumn;
    @FXML private Label liveDetailMeta;
    @FXML private Label liveDetailMessage;
    @FXML private Label liveDetailKeyKind;
    @FXML private TextArea liveDetailKey;
    @FXML private Button liveCopyKey;
    @FXML private Label liveDetailValueKind;
    @FXML private TextArea liveDetailValue;
    @FXML private Button liveCopyValue;
    @FXML private TitledPane liveDetailHeadersPane;
    @FXML private TableView<RecordDetail.HeaderText> liveDetailHeaders;
    @FXML private TableColumn<RecordDetail.HeaderText, String> liveHeaderNameColumn;
    @FXML private TableColumn<RecordDetail.HeaderText, String> liveHeaderValueColumn;
    @FXML private Label liveCount;
    @FXML private Label liveRetained;
    @FXML private Label liveDropped;
    @FXML private Label liveRate;
    @FXML private Sparkline liveRateChart;
    @FXML private Label liveStatus;
    @FXML private ProgressBar liveExportProgress;
    @FXML private Label liveExportMessage;

    public LiveController(LiveViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bindInputs();
        bindTable();
        bindDetail();
        bindFigures();
    }

    private void bindInputs() {
        liveTopic.setItems(model.topicNames());
        liveTopic.getEditor().textProperty().bindBidirectional(model.topicProperty());
        livePartition.setItems(model.partitionChoices());
        livePartition.valueProperty().bindBidirectional(model.partitionProperty());
        liveStartFrom.getItems().setAll(StartChoice.values());
        liveStartFrom.valueProperty().bindBidirectional(model.startFromProperty());
        liveStartValue.textProperty().bindBidirectional(model.startValueProperty());
        liveStartValue.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.startFromProperty().get().needsValue(), model.startFromProperty()));
        liveStartValue.managedProperty().bind(liveStartValue.visibleProperty());
        liveStartValue.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.startFromProperty().get().prompt(), model.startFromProperty()));
        liveGroup.textProperty().bindBidirectional(model.groupProperty());
        liveCapacity.textProperty().bindBidirectional(model.capacityTextProperty());
        liveCapacity.setOnAction(e -> model.applyCapacity());
        liveCapacity.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.applyCapacity();
            }
        });
        liveFilter.textProperty().bindBidirectional(model.filterTextProperty());
        liveRegex.selectedProperty().bindBidirectional(model.regexProperty());
        liveNewestOnTop.selectedProperty().bindBidirectional(model.newestOnTopProperty());
        liveFollow.selectedProperty().bindBidirectional(model.followTailProperty());
        showWhenSet(liveMatches, model.matchTextProperty());
        showWhenSet(liveFilterError, model.filterErrorProperty());
        showWhenSet(liveInputError, model.inputErrorProperty());

        var running = model.runningProperty();
        for (var input : java.util.List.of(liveTopic, livePartition, liveStartFrom, liveStartValue, liveGroup)) {
            input.disableProperty().bind(running);
        }
        liveStart.textProperty().bind(javafx.beans.binding.Bindings.when(running).then("Stop").otherwise("Start"));
        liveStart.disableProperty().bind(running.not().and(model.canStartProperty().not()));
        liveStart.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.stop();
            } else {
                model.start();
            }
        });
        livePause.disableProperty().bind(running.not());
        livePause.textProperty().bind(javafx.beans.binding.Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        livePause.setOnAction(e -> model.togglePause());
        liveClear.setOnAction(e -> model.clear());
        liveExportJson.setOnAction(e -> export(RowExporter.Format.JSON_LINES, "records.jsonl", "JSON Lines", "*.jsonl"));
        liveExportCsv.setOnAction(e -> export(RowExporter.Format.CSV, "records.csv", "CSV", "*.csv"));
    }

    private void bindTable() {
        liveTimeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(Instant.ofEpochMilli(c.getValue().timestampMs()))));
        livePartitionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partition()));
        liveOffsetColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().offset()));
        liveKeyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keyPreview()));
        liveValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().valuePreview()));
        liveHeadersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().headerCount()));
        liveSizeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().serializedSize()));
        // Fixed row height: the table need not measure 100 000 rows to lay them out.
        liveTable.setFixedCellSize(26);
        // Rows stay in arrival order: sorting 100 000 rows per frame would defeat the ring buffer.
        liveTable.getColumns().forEach(column -> column.setSortable(false));
        liveTable.itemsProperty().bind(model.tableRowsProperty());
        // Lets tests reach the export without the native file dialog, which cannot run headless.
        liveTable.getProperties().put(LiveViewModel.class, model);
        liveTable.setPlaceholder(new EmptyState(Material2MZ.VIEW_LIST, javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (!model.retainedRows().isEmpty()) {
                return "No record matches the filter.";
            }
            return model.runningProperty().get() ? "Waiting for records…" : "No records yet — pick a topic and press Start.";
        }, model.runningProperty(), model.retainedRows())));
        liveTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            // While the table changes lists, or takes a batch, its selection goes and comes back or
            // moves to another row: the pane stays with its row (see keepSelectedRow).
            if (!model.changingTableRows()) {
                model.select(row);
            }
        });
        model.appendedBatchesProperty().addListener((obs, old, now) -> {
            keepSelectedRow();
            followTail();
        });
        model.tableRowsProperty().addListener((obs, old, now) -> tableChangedLists(old, now));
        // Following again brings the newest rows into view at once, not at the next batch.
        model.followTailProperty().addListener((obs, was, following) -> {
            int size = liveTable.getItems().size();
            if (following && size > 0) {
                liveTable.scrollTo(model.newestOnTopProperty().get() ? 0 : size);
            }
        });
        // Scrolling away from the newest rows stops following them, as in a terminal: following
        // would pull the view back at the next batch.
        liveTable.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && (e.getDeltaY() > 0) != model.newestOnTopProperty().get()) {
                stopFollowing();
            }
        });
        liveTable.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node target && pressTowardsOlderRows(target, e.getScreenY())) {
                stopFollowing();
            }
        });
        liveTable.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean newestOnTop = model.newestOnTopProperty().get();
            KeyCode away = newestOnTop ? KeyCode.PAGE_DOWN : KeyCode.PAGE_UP;
            if (e.getCode() == away || e.getCode() == (newestOnTop ? KeyCode.END : KeyCode.HOME)
                    || e.getCode() == (newestOnTop ? KeyCode.DOWN : KeyCode.UP)) {
                stopFollowing();
            }
        });
    }

    /**
     * After a batch the selected row is the one the detail pane shows, wherever it moved; once it
     * has left the table, nothing is selected. (A TableView keeps the selected index when rows
     * leave the top and others join the bottom, so its selection would slide to a newer row.)
     */
    private void keepSelectedRow() {
        RecordRow shown = model.detailRow();
        var selection = liveTable.getSelectionModel();
        var items = liveTable.getItems();
        int selected = selection.getSelectedIndex();
        // By index: the selection model may still name the row while its index points elsewhere.
        if (shown == null || (selected >= 0 && selected < items.size() && items.get(selected) == shown)) {
            return;
        }
        int index = items.indexOf(shown);
        if (index >= 0) {
            selection.clearAndSelect(index);
        } else {
            selection.clearSelection();
            model.select(null);
        }
    }

    private void stopFollowing() {
        model.followTailProperty().set(false);
    }

    /**
     * Whether a press on {@code target} (in the table) moves the view towards older rows: the
     * vertical scroll bar's thumb (to drag it), its arrow or its track on the older side.
     */
    private boolean pressTowardsOlderRows(Node target, double screenY) {
        ScrollBar bar = null;
        Node part = target;
        for (Node n = target; n != null && n != liveTable; n = n.getParent()) {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL) {
                bar = b;
                break;
            }
            part = n;
        }
        if (bar == null) {
            return false;
        }
        boolean olderAbove = !model.newestOnTopProperty().get();
        if (part.getStyleClass().contains("thumb")) {
            return true;
        }
        if (part.getStyleClass().contains("decrement-button")) {
            return olderAbove;
        }
        if (part.getStyleClass().contains("increment-button")) {
            return !olderAbove;
        }
        Node thumb = bar.lookup(".thumb");
        if (thumb == null) {
            return false;
        }
        boolean aboveThumb = screenY < thumb.localToScreen(thumb.getBoundsInLocal()).getMinY();
        return aboveThumb == olderAbove;
    }

    /**
     * The table moved to another list (the last rows or all of them): the selected row stays
     * selected and its detail shown; leaving the last rows for all of them, the rows in view stay
     * in view.
     */
    private void tableChangedLists(ObservableList<RecordRow> old, ObservableList<RecordRow> now) {
        if (old instanceof TailWindow<?> window && !(now instanceof TailWindow<?>) && !model.newestOnTopProperty().get()) {
            IndexedCell<?> first = flow() == null ? null : flow().getFirstVisibleCell();
            if (first != null && first.getIndex() >= 0) {
                liveTable.scrollTo(window.hiddenBefore() + first.getIndex());
                // Laid out now, so the key or press that opened the list acts on the rows in view.
                liveTable.layout();
            }
        }
        model.select(liveTable.getSelectionModel().getSelectedItem());
    }

    /** The table's VirtualFlow; found once: a lookup walks the column headers first. */
    private VirtualFlow<?> flow() {
        if (flow == null) {
            flow = (VirtualFlow<?>) liveTable.lookup(".virtual-flow");
        }
        return flow;
    }

    private void followTail() {
        int size = liveTable.getItems().size();
        int shownBefore = rowsAtLastFollow;
        rowsAtLastFollow = size;
        if (!model.followTailProperty().get() || size == 0) {
            return;
        }
        if (model.newestOnTopProperty().get()) {
            liveTable.scrollTo(0);
            return;
        }
        // With the row limit reached the count stays the same: a table that showed the last row
        // still shows it, now holding the newest rows, and needs no scrolling at all.
        IndexedCell<?> last = flow() == null ? null : flow().getLastVisibleCell();
        if (size == shownBefore && last != null && last.getIndex() >= size - 1) {
            return;
        }
        // Past the last row, not to it: VirtualFlow then just moves to its end, where scrolling to
        // row size - 1 first adds up the heights of all the rows before it.
        liveTable.scrollTo(size);
    }

    private void bindDetail() {
        liveHeaderNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        liveHeaderValueColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        liveDetailHeaders.setPlaceholder(new Label("No headers"));
        showWhenSet(liveDetailMessage, model.detailMessageProperty());
        model.detailProperty().addListener((obs, old, detail) -> {
            liveDetailMeta.setText(detail == null ? "" : detail.metadata());
            liveDetailKeyKind.setText(detail == null ? "" : detail.keyKind());
            liveDetailKey.setText(detail == null ? "" : shown(detail.keyText()));
            liveDetailValueKind.setText(detail == null ? "" : detail.valueKind());
            liveDetailValue.setText(detail == null ? "" : shown(detail.valueText()));
            liveDetailHeaders.getItems().setAll(detail == null ? java.util.List.of() : detail.headers());
            liveDetailHeadersPane.setText("Headers (" + (detail == null ? 0 : detail.headers().size()) + ")");
        });
        // Copy takes the whole text, not the part the text area shows.
        liveCopyKey.setOnAction(e -> copy(model.detailProperty().get().keyText()));
        liveCopyValue.setOnAction(e -> copy(model.detailProperty().get().valueText()));
        liveCopyKey.disableProperty().bind(model.detailProperty().isNull());
        liveCopyValue.disableProperty().bind(model.detailProperty().isNull());
    }

    /**
     * A text area lays out all its text at once: megabytes would hold the FX thread for seconds.
     * It shows the start; Copy still takes everything.
     */
    private static String shown(String text) {
        if (text.length() <= DETAIL_CHARS_SHOWN) {
            return text;
        }
        return text.substring(0, DETAIL_CHARS_SHOWN) + "\n\n… showing the first " + DETAIL_CHARS_SHOWN
                + " of " + text.length() + " characters; Copy takes them all.";
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void bindFigures() {
        liveCount.textProperty().bind(model.consumedTextProperty());
        liveRetained.textProperty().bind(model.retainedTextProperty());
        liveDropped.textProperty().bind(model.droppedTextProperty());
        liveRate.textProperty().bind(model.rateTextProperty());
        liveRateChart.setValues(model.rateHistory());
        liveStatus.textProperty().bind(model.statusProperty());
        liveExportProgress.progressProperty().bind(model.exportProgressProperty());
        liveExportProgress.visibleProperty().bind(model.exportProgressProperty().greaterThanOrEqualTo(0));
        liveExportProgress.managedProperty().bind(liveExportProgress.visibleProperty());
        liveExportMessage.textProperty().bind(model.exportMessageProperty());
    }

    private void export(RowExporter.Format format, String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + description);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        File file = chooser.showSaveDialog(liveTable.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath(), format);
        }
    }

}
