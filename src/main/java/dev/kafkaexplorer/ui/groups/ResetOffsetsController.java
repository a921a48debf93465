package dev.kafkaexplorer.ui.groups;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import dev.kafkaexplorer.ui.common.Confirm;
import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.groups.ResetPlanRow;
import dev.kafkaexplorer.kafka.groups.ResetStrategy;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** Binds the reset-offsets dialog to its {@link ResetOffsetsViewModel} and asks before resetting. */
public final class ResetOffsetsController {

    private final ResetOffsetsViewModel model;

    @FXML private Label resetReadOnlyNotice;
    @FXML private ComboBox<String> resetTopic;
    @FXML private ComboBox<ResetStrategy> resetStrategy;
    @FXML private Label resetValueLabel;
    @FXML private TextField resetValue;
    @FXML private Label resetValueHint;
    @FXML private Label resetValueError;
    @FXML private TableView<ResetPlanRow> resetPreview;
    @FXML private TableColumn<ResetPlanRow, String> previewTopicColumn;
    @FXML private TableColumn<ResetPlanRow, Long> previewPartitionColumn;
    @FXML private TableColumn<ResetPlanRow, Long> previewCurrentColumn;
    @FXML private TableColumn<ResetPlanRow, Long> previewTargetColumn;
    @FXML private TableColumn<ResetPlanRow, String> previewNoteColumn;
    @FXML private Label resetError;
    @FXML private ProgressIndicator resetProgress;
    @FXML private Button resetCancel;
    @FXML private Button resetConfirm;

    public ResetOffsetsController(ResetOffsetsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReadOnlyNotice.bind(resetReadOnlyNotice, model.changeGuard());
        resetTopic.getItems().setAll(model.topicChoices());
        resetTopic.valueProperty().bindBidirectional(model.topicProperty());
        resetStrategy.getItems().setAll(ResetStrategy.values());
        resetStrategy.valueProperty().bindBidirectional(model.strategyProperty());
        resetValue.textProperty().bindBidirectional(model.valueTextProperty());
        // The value row is there only for the strategies that take one.
        var needsValue = model.strategyProperty().map(ResetStrategy::needsValue).orElse(false);
        for (var node : new javafx.scene.Node[] {resetValueLabel, resetValue}) {
            node.visibleProperty().bind(needsValue);
            node.managedProperty().bind(needsValue);
        }
        resetValue.promptTextProperty().bind(model.strategyProperty().map(s ->
                s == ResetStrategy.TIMESTAMP ? "e.g. 2025-03-01 14:30" : "e.g. 1200"));
        showWhenSet(resetValueHint, model.valueHintProperty());
        showWhenSet(resetValueError, model.valueErrorProperty());

        previewTopicColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().topic()));
        Format.numberColumn(previewPartitionColumn, ResetPlanRow::partition);
        Format.numberColumn(previewCurrentColumn, ResetPlanRow::current);
        Format.numberColumn(previewTargetColumn, ResetPlanRow::target);
        previewNoteColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        resetPreview.setItems(model.preview());
        resetPreview.setPlaceholder(new Label("The preview appears once the fields are complete."));

        showWhenSet(resetError, model.errorProperty());
        resetProgress.visibleProperty().bind(model.busyProperty());
        resetConfirm.disableProperty().bind(model.canConfirmProperty().not());
        resetConfirm.setOnAction(e -> confirm());
        resetCancel.setOnAction(e -> close());
        model.doneProperty().addListener((obs, old, done) -> {
            if (done) {
                close();
            }
        });
    }

    private void confirm() {
        if (Confirm.ask(resetConfirm.getScene().getWindow(), "Reset offsets",
                "Reset the offsets of “" + model.groupId() + "”?",
                model.confirmationText() + " Its consumers will read from there when they next start.", "Reset offsets")) {
            model.apply();
        }
    }

    private void close() {
        ((Stage) resetConfirm.getScene().getWindow()).close();
    }
}
