package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.ui.send.SendRecordViewModel.ValueFormat;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/** Binds the produce-one-message dialog to its {@link SendRecordViewModel}. */
public final class SendRecordController {

    private final SendRecordViewModel model;

    @FXML private Label sendReadOnlyNotice;
    @FXML private ComboBox<String> sendTopic;
    @FXML private Label sendTopicError;
    @FXML private TextField sendKey;
    @FXML private ComboBox<ValueFormat> sendValueFormat;
    @FXML private TextArea sendValue;
    @FXML private Label sendValueError;
    @FXML private TextArea sendHeaders;
    @FXML private Label sendHeadersError;
    @FXML private TextField sendPartition;
    @FXML private Label sendPartitionHint;
    @FXML private Label sendPartitionError;
    @FXML private Label sendResult;
    @FXML private Label sendError;
    @FXML private ProgressIndicator sendProgress;
    @FXML private Button sendClose;
    @FXML private Button sendConfirm;

    public SendRecordController(SendRecordViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReadOnlyNotice.bind(sendReadOnlyNotice, model.changeGuard());
        sendTopic.getItems().setAll(model.topicNames());
        sendTopic.getEditor().textProperty().bindBidirectional(model.topicProperty());
        // Picking from the list sets the value, not the editor's text, on some skins: pass it on.
        sendTopic.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.topicProperty().set(now);
            }
        });
        showWhenSet(sendTopicError, model.topicErrorProperty());
        sendKey.textProperty().bindBidirectional(model.keyProperty());
        sendValueFormat.getItems().setAll(ValueFormat.values());
        sendValueFormat.valueProperty().bindBidirectional(model.valueFormatProperty());
        sendValue.textProperty().bindBidirectional(model.valueProperty());
        showWhenSet(sendValueError, model.valueErrorProperty());
        sendHeaders.textProperty().bindBidirectional(model.headersProperty());
        showWhenSet(sendHeadersError, model.headersErrorProperty());
        sendPartition.textProperty().bindBidirectional(model.partitionProperty());
        showWhenSet(sendPartitionHint, model.partitionHintProperty());
        showWhenSet(sendPartitionError, model.partitionErrorProperty());
        showWhenSet(sendResult, model.resultProperty());
        showWhenSet(sendError, model.errorProperty());
        sendProgress.visibleProperty().bind(model.sendingProperty());
        sendConfirm.disableProperty().bind(model.canSendProperty().not());
        sendConfirm.setOnAction(e -> model.send());
        sendClose.setOnAction(e -> ((Stage) sendClose.getScene().getWindow()).close());
    }
}
