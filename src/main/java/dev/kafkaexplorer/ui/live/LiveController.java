package dev.kafkaexplorer.ui.live;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import java.io.File;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import dev.kafkaexplorer.ui.common.EmptyState;
import dev.kafkaexplorer.ui.common.Sparkline;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
        liveTable.setSkin(new LiveTableSkin(liveTable));
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
        FollowingTable.install(liveTable, model);
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
