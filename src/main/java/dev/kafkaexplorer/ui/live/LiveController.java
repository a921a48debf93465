package dev.kafkaexplorer.ui.live;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import dev.kafkaexplorer.ui.common.EmptyState;
import dev.kafkaexplorer.ui.common.Sparkline;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import org.kordamp.ikonli.material2.Material2MZ;

/** Binds the live table to its {@link LiveViewModel}. */
public final class LiveController {

    private final LiveViewModel model;

    @FXML private ComboBox<String> liveTopic;
    @FXML private ComboBox<String> livePartition;
    @FXML private ComboBox<StartChoice> liveStartFrom;
    @FXML private TextField liveStartValue;
    @FXML private TextField liveGroup;
    @FXML private ComboBox<RecordFormat> liveKeyFormat;
    @FXML private ComboBox<RecordFormat> liveValueFormat;
    @FXML private Button liveStart;
    @FXML private Button livePause;
    @FXML private Button liveClear;
    @FXML private TextField liveFilter;
    @FXML private CheckBox liveRegex;
    @FXML private Label liveMatches;
    @FXML private Label liveFilterError;
    @FXML private ProgressBar liveFilterProgress;
    @FXML private Label liveInputError;
    @FXML private Label liveReadOnlyNotice;
    @FXML private CheckBox liveNewestOnTop;
    @FXML private CheckBox liveFollow;
    @FXML private TextField liveCapacity;
    @FXML private MenuButton liveExport;
    @FXML private MenuItem liveExportJson;
    @FXML private MenuItem liveExportCsv;
    @FXML private CheckMenuItem liveExportRaw;
    @FXML private TableView<RecordRow> liveTable;
    @FXML private TableColumn<RecordRow, String> liveTimeColumn;
    @FXML private TableColumn<RecordRow, Integer> livePartitionColumn;
    @FXML private TableColumn<RecordRow, Long> liveOffsetColumn;
    @FXML private TableColumn<RecordRow, String> liveKeyColumn;
    @FXML private TableColumn<RecordRow, String> liveValueColumn;
    @FXML private TableColumn<RecordRow, Integer> liveHeadersColumn;
    @FXML private TableColumn<RecordRow, Integer> liveSizeColumn;
    @FXML private TableColumn<RecordRow, String> liveSchemaColumn;
    @FXML private Label liveDetailMeta;
    @FXML private Label liveDetailMessage;
    @FXML private Label liveDetailSchema;
    @FXML private Hyperlink liveShowSchema;
    @FXML private Label liveDetailKeyKind;
    @FXML private TextArea liveDetailKey;
    @FXML private Button liveCopyKey;
    @FXML private Label liveDetailValueKind;
    @FXML private TextArea liveDetailValue;
    @FXML private Button liveCopyValue;
    @FXML private Button liveSaveValue;
    @FXML private Label liveDetailValueNote;
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
        LiveInputs inputs = model.inputs();
        liveTopic.setItems(inputs.topicNames());
        liveTopic.getEditor().textProperty().bindBidirectional(inputs.topicProperty());
        livePartition.setItems(inputs.partitionChoices());
        livePartition.valueProperty().bindBidirectional(inputs.partitionProperty());
        liveStartFrom.getItems().setAll(StartChoice.values());
        liveStartFrom.valueProperty().bindBidirectional(inputs.startFromProperty());
        liveStartValue.textProperty().bindBidirectional(inputs.startValueProperty());
        liveStartValue.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> inputs.startFromProperty().get().needsValue(), inputs.startFromProperty()));
        liveStartValue.managedProperty().bind(liveStartValue.visibleProperty());
        liveStartValue.promptTextProperty().bind(Bindings.createStringBinding(
                () -> inputs.startFromProperty().get().prompt(), inputs.startFromProperty()));
        liveGroup.textProperty().bindBidirectional(inputs.groupProperty());
        LiveFormats formats = model.formats();
        liveKeyFormat.setItems(formats.choices());
        liveKeyFormat.valueProperty().bindBidirectional(formats.keyFormatProperty());
        liveValueFormat.setItems(formats.choices());
        liveValueFormat.valueProperty().bindBidirectional(formats.valueFormatProperty());
        liveCapacity.textProperty().bindBidirectional(inputs.capacityTextProperty());
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
        showWhenSet(liveMatches, model.figures().matchTextProperty());
        showWhenSet(liveFilterError, model.filterErrorProperty());
        liveFilterProgress.progressProperty().bind(model.filterProgressProperty());
        liveFilterProgress.visibleProperty().bind(model.filterProgressProperty().greaterThanOrEqualTo(0));
        liveFilterProgress.managedProperty().bind(liveFilterProgress.visibleProperty());
        showWhenSet(liveInputError, inputs.inputErrorProperty());
        ReadOnlyNotice.bind(liveReadOnlyNotice, inputs.changeGuard());
        bindCommands();
    }

    private void bindCommands() {
        var running = model.runningProperty();
        for (var input : List.of(liveTopic, livePartition, liveStartFrom, liveStartValue, liveGroup, liveKeyFormat, liveValueFormat)) {
            input.disableProperty().bind(running);
        }
        CommandBindings.bind(liveStart, model.startOrStopCommand());
        liveStart.textProperty().bind(Bindings.when(running).then("Stop").otherwise("Start"));
        CommandBindings.bind(livePause, model.pauseCommand());
        livePause.textProperty().bind(Bindings.when(model.pausedProperty()).then("Resume").otherwise("Pause"));
        CommandBindings.bind(liveClear, model.clearCommand());
        LiveExportView.bind(new LiveExportView.Controls(liveExportJson, liveExportCsv, liveExportRaw, liveExportProgress,
                liveExportMessage), model, () -> liveTable.getScene().getWindow());
    }

    private void bindTable() {
        RecordColumns.bind(liveTimeColumn, livePartitionColumn, liveOffsetColumn, liveKeyColumn, liveValueColumn,
                liveHeadersColumn, liveSizeColumn, liveSchemaColumn);
        liveSchemaColumn.visibleProperty().bind(model.formats().schemasInUse());
        // Fixed row height: the table need not measure 100 000 rows to lay them out.
        liveTable.setFixedCellSize(26);
        liveTable.setSkin(new LiveTableSkin(liveTable));
        // Rows stay in arrival order: sorting 100 000 rows per frame would defeat the ring buffer.
        liveTable.getColumns().forEach(column -> column.setSortable(false));
        liveTable.itemsProperty().bind(model.tableRowsProperty());
        // Lets tests reach the export without the native file dialog, which cannot run headless.
        liveTable.getProperties().put(LiveViewModel.class, model);
        liveTable.setPlaceholder(new EmptyState(Material2MZ.VIEW_LIST, Bindings.createStringBinding(() -> {
            if (!model.retainedRows().isEmpty()) {
                return "No record matches the filter.";
            }
            return model.runningProperty().get() ? "Waiting for records…" : "No records yet — pick a topic and press Start.";
        }, model.runningProperty(), model.retainedRows())));
        FollowingTable.install(liveTable, model);
    }

    private void bindDetail() {
        RecordDetailView.bind(new RecordDetailView.Controls(liveDetailMeta, liveDetailMessage, liveDetailSchema, liveShowSchema,
                liveDetailKeyKind, liveDetailKey,
                liveCopyKey, liveDetailValueKind, liveDetailValue, liveCopyValue, liveSaveValue, liveDetailValueNote,
                liveDetailHeadersPane, liveDetailHeaders,
                liveHeaderNameColumn, liveHeaderValueColumn), model);
    }

    private void bindFigures() {
        LiveFigures figures = model.figures();
        liveCount.textProperty().bind(figures.consumedTextProperty());
        liveRetained.textProperty().bind(figures.retainedTextProperty());
        liveDropped.textProperty().bind(figures.droppedTextProperty());
        liveRate.textProperty().bind(figures.rateTextProperty());
        liveRateChart.setValues(figures.rateHistory());
        liveStatus.textProperty().bind(model.statusProperty());
    }
}
