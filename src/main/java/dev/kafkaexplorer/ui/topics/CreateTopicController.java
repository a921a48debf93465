package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.ui.common.NumberSpinner;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Binds the create-topic dialog to its {@link CreateTopicViewModel}. */
public final class CreateTopicController {

    private final CreateTopicViewModel model;

    @FXML private Label createTopicReadOnlyNotice;
    @FXML private TextField topicName;
    @FXML private Label topicNameError;
    @FXML private Label topicNameWarning;
    @FXML private Spinner<String> partitions;
    @FXML private Label partitionsError;
    @FXML private Spinner<String> replicationFactor;
    @FXML private Label replicationFactorError;
    @FXML private Label replicationHint;
    @FXML private ComboBox<String> cleanupPolicy;
    @FXML private TextField retentionMs;
    @FXML private Label retentionMessage;
    @FXML private TextArea extraConfigs;
    @FXML private Label extraConfigsMessage;
    @FXML private Label createTopicError;
    @FXML private ProgressIndicator createProgress;
    @FXML private Button createTopicCancel;
    @FXML private Button createTopicConfirm;

    public CreateTopicController(CreateTopicViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        ReadOnlyNotice.bind(createTopicReadOnlyNotice, model.changeGuard());
        topicName.textProperty().bindBidirectional(model.nameProperty());
        showWhenSet(topicNameError, model.nameErrorProperty());
        // An empty name is not a mistake yet: what the name needs reads as a hint until something is typed.
        model.nameProperty().addListener((obs, old, text) -> markError(topicNameError, !text.isEmpty()));
        markError(topicNameError, !model.nameProperty().get().isEmpty());
        showWhenSet(topicNameWarning, model.nameWarningProperty());

        NumberSpinner.bind(partitions, model.partitions());
        showWhenSet(partitionsError, model.partitions().errorProperty());
        NumberSpinner.bind(replicationFactor, model.replicationFactor());
        showWhenSet(replicationFactorError, model.replicationFactor().errorProperty());
        int maxRf = model.maxReplicationFactor();
        replicationHint.setText(maxRf == 1 ? "1 broker in this cluster" : "1–" + maxRf + " (" + maxRf + " brokers)");

        cleanupPolicy.getItems().setAll(CreateTopicViewModel.CLEANUP_POLICIES);
        cleanupPolicy.valueProperty().bindBidirectional(model.cleanupPolicyProperty());

        retentionMs.textProperty().bindBidirectional(model.retentionMsProperty());
        retentionMessage.textProperty().bind(model.retentionMessageProperty());
        model.retentionValidProperty().addListener((obs, old, ok) -> markError(retentionMessage, !ok));

        extraConfigs.textProperty().bindBidirectional(model.extraConfigsProperty());
        showWhenSet(extraConfigsMessage, model.extraConfigsMessageProperty());
        model.extraConfigsValidProperty().addListener((obs, old, ok) -> markError(extraConfigsMessage, !ok));
        markError(extraConfigsMessage, false);

        showWhenSet(createTopicError, model.createErrorProperty());
        createProgress.visibleProperty().bind(model.creatingProperty());
        createTopicConfirm.disableProperty().bind(model.canCreateProperty().not());
        createTopicConfirm.setOnAction(e -> model.create());
        createTopicCancel.setOnAction(e -> close());
        // Messages come and go as the user types; the window grows with them so buttons stay in view.
        for (var message : List.of(model.nameErrorProperty(), model.nameWarningProperty(),
                model.partitions().errorProperty(), model.replicationFactor().errorProperty(),
                model.extraConfigsMessageProperty(), model.createErrorProperty())) {
            message.addListener((obs, old, text) -> Platform.runLater(this::fitWindow));
        }
        model.createdProperty().addListener((obs, old, done) -> {
            if (done) {
                close();
            }
        });
    }


    private static void markError(Label label, boolean error) {
        label.getStyleClass().removeAll("field-error", "field-hint");
        label.getStyleClass().add(error ? "field-error" : "field-hint");
    }

    private void fitWindow() {
        if (topicName.getScene() != null && topicName.getScene().getWindow() != null) {
            Window window = topicName.getScene().getWindow();
            double before = window.getHeight();
            window.sizeToScene();
            // Shrinking on every keystroke would make the window jump; only grow.
            if (window.getHeight() < before) {
                window.setHeight(before);
            }
        }
    }

    private void close() {
        ((Stage) topicName.getScene().getWindow()).close();
    }
}
