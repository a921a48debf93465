package dev.kafkaexplorer.ui.producer;

import static dev.kafkaexplorer.ui.common.Labels.showWhenSet;

import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.CommandBindings;
import dev.kafkaexplorer.ui.common.ReadOnlyNotice;
import dev.kafkaexplorer.ui.common.TabShown;
import dev.kafkaexplorer.ui.producer.ProducerForm.KeyMode;
import dev.kafkaexplorer.ui.producer.ProducerForm.StopMode;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the producer panel to its {@link ProducerViewModel}. */
public final class ProducerController {

    private final ProducerViewModel model;

    @FXML private ComboBox<String> producerTopic;
    @FXML private HBox producerTopicMissingRow;
    @FXML private Label producerTopicMessage;
    @FXML private Hyperlink producerCreateTopic;
    @FXML private ComboBox<TemplateChoice> producerTemplate;
    @FXML private SplitPane producerSplit;
    @FXML private VBox customTemplateBox;
    @FXML private BoundedTextArea customTemplate;
    @FXML private Label customTemplateError;
    @FXML private Label customTemplatePasteRefused;
    @FXML private ComboBox<Locale> producerLocale;
    @FXML private TextField producerSeed;
    @FXML private ComboBox<KeyMode> producerKeyMode;
    @FXML private HBox keyFieldRow;
    @FXML private ComboBox<String> producerKeyField;
    @FXML private HBox hotKeysRow;
    @FXML private Label producerSeedError;
    @FXML private Label producerHotKeysError;
    @FXML private Label producerSkewError;
    @FXML private Label producerRateError;
    @FXML private Label producerStopValueError;
    @FXML private Label producerLingerError;
    @FXML private Label producerBatchSizeError;
    @FXML private TextField producerHotKeys;
    @FXML private TextField producerSkew;
    @FXML private CheckBox producerHeaders;
    @FXML private TextField producerRate;
    @FXML private CheckBox producerMaxRate;
    @FXML private ComboBox<StopMode> producerStopMode;
    @FXML private TextField producerStopValue;
    @FXML private ComboBox<String> producerAcks;
    @FXML private CheckBox producerIdempotence;
    @FXML private ComboBox<String> producerCompression;
    @FXML private Label producerCompressionNote;
    @FXML private ValueFormatPane producerValueFormatPane;
    @FXML private TextField producerLinger;
    @FXML private TextField producerBatchSize;
    @FXML private Label producerFormError;
    @FXML private Label producerReadOnlyNotice;
    @FXML private Button producerStart;
    @FXML private Button producerStop;
    @FXML private Label producerRunMessage;
    @FXML private Label producerSent;
    @FXML private Label producerAcked;
    @FXML private Label producerFailed;
    @FXML private Label producerCurrentRate;
    @FXML private Label producerLatency;
    @FXML private Label producerLastError;
    @FXML private LineChart<Number, Number> producerChart;
    @FXML private NumberAxis producerChartTime;
    @FXML private TextArea producerPreview;
    @FXML private Button producerPreviewRefresh;

    public ProducerController(ProducerViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        TabShown.whenShown(producerSplit, model::screenOpened);
        bindInputs();
        bindFigures();
        var running = model.runningProperty();
        // A running stream's settings are fixed; change them after Stop.
        for (Node input : List.of(producerTopic, producerTemplate, customTemplate, producerLocale, producerSeed,
                producerKeyMode, producerKeyField, producerHotKeys, producerSkew, producerHeaders, producerRate,
                producerMaxRate, producerStopMode, producerStopValue, producerAcks, producerIdempotence,
                producerCompression, producerLinger, producerBatchSize)) {
            input.disableProperty().bind(running);
        }
        producerValueFormatPane.bind(model.values(), running);
        producerCreateTopic.disableProperty().bind(running.or(model.changeGuard().allowsChangesProperty().not()));
        ReadOnlyNotice.bind(producerReadOnlyNotice, model.changeGuard());
        CommandBindings.bind(producerStart, model.startCommand());
        CommandBindings.bind(producerStop, model.stopCommand());
        producerCreateTopic.setOnAction(e -> model.createMissingTopic());
        CommandBindings.bind(producerPreviewRefresh, model.refreshSamplesCommand());
    }

    private void bindInputs() {
        producerTopic.setItems(model.topicNames());
        producerTopic.setOnShowing(e -> model.refreshTopics());
        producerTopic.getEditor().textProperty().bindBidirectional(model.topicProperty());
        showWhenSet(producerTopicMessage, model.topicMessageProperty());
        producerTopicMissingRow.visibleProperty().bind(model.topicMessageProperty().isNotEmpty());
        producerTopicMissingRow.managedProperty().bind(producerTopicMissingRow.visibleProperty());
        producerCreateTopic.visibleProperty().bind(model.topicMissingProperty().and(model.changeGuard().allowsChangesProperty()));
        producerCreateTopic.managedProperty().bind(producerCreateTopic.visibleProperty());

        producerTemplate.setItems(model.templates());
        producerTemplate.valueProperty().bindBidirectional(model.templateProperty());
        customTemplateBox.visibleProperty().bind(model.templateProperty().isEqualTo(TemplateChoice.CUSTOM));
        customTemplateBox.managedProperty().bind(customTemplateBox.visibleProperty());
        customTemplate.textProperty().bindBidirectional(model.customJsonProperty());
        showWhenSet(customTemplateError, model.customErrorProperty());
        // A paste that would make the template huge is refused in words; the next edit clears them.
        StringProperty refusedPaste = new SimpleStringProperty("");
        customTemplate.limit(TemplateSize.MAX_CHARS, whole -> refusedPaste.set(TemplateSize.refusal(whole.length())));
        customTemplate.textProperty().addListener((obs, old, now) -> refusedPaste.set(""));
        showWhenSet(customTemplatePasteRefused, refusedPaste);
        producerLocale.getItems().setAll(ProducerViewModel.LOCALES);
        producerLocale.setConverter(new LocaleNames());
        producerLocale.valueProperty().bindBidirectional(model.records().localeProperty());
        producerSeed.textProperty().bindBidirectional(model.seedProperty());

        producerKeyMode.getItems().setAll(KeyMode.values());
        producerKeyMode.valueProperty().bindBidirectional(model.keyModeProperty());
        producerKeyField.setItems(model.keyFields());
        producerKeyField.valueProperty().bindBidirectional(model.records().keyFieldProperty());
        keyFieldRow.visibleProperty().bind(model.keyModeProperty().isEqualTo(KeyMode.FIELD));
        keyFieldRow.managedProperty().bind(keyFieldRow.visibleProperty());
        hotKeysRow.visibleProperty().bind(model.keyModeProperty().isEqualTo(KeyMode.HOT_KEYS));
        hotKeysRow.managedProperty().bind(hotKeysRow.visibleProperty());
        producerHotKeys.textProperty().bindBidirectional(model.hotKeyCountProperty());
        producerSkew.textProperty().bindBidirectional(model.hotKeySkewProperty());
        producerHeaders.selectedProperty().bindBidirectional(model.headersProperty());

        producerRate.textProperty().bindBidirectional(model.rateProperty());
        producerMaxRate.selectedProperty().bindBidirectional(model.maxRateProperty());
        producerStopMode.getItems().setAll(StopMode.values());
        producerStopMode.valueProperty().bindBidirectional(model.stopModeProperty());
        producerStopValue.textProperty().bindBidirectional(model.stopValueProperty());
        producerStopValue.visibleProperty().bind(model.stopModeProperty().isNotEqualTo(StopMode.NEVER));
        producerStopValue.promptTextProperty().bind(
                model.stopModeProperty().map(mode -> mode == StopMode.AFTER_SECONDS ? "seconds" : "records"));

        producerAcks.getItems().setAll(ProducerTuning.ACKS);
        producerAcks.valueProperty().bindBidirectional(model.settings().acksProperty());
        producerIdempotence.selectedProperty().bindBidirectional(model.settings().idempotenceProperty());
        producerCompression.getItems().setAll(ProducerTuning.COMPRESSIONS);
        producerCompression.valueProperty().bindBidirectional(model.settings().compressionProperty());
        showWhenSet(producerCompressionNote, Bindings.createStringBinding(
                () -> ProducerForm.compressionNote(model.settings().compressionProperty().get()), model.settings().compressionProperty()));
        producerLinger.textProperty().bindBidirectional(model.lingerProperty());
        producerBatchSize.textProperty().bindBidirectional(model.batchSizeProperty());
        showWhenSet(producerFormError, model.formErrorProperty());
        bindFieldErrors();
        producerRunMessage.textProperty().bind(model.runMessageProperty());
    }

    /** Each number's reason next to it; the line above Start repeats the first, for fields out of view. */
    private void bindFieldErrors() {
        showWhenSet(producerSeedError, model.records().seedInput().errorProperty());
        showWhenSet(producerHotKeysError, model.records().hotKeyCount().errorProperty());
        showWhenSet(producerSkewError, model.records().hotKeySkew().errorProperty());
        RunSettings settings = model.settings();
        showWhenSet(producerRateError, settings.rate().errorProperty());
        showWhenSet(producerStopValueError, settings.stopValue().errorProperty());
        showWhenSet(producerLingerError, settings.linger().errorProperty());
        showWhenSet(producerBatchSizeError, settings.batchSize().errorProperty());
    }

    private void bindFigures() {
        ProducerMonitor monitor = model.monitor();
        producerSent.textProperty().bind(monitor.sentProperty());
        producerAcked.textProperty().bind(monitor.ackedProperty());
        producerFailed.textProperty().bind(monitor.failedProperty());
        producerCurrentRate.textProperty().bind(monitor.rateProperty());
        producerLatency.textProperty().bind(monitor.latencyProperty());
        showWhenSet(producerLastError, monitor.lastErrorProperty());
        RateSeries.show(producerChart, producerChartTime, monitor);
        producerPreview.textProperty().bind(model.previewProperty());
    }
}
