package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.CustomTemplate;
import dev.kafkaexplorer.fake.GeneratedRecord;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.fake.TemplateException;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.produce.GeneratorPool;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.ui.common.FxThread;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.producer.ProducerForm.KeyMode;
import dev.kafkaexplorer.ui.producer.ProducerForm.Parsed;
import dev.kafkaexplorer.ui.producer.ProducerForm.StopMode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and commands of the producer panel: what to send, how fast, with which producer settings;
 * start and stop; the figures of the running stream come from its {@link ProducerMonitor}.
 */
public final class ProducerViewModel {

    /** One entry of the template list; {@code template} is null for the custom JSON entry. */
    public record TemplateChoice(String label, RecordTemplate template) {
        public boolean custom() {
            return template == null;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final TemplateChoice CUSTOM = new TemplateChoice("Custom JSON template…", null);
    public static final List<Locale> LOCALES = List.of(Locale.US, Locale.UK, Locale.GERMANY, Locale.FRANCE,
            Locale.forLanguageTag("es-ES"), Locale.forLanguageTag("pt-BR"), Locale.ITALY, Locale.JAPAN);
    private static final String DEFAULT_CUSTOM = """
            {
              "id": "#{Internet.uuid}",
              "customer": "#{Name.fullName}",
              "city": "#{Address.city}",
              "score": "#{Number.numberBetween '1','100'}",
              "active": true
            }""";
    private static final int PREVIEW_RECORDS = 3;
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    private final Executor workers;
    private final Executor fx = FxThread.executor();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final Runnable topicsChanged;
    private final ProducerMonitor monitor = new ProducerMonitor();

    private final StringProperty topic = new SimpleStringProperty("");
    private final ObservableList<String> topicNames = FXCollections.observableArrayList();
    private final ObservableList<TemplateChoice> templates = FXCollections.observableArrayList();
    private final ObjectProperty<TemplateChoice> template = new SimpleObjectProperty<>();
    private final StringProperty customJson = new SimpleStringProperty(DEFAULT_CUSTOM);
    private final ReadOnlyStringWrapper customError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(Locale.US);
    private final StringProperty seed = new SimpleStringProperty("");
    private final ObjectProperty<KeyMode> keyMode = new SimpleObjectProperty<>(KeyMode.RANDOM_UUID);
    private final StringProperty keyField = new SimpleStringProperty();
    private final ObservableList<String> keyFields = FXCollections.observableArrayList();
    private final StringProperty hotKeyCount = new SimpleStringProperty("10");
    private final StringProperty hotKeySkew = new SimpleStringProperty("1.2");
    private final BooleanProperty headers = new SimpleBooleanProperty(true);
    private final StringProperty rate = new SimpleStringProperty("1000");
    private final BooleanProperty maxRate = new SimpleBooleanProperty(false);
    private final ObjectProperty<StopMode> stopMode = new SimpleObjectProperty<>(StopMode.NEVER);
    private final StringProperty stopValue = new SimpleStringProperty("");
    private final StringProperty acks = new SimpleStringProperty(ProducerTuning.defaults().acks());
    private final BooleanProperty idempotence = new SimpleBooleanProperty(ProducerTuning.defaults().idempotence());
    private final StringProperty compression = new SimpleStringProperty(ProducerTuning.defaults().compression());
    private final StringProperty linger = new SimpleStringProperty(String.valueOf(ProducerTuning.defaults().lingerMs()));
    private final StringProperty batchSize = new SimpleStringProperty(String.valueOf(ProducerTuning.defaults().batchSizeBytes()));

    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper topicMissing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper topicMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper runMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final BooleanBinding canStart;

    private final PauseTransition customParseDelay = new PauseTransition(javafx.util.Duration.millis(250));
    /** The parsed custom template, or null while it is invalid or being checked. */
    private RecordTemplate customTemplate;
    private int customGeneration;
    private int previewGeneration;
    /** The producer screen has been opened: from then on, key fields and samples are kept current. */
    private boolean screenOpened;
    private ProducerLoop loop;
    /** Set when Stop (or closing) comes while the loop is still being built. */
    private boolean stopWhenStarted;

    public ProducerViewModel(Executor workers, ObservableList<TopicSummary> topics, Runnable topicsChanged) {
        this.workers = workers;
        this.topicsChanged = topicsChanged;
        BuiltInTemplates.all().forEach(t -> templates.add(new TemplateChoice(t.displayName(), t)));
        templates.add(CUSTOM);
        template.set(templates.get(0));

        topics.addListener((ListChangeListener<TopicSummary>) change -> syncTopicNames(topics));
        syncTopicNames(topics);
        topic.addListener((obs, old, now) -> checkTopic());
        connection.addListener((obs, old, now) -> {
            checkTopic();
            // A stream belongs to the cluster it was started on: switching clusters ends it.
            if (running.get()) {
                stopBecause("Stopping: the app switched cluster…");
            }
        });

        customParseDelay.setOnFinished(e -> parseCustom());
        customJson.addListener((obs, old, now) -> {
            customTemplate = null;
            customError.set("");
            validate();
            customParseDelay.playFromStart();
        });
        template.addListener((obs, old, now) -> templateChanged());
        for (Observable input : List.of(seed, keyMode, keyField, hotKeyCount, hotKeySkew, rate, maxRate, stopMode,
                stopValue, acks, idempotence, compression, linger, batchSize)) {
            input.addListener(o -> validate());
        }
        for (Observable input : List.of(locale, seed, keyMode, keyField, hotKeyCount, hotKeySkew, headers)) {
            input.addListener(o -> refreshPreview());
        }
        monitor.stateProperty().addListener((obs, old, state) -> runStateChanged(state));

        canStart = Bindings.createBooleanBinding(
                () -> connection.get() != null && !running.get() && formError.get().isEmpty()
                        && !topic.get().isBlank() && !topicMissing.get() && currentTemplate() != null,
                connection, running, formError, topic, topicMissing, template, customError);
        templateChanged();
    }

    private void syncTopicNames(List<TopicSummary> topics) {
        topicNames.setAll(topics.stream().filter(t -> !t.internal()).map(TopicSummary::name).toList());
        if (topic.get().isBlank() && !topicNames.isEmpty()) {
            topic.set(topicNames.get(0));
        }
        checkTopic();
    }

    private void checkTopic() {
        String name = topic.get().trim();
        boolean missing = !name.isEmpty() && connection.get() != null && !topicNames.contains(name);
        topicMissing.set(missing);
        topicMessage.set(missing ? "Topic “" + name + "” does not exist yet." : "");
    }

    private void templateChanged() {
        TemplateChoice choice = template.get();
        if (choice != null && choice.custom() && customTemplate == null) {
            parseCustom();
        }
        refreshKeyFields();
        refreshPreview();
        validate();
    }

    /** The template to generate from, or null while a custom one is invalid or being checked. */
    RecordTemplate currentTemplate() {
        TemplateChoice choice = template.get();
        if (choice == null) {
            return null;
        }
        return choice.custom() ? customTemplate : choice.template();
    }

    private void parseCustom() {
        int generation = ++customGeneration;
        String json = customJson.get();
        // Parsing evaluates every expression once with datafaker, which loads its data files: off the FX thread.
        CompletableFuture.supplyAsync(() -> {
            try {
                return CustomTemplate.parse("custom", json);
            } catch (TemplateException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, workers).whenCompleteAsync((parsed, error) -> {
            if (generation != customGeneration) {
                return;
            }
            customTemplate = parsed;
            customError.set(error == null ? "" : KafkaErrorText.unwrap(error).getMessage());
            if (template.get() != null && template.get().custom()) {
                refreshKeyFields();
                refreshPreview();
            }
            validate();
        }, fx);
    }

    private void refreshKeyFields() {
        RecordTemplate t = currentTemplate();
        if (t == null || !screenOpened) {
            return;
        }
        Locale l = locale.get();
        CompletableFuture.supplyAsync(() -> RecordGenerator.fieldNames(t, l), workers)
                .thenAcceptAsync(fields -> {
                    if (t != currentTemplate()) {
                        return;
                    }
                    String chosen = keyField.get();
                    keyFields.setAll(fields);
                    keyField.set(fields.contains(chosen) ? chosen : fields.isEmpty() ? null : fields.get(0));
                }, fx);
    }

    /**
     * The producer screen was opened: lists the template's fields for the key choice and shows
     * sample records from now on. Until then neither is made: both generate a record, and
     * datafaker's first record (parsing its locale's YAML data, then compiling that parser) costs
     * seconds of CPU that a start would otherwise spend beside starting the broker.
     */
    public void screenOpened() {
        if (!screenOpened) {
            screenOpened = true;
            refreshKeyFields();
            refreshPreview();
        }
    }

    /** Generates a few sample records off the FX thread and shows them as text. */
    public void refreshPreview() {
        if (!screenOpened) {
            return;
        }
        RecordTemplate t = currentTemplate();
        Parsed<KeyStrategy> keys = keys();
        Parsed<OptionalLong> seedValue = ProducerForm.seed(seed.get());
        int generation = ++previewGeneration;
        if (t == null || !keys.valid() || !seedValue.valid()) {
            preview.set(t == null ? "" : "(fix the fields above to see sample records)");
            return;
        }
        boolean withHeaders = headers.get();
        Locale l = locale.get();
        long runSeed = seedValue.value().orElse(new SecureRandom().nextLong());
        CompletableFuture.supplyAsync(() -> sampleText(new RecordGenerator(t, keys.value(), withHeaders, l, runSeed)), workers)
                .whenCompleteAsync((text, error) -> {
                    if (generation == previewGeneration) {
                        preview.set(error == null ? text : "Cannot generate: " + KafkaErrorText.unwrap(error).getMessage());
                    }
                }, fx);
    }

    private static String sampleText(RecordGenerator generator) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < PREVIEW_RECORDS; i++) {
            GeneratedRecord r = generator.next();
            text.append("key: ").append(r.key() == null ? "(none)" : new String(r.key(), StandardCharsets.UTF_8)).append('\n');
            for (Map.Entry<String, byte[]> h : r.headers().entrySet()) {
                text.append("header ").append(h.getKey()).append(": ")
                        .append(new String(h.getValue(), StandardCharsets.UTF_8)).append('\n');
            }
            text.append(RecordGenerator.prettyJson(r.value())).append("\n\n");
        }
        return text.toString().stripTrailing();
    }

    private Parsed<KeyStrategy> keys() {
        return ProducerForm.keys(keyMode.get(), keyField.get(), hotKeyCount.get(), hotKeySkew.get());
    }

    private Parsed<ProducerTuning> tuning() {
        return ProducerForm.tuning(acks.get(), idempotence.get(), compression.get(), linger.get(), batchSize.get());
    }

    private void validate() {
        String error = "";
        if (template.get() != null && template.get().custom() && !customError.get().isEmpty()) {
            error = customError.get();
        }
        for (Parsed<?> parsed : List.of(ProducerForm.seed(seed.get()), keys(), ProducerForm.rate(rate.get(), maxRate.get()),
                ProducerForm.maxRecords(stopMode.get(), stopValue.get()),
                ProducerForm.maxDuration(stopMode.get(), stopValue.get()), tuning())) {
            if (error.isEmpty() && !parsed.valid()) {
                error = parsed.error();
            }
        }
        formError.set(error);
    }

    /** Asks the cluster for its topics again, e.g. when the topic list opens. */
    public void refreshTopics() {
        topicsChanged.run();
    }

    /** Creates the missing topic typed in the topic field, with 3 partitions. */
    public void createMissingTopic() {
        Connection current = connection.get();
        String name = topic.get().trim();
        if (current == null || !topicMissing.get()) {
            return;
        }
        short rf = (short) Math.min(3, current.info().brokerCount());
        topicMessage.set("Creating “" + name + "”…");
        current.admin().createTopic(new NewTopicRequest(name, 3, rf, Map.of())).whenCompleteAsync((created, error) -> {
            if (error != null) {
                topicMessage.set(KafkaErrorText.forTopic(name, error));
            } else {
                topicNames.add(name);
                checkTopic();
                topicsChanged.run();
            }
        }, fx);
    }

    /** Starts streaming; the loop and its generators are built off the FX thread. */
    public void start() {
        Connection current = connection.get();
        if (!canStart.get() || current == null) {
            return;
        }
        ProduceRequest request = new ProduceRequest(current.admin().settings().bootstrapServers(), topic.get().trim(),
                ProducerForm.rate(rate.get(), maxRate.get()).value(),
                ProducerForm.maxRecords(stopMode.get(), stopValue.get()).value(),
                ProducerForm.maxDuration(stopMode.get(), stopValue.get()).value(), tuning().value());
        RecordTemplate t = currentTemplate();
        KeyStrategy k = keys().value();
        boolean h = headers.get();
        Locale l = locale.get();
        long runSeed = ProducerForm.seed(seed.get()).value().orElse(new SecureRandom().nextLong());
        running.set(true);
        loop = null;
        stopWhenStarted = false;
        runMessage.set("Starting…");
        CompletableFuture.supplyAsync(() -> new ProducerLoop(request, new GeneratorPool(GeneratorPool.DEFAULT_THREADS,
                        i -> new RecordGenerator(t, k, h, l, GeneratorPool.seedFor(runSeed, i)), "producer")).start(), workers)
                .whenCompleteAsync((started, error) -> {
                    if (error != null) {
                        running.set(false);
                        runMessage.set("Could not start: " + KafkaErrorText.general(error));
                        return;
                    }
                    loop = started;
                    runMessage.set("Streaming to “" + request.topic() + "”" + (runSeed == 0 ? "" : " (seed " + runSeed + ")"));
                    monitor.watch(started);
                    if (stopWhenStarted) {
                        started.stop();
                    }
                }, fx);
    }

    /** Asks the stream to stop; it flushes on its own thread, the figures show when it is done. */
    public void stop() {
        stopBecause("Stopping: sending what is buffered…");
    }

    private void stopBecause(String message) {
        if (!running.get()) {
            return;
        }
        runMessage.set(message);
        if (loop != null && loop.stats().state() != ProducerLoop.State.FINISHED) {
            loop.stop();
        } else {
            stopWhenStarted = true;
        }
    }

    private void runStateChanged(ProducerLoop.State state) {
        if (loop != null && (state == ProducerLoop.State.FINISHED || state == ProducerLoop.State.FAILED)) {
            running.set(false);
            var stats = loop.stats();
            runMessage.set((state == ProducerLoop.State.FAILED ? "Stopped by an error. " : "Finished. ")
                    + "Sent " + count(stats.sent()) + ", acknowledged " + count(stats.acked())
                    + ", failed " + count(stats.failed()) + ".");
        }
    }

    /** With the locale's grouping, as the counters show it: a toast of "30635" is hard to read. */
    private static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    /**
     * For the window closing: stops a running stream and returns the blocking wait for its flush,
     * to be run off the FX thread before the broker goes away.
     */
    public Runnable prepareShutdown() {
        ProducerLoop current = loop;
        monitor.stopWatching();
        stopWhenStarted = true;
        if (current == null) {
            return () -> { };
        }
        current.stop();
        return () -> {
            try {
                current.awaitFinished(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ObservableList<String> topicNames() {
        return topicNames;
    }

    public ReadOnlyBooleanProperty topicMissingProperty() {
        return topicMissing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty topicMessageProperty() {
        return topicMessage.getReadOnlyProperty();
    }

    public ObservableList<TemplateChoice> templates() {
        return templates;
    }

    public ObjectProperty<TemplateChoice> templateProperty() {
        return template;
    }

    public StringProperty customJsonProperty() {
        return customJson;
    }

    public ReadOnlyStringProperty customErrorProperty() {
        return customError.getReadOnlyProperty();
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<KeyMode> keyModeProperty() {
        return keyMode;
    }

    public StringProperty keyFieldProperty() {
        return keyField;
    }

    public ObservableList<String> keyFields() {
        return keyFields;
    }

    public StringProperty hotKeyCountProperty() {
        return hotKeyCount;
    }

    public StringProperty hotKeySkewProperty() {
        return hotKeySkew;
    }

    public BooleanProperty headersProperty() {
        return headers;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public BooleanProperty maxRateProperty() {
        return maxRate;
    }

    public ObjectProperty<StopMode> stopModeProperty() {
        return stopMode;
    }

    public StringProperty stopValueProperty() {
        return stopValue;
    }

    public StringProperty acksProperty() {
        return acks;
    }

    public BooleanProperty idempotenceProperty() {
        return idempotence;
    }

    public StringProperty compressionProperty() {
        return compression;
    }

    public StringProperty lingerProperty() {
        return linger;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty runMessageProperty() {
        return runMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    ProducerMonitor monitor() {
        return monitor;
    }
}
