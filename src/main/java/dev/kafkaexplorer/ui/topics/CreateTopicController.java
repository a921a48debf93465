package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Binds the create-topic dialog to its {@link CreateTopicViewModel}. */
public final class CreateTopicController {

    private static final int MAX_PARTITIONS = 10_000;
    private final CreateTopicViewModel model;

    @FXML private Label createTopicReadOnlyNotice;
    @FXML private TextField topicName;
    @FXML private Label topicNameError;
    @FXML private Label topicNameWarning;
    @FXML private Spinner<Integer> partitions;
    @FXML private Spinner<Integer> replicationFactor;
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
        // Before anything is typed, "Enter a topic name" would read as a scolding; the disabled button says enough.
        topicNameError.visibleProperty().bind(model.nameErrorProperty().isNotEmpty().and(model.nameProperty().isNotEmpty()));
        showWhenSet(topicNameWarning, model.nameWarningProperty());

        partitions.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_PARTITIONS, model.partitionsProperty().get()));
        partitions.getValueFactory().valueProperty().bindBidirectional(model.partitionsProperty());
        numbersOnly(partitions);
        commitTypedValue(partitions);
        int maxRf = model.maxReplicationFactor();
        replicationFactor.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, maxRf, model.replicationFactorProperty().get()));
        replicationFactor.getValueFactory().valueProperty().bindBidirectional(model.replicationFactorProperty());
        numbersOnly(replicationFactor);
        commitTypedValue(replicationFactor);
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

    /**
     * Only digits can be typed, and text that is no number (empty) keeps the last value: the stock
     * converter would throw on the FX thread or set null, and Create would use another number than shown.
     */
    private static void numbersOnly(Spinner<Integer> spinner) {
        spinner.getEditor().setTextFormatter(new TextFormatter<String>(
                change -> change.getControlNewText().matches("\\d{0,5}") ? change : null));
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : text.trim();
                return digits.isEmpty() ? factory.getValue() : Integer.valueOf(digits);
            }
        });
    }

    /** A typed spinner value counts without pressing Enter; out-of-range text snaps back. */
    private static void commitTypedValue(Spinner<Integer> spinner) {
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
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
