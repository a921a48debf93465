package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.Confirm;
import dev.kafkaexplorer.kafka.topic.ConfigValueRules;
import dev.kafkaexplorer.kafka.topic.PartitionDetails;
import dev.kafkaexplorer.ui.common.Labels;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Binds the Partitions tab of the topic details to its {@link TopicPartitionsViewModel}. */
public final class TopicPartitionsController {

    private static final String UNDER_REPLICATED = "under-replicated";
    private static final String OFFLINE = "offline";
    private static final String DEGRADED = "degraded";
    private final TopicPartitionsViewModel model;

    @FXML private Label partitionSummary;
    @FXML private Label partitionsMessage;
    @FXML private Button partitionsRefresh;
    @FXML private TextField newPartitionCount;
    @FXML private Label newPartitionCountError;
    @FXML private Button addPartitionsButton;
    @FXML private TableView<PartitionDetails> partitionTable;
    @FXML private TableColumn<PartitionDetails, Object> partitionColumn;
    @FXML private TableColumn<PartitionDetails, Object> leaderColumn;
    @FXML private TableColumn<PartitionDetails, Object> replicasColumn;
    @FXML private TableColumn<PartitionDetails, Object> isrColumn;
    @FXML private TableColumn<PartitionDetails, Object> beginOffsetColumn;
    @FXML private TableColumn<PartitionDetails, Object> endOffsetColumn;
    @FXML private TableColumn<PartitionDetails, Object> recordsColumn;
    @FXML private TableColumn<PartitionDetails, Object> sizeColumn;

    public TopicPartitionsController(TopicPartitionsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        column(partitionColumn, PartitionDetails::partition);
        column(leaderColumn, p -> p.offline() ? "none (offline)" : p.leader());
        column(replicasColumn, p -> ids(p.replicas()));
        column(isrColumn, p -> ids(p.isr()));
        column(beginOffsetColumn, p -> number(p.beginOffset()));
        column(endOffsetColumn, p -> number(p.endOffset()));
        column(recordsColumn, p -> number(p.recordEstimate()));
        column(sizeColumn, p -> p.sizeBytes().isPresent() ? ConfigValueRules.bytes(p.sizeBytes().getAsLong()) : "—");
        partitionTable.setItems(model.partitions());
        partitionTable.setRowFactory(table -> new HealthRow());
        Label placeholder = new Label();
        placeholder.getStyleClass().add("table-placeholder");
        placeholder.textProperty().bind(Bindings.when(model.summaryProperty().isEmpty())
                .then("Select a topic to see its partitions.").otherwise(model.summaryProperty()));
        partitionTable.setPlaceholder(placeholder);

        partitionSummary.textProperty().bind(model.summaryProperty());
        model.degradedProperty().addListener((obs, old, now) -> {
            partitionSummary.getStyleClass().remove(DEGRADED);
            if (now) {
                partitionSummary.getStyleClass().add(DEGRADED);
            }
        });
        partitionsMessage.textProperty().bind(model.messageProperty());
        newPartitionCount.textProperty().bindBidirectional(model.newCountTextProperty());
        Labels.showWhenSet(newPartitionCountError, model.newCountErrorProperty());
        addPartitionsButton.disableProperty().bind(model.canAddProperty().not());
        addPartitionsButton.setOnAction(e -> confirmAdd());
        newPartitionCount.setOnAction(e -> confirmAdd());
        partitionsRefresh.disableProperty().bind(model.loadingProperty());
        partitionsRefresh.setOnAction(e -> model.reload());
    }

    private void confirmAdd() {
        if (!model.canAddProperty().get()) {
            return;
        }
        if (Confirm.ask(partitionTable.getScene().getWindow(), "Add partitions",
                "Go from " + model.currentCount() + " to " + newPartitionCount.getText().trim() + " partitions?",
                "Partitions cannot be removed again. Keys will map to other partitions than before,"
                        + " so records of one key may be spread over an old and a new partition.", "Add partitions")) {
            model.addPartitions();
        }
    }

    private static String ids(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static Object number(OptionalLong value) {
        return value.isPresent() ? (Object) value.getAsLong() : "—";
    }

    private static <S> void column(TableColumn<S, Object> column, Function<S, Object> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** A row that stands out when its partition is under-replicated or offline. */
    private static final class HealthRow extends TableRow<PartitionDetails> {
        @Override
        protected void updateItem(PartitionDetails item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(UNDER_REPLICATED, OFFLINE);
            if (!empty && item != null) {
                if (item.offline()) {
                    getStyleClass().add(OFFLINE);
                } else if (item.underReplicated()) {
                    getStyleClass().add(UNDER_REPLICATED);
                }
            }
        }
    }
}
