package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.producer.ProducerForm.KeyMode;
import dev.kafkaexplorer.ui.producer.ProducerForm.Parsed;
import dev.kafkaexplorer.ui.producer.ProducerForm.StopMode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * State and commands of the producer panel: what to send ({@link RecordSettings}), where
 * ({@link TopicChoice}), how fast and with which producer settings, in which value format
 * ({@link ValueEncoding}); start and stop ({@link ProducerRunControl}), whose figures come from its
 * {@link ProducerMonitor}.
 */
public final class ProducerViewModel {

    public static final List<Locale> LOCALES = List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE,
            Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("pt-BR"), Locale.ITALY, Locale.JAPAN);

    private final ObjectProperty<ProducerCluster> cluster = new SimpleObjectProperty<>();
    /** Producing and creating the missing topic are off while the profile is read-only. */
    private final ChangeGuard changes = ChangeGuard.following(cluster, ProducerCluster::profile);
    private final RecordSettings records;
    private final TopicChoice topic;
    private final ProducerRunControl runs;

    private final RunSettings settings = new RunSettings();
    private final ValueEncoding values;

    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canStart;
    private final Command startCommand;
    private final Command stopCommand;
    private final Command refreshSamplesCommand = Command.always(this::refreshPreview);

    /**
     * @param topics        the cluster's topics, as the topic list shows them
     * @param topicsChanged asks for the topic list again (after a topic was created here, or the list opens)
     * @param starter       starts producer runs (the app's: {@link ProducerRunStarter#withKafka()})
     */
    public ProducerViewModel(UiRuntime runtime, ObservableList<TopicSummary> topics, Runnable topicsChanged,
                             ProducerRunStarter starter) {
        records = new RecordSettings(runtime);
        topic = new TopicChoice(runtime, cluster, topics, topicsChanged, changes);
        runs = new ProducerRunControl(runtime, starter);
        values = new ValueEncoding(runtime, cluster, topic.topicProperty(), records.currentTemplate(), records.localeProperty());
        cluster.addListener((obs, old, now) -> {
            // A stream belongs to the cluster it was started on: switching clusters ends it.
            runs.stop("Stopping: the app switched cluster…");
        });

        List<Observable> inputs = new ArrayList<>(records.inputs());
        inputs.addAll(settings.inputs());
        inputs.addAll(values.inputs());
        for (Observable input : inputs) {
            input.addListener(o -> validate());
        }
        var running = runs.runningProperty();
        canStart = Bindings.createBooleanBinding(
                () -> cluster.get() != null && !running.get() && formError.get().isEmpty() && changes.allowsChanges()
                        && !topic.topicProperty().get().isBlank() && !topic.missingProperty().get()
                        && records.currentTemplate().get() != null && !values.checkingProperty().get(), cluster, running,
                formError, topic.topicProperty(), topic.missingProperty(), records.currentTemplate(),
                changes.allowsChangesProperty(), values.checkingProperty());
        startCommand = new Command(canStart, this::start);
        stopCommand = new Command(running, this::stop);
        validate();
    }

    private void validate() {
        String error = "";
        TemplateChoice choice = records.templateProperty().get();
        if (choice != null && choice.custom() && !records.customErrorProperty().get().isEmpty()) {
            error = records.customErrorProperty().get();
        }
        List<Parsed<?>> checks = new ArrayList<>(List.of(records.seed(), records.keys()));
        checks.addAll(settings.checks());
        for (Parsed<?> parsed : checks) {
            if (error.isEmpty() && !parsed.valid()) {
                error = parsed.error();
            }
        }
        formError.set(error.isEmpty() ? values.error() : error);
    }

    /** Starts streaming with the panel's settings, copied now; the run is built off the FX thread. */
    private void start() {
        String name = topic.topicProperty().get().trim();
        ProduceRequest request = new ProduceRequest(cluster.get().access(), name,
                settings.rateValue().value(), settings.maxRecords().value(), settings.maxDuration().value(),
                settings.tuning().value());
        long seed = records.seed().value().orElseGet(() -> new SecureRandom().nextLong());
        runs.start(new ProducerRunStarter.Spec(request, records.currentTemplate().get(), records.keys().value(),
                records.headersProperty().get(), records.localeProperty().get(), seed, values.plan(name)));
    }

    /** Asks the stream to stop; it flushes on its own thread, the figures show when it is done. */
    private void stop() {
        runs.stop("Stopping: sending what is buffered…");
    }

    /** Start streaming: executable while connected, not running, every field is valid and changes are allowed. */
    public Command startCommand() {
        return startCommand;
    }

    /** Whether the cluster may be written to now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    /** Stop streaming: executable while a run is starting or running. */
    public Command stopCommand() {
        return stopCommand;
    }

    /** New sample records from the current settings; always executable. */
    public Command refreshSamplesCommand() {
        return refreshSamplesCommand;
    }

    /** The producer screen was opened: from now on the key fields and sample records are kept current. */
    public void screenOpened() {
        records.screenOpened();
    }

    /** Makes new sample records. */
    private void refreshPreview() {
        records.refreshPreview();
    }

    /** Asks the cluster for its topics again, e.g. when the topic list opens. */
    public void refreshTopics() {
        topic.refresh();
    }

    /** Creates the missing topic typed in the topic field, with 3 partitions. */
    public void createMissingTopic() {
        topic.createMissing();
    }

    /** For the window closing: stops a running stream and returns the blocking wait for its flush. */
    public Runnable prepareShutdown() {
        return runs.prepareShutdown();
    }

    /** The cluster to produce to; null while not connected. */
    public ObjectProperty<ProducerCluster> clusterProperty() {
        return cluster;
    }

    public StringProperty topicProperty() {
        return topic.topicProperty();
    }

    public ObservableList<String> topicNames() {
        return topic.topicNames();
    }

    public ReadOnlyBooleanProperty topicMissingProperty() {
        return topic.missingProperty();
    }

    public ReadOnlyStringProperty topicMessageProperty() {
        return topic.messageProperty();
    }

    public ObservableList<TemplateChoice> templates() {
        return records.templates();
    }

    public ObjectProperty<TemplateChoice> templateProperty() {
        return records.templateProperty();
    }

    public StringProperty customJsonProperty() {
        return records.customJsonProperty();
    }

    public ReadOnlyStringProperty customErrorProperty() {
        return records.customErrorProperty();
    }

    public StringProperty seedProperty() {
        return records.seedInput().textProperty();
    }

    public ObjectProperty<KeyMode> keyModeProperty() {
        return records.keyModeProperty();
    }

    public ObservableList<String> keyFields() {
        return records.keyFields();
    }

    public StringProperty hotKeyCountProperty() {
        return records.hotKeyCount().textProperty();
    }

    public StringProperty hotKeySkewProperty() {
        return records.hotKeySkew().textProperty();
    }

    public BooleanProperty headersProperty() {
        return records.headersProperty();
    }

    public StringProperty rateProperty() {
        return settings.rate().textProperty();
    }

    public BooleanProperty maxRateProperty() {
        return settings.maxRateProperty();
    }

    public ObjectProperty<StopMode> stopModeProperty() {
        return settings.stopModeProperty();
    }

    public StringProperty stopValueProperty() {
        return settings.stopValue().textProperty();
    }

    public StringProperty lingerProperty() {
        return settings.linger().textProperty();
    }

    public StringProperty batchSizeProperty() {
        return settings.batchSize().textProperty();
    }

    /** Rate, stop and producer settings, each number with its own message. */
    RunSettings settings() {
        return settings;
    }

    /** Template, keys and seed, each number with its own message. */
    RecordSettings records() {
        return records;
    }

    /** The value format: JSON text or a registry format, its schema file and subject. */
    ValueEncoding values() {
        return values;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runs.runningProperty();
    }

    public ReadOnlyStringProperty runMessageProperty() {
        return runs.messageProperty();
    }

    /** True while the connection bar says the cluster does not answer: the run's line then says so. */
    public javafx.beans.property.BooleanProperty clusterUnreachableProperty() {
        return runs.clusterUnreachableProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return records.previewProperty();
    }

    ProducerMonitor monitor() {
        return runs.monitor();
    }
}
