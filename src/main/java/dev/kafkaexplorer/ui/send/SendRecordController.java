package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.ByteSizes;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Binds the produce-one-message dialog to its {@link SendRecordViewModel}. */
public final class SendRecordController {

    private final SendRecordViewModel model;

    @FXML private Label sendReadOnlyNotice;
    @FXML private ComboBox<String> sendTopic;
    @FXML private Label sendTopicError;
    @FXML private TextField sendKey;
    @FXML private ComboBox<ValueFormat> sendValueFormat;
    @FXML private HBox sendSubjectRow;
    @FXML private ComboBox<String> sendSubject;
    @FXML private Label sendSchemaInfo;
    @FXML private Label sendSubjectError;
    @FXML private BoundedTextArea sendValue;
    @FXML private Label sendValueError;
    @FXML private Button sendValueFromFile;
    @FXML private Button sendValueClear;
    @FXML private Label sendValueLimit;
    @FXML private CheckBox sendRaiseRequestSize;
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
        bindLargeValues();
        bindSchema();
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

    /** The subject chooser, shown while the value is JSON to be written with a subject's schema. */
    private void bindSchema() {
        SchemaValue schema = model.schemaValue();
        BooleanBinding schemaMode = model.valueFormatProperty().isEqualTo(ValueFormat.SCHEMA);
        sendSubjectRow.visibleProperty().bind(schemaMode);
        sendSubjectRow.managedProperty().bind(schemaMode);
        sendSubject.setItems(schema.subjects);
        sendSubject.valueProperty().bindBidirectional(schema.subject);
        showWhenSet(sendSchemaInfo, Bindings.when(schemaMode).then(schema.schemaInfo).otherwise(""));
        showWhenSet(sendSubjectError, Bindings.when(schemaMode).then(schema.subjectError).otherwise(""));
    }

    /** A paste over the editor's limit or a file is held by the model; the editor shows its summary, read-only. */
    private void bindLargeValues() {
        sendValue.limit(BoundedTextArea.DEFAULT_LIMIT, model::holdPasted);
        // Tests reach the model here to load a file, as the file chooser would.
        sendValue.getProperties().put(SendRecordViewModel.class, model);
        BooleanBinding held = model.heldValueProperty().isNotNull();
        sendValue.editableProperty().bind(held.not());
        sendValueClear.visibleProperty().bind(held);
        sendValueClear.managedProperty().bind(held);
        sendValueClear.setOnAction(e -> model.clearHeldValue());
        sendValueFromFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Load the value from a file");
            File file = chooser.showOpenDialog(sendValue.getScene().getWindow());
            if (file != null) {
                model.loadValueFromFile(file.toPath());
            }
        });
        showWhenSet(sendValueLimit, Bindings.createStringBinding(() -> model.sizeProperty().get().message(),
                model.sizeProperty()));
        model.sizeProperty().addListener((obs, old, now) ->
                sendValueLimit.getStyleClass().setAll("label", now.sendable() ? "field-hint" : "field-error"));
        sendRaiseRequestSize.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.sizeProperty().get().raiseTo() > 0, model.sizeProperty()));
        sendRaiseRequestSize.managedProperty().bind(sendRaiseRequestSize.visibleProperty());
        sendRaiseRequestSize.textProperty().bind(Bindings.createStringBinding(() -> "Raise max.request.size to "
                + ByteSizes.exactly(model.sizeProperty().get().raiseTo()) + " for this dialog", model.sizeProperty()));
        sendRaiseRequestSize.selectedProperty().bindBidirectional(model.raiseRequestSizeProperty());
    }
}
