package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import dev.kafkaexplorer.kafka.produce.RecordSizes;
import dev.kafkaexplorer.kafka.produce.SingleRecordRules;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.send.SizeRules.TopicLimit;
import dev.kafkaexplorer.ui.send.SizeRules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and the send command of the produce-one-message dialog. Every field is checked as typed;
 * after a send the dialog keeps its fields for the next one.
 */
public final class SendRecordViewModel {

    private final UiRuntime runtime;
    private final Map<String, Integer> partitionCounts;
    private final SendChannel cluster;
    private final LatestRequest askingLimit;
    private final ValueInput value;

    private final StringProperty topic = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper topicError = new ReadOnlyStringWrapper("");
    private final StringProperty key = new SimpleStringProperty("");
    private final StringProperty headers = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper headersError = new ReadOnlyStringWrapper("");
    private final PartitionInput partition;
    private final ObjectProperty<TopicLimit> topicLimit = new SimpleObjectProperty<>(TopicLimit.ASKING);
    private final BooleanProperty raiseRequestSize = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Verdict> size = new ReadOnlyObjectWrapper<>(Verdict.FITS);
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSend;
    private final ChangeGuard changes;

    /**
     * @param runtime         where the outcome of a send is shown
     * @param partitionCounts the cluster's topics and their partition counts, for checking the topic and partition
     * @param cluster         sends, and tells the limits a record meets
     */
    public SendRecordViewModel(UiRuntime runtime, Map<String, Integer> partitionCounts, String initialTopic, SendChannel cluster) {
        this(runtime, partitionCounts, initialTopic, cluster, ChangeGuard.none());
    }

    /** With {@code changes} saying whether the cluster may be written to: Send stays off while it may not. */
    public SendRecordViewModel(UiRuntime runtime, Map<String, Integer> partitionCounts, String initialTopic, SendChannel cluster,
                               ChangeGuard changes) {
        this(runtime, partitionCounts, initialTopic, cluster, changes, null);
    }

    /** With {@code schemas}, the cluster's registry for values written with a subject's schema (null: it has none). */
    public SendRecordViewModel(UiRuntime runtime, Map<String, Integer> partitionCounts, String initialTopic, SendChannel cluster,
                               ChangeGuard changes, SchemaSource schemas) {
        this.runtime = runtime;
        this.changes = changes;
        this.partitionCounts = Map.copyOf(partitionCounts);
        this.cluster = cluster;
        this.askingLimit = runtime.latestRequest();
        this.value = new ValueInput(runtime, new SchemaValue(runtime, schemas, topic));
        this.partition = new PartitionInput(this.partitionCounts, topic);
        topic.addListener((obs, old, now) -> checkTopic());
        value.error.addListener((obs, old, now) -> clearOutcome());
        value.text.addListener((obs, old, now) -> clearOutcome());
        headers.addListener((obs, old, now) -> headersError.set(SingleRecordRules.headers(now).error()));
        for (Observable o : new Observable[] {key, value.text, value.held, value.format, value.schema.encoded, headers,
                topicLimit, raiseRequestSize}) {
            o.addListener(x -> checkSize());
        }
        topic.set(initialTopic == null ? "" : initialTopic);
        checkTopic();
        List<Observable> inputs = new ArrayList<>(List.of(topicError, value.error, value.busy, value.format, headersError,
                partition.error, size, sending));
        inputs.addAll(value.schema.readiness());
        canSend = changes.and(Bindings.createBooleanBinding(
                () -> topicError.get().isEmpty() && value.ready() && headersError.get().isEmpty()
                        && partition.error.get().isEmpty() && size.get().sendable() && !sending.get(),
                inputs.toArray(Observable[]::new)));
    }

    /** Whether the cluster may be written to now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    /** The topic names offered, sorted. */
    public List<String> topicNames() {
        return partitionCounts.keySet().stream().sorted().toList();
    }

    private void checkTopic() {
        String name = topic.get().trim();
        Integer count = partitionCounts.get(name);
        if (name.isEmpty()) {
            topicError.set("Choose a topic");
        } else if (count == null) {
            topicError.set("Topic '" + name + "' does not exist on this cluster (refresh the topic list if it is new)");
        } else {
            topicError.set("");
        }
        clearOutcome();
        askLimit(count == null ? null : name);
    }

    /** Asks the broker what the topic takes; a topic it does not know is limited by the producer alone. */
    private void askLimit(String name) {
        raiseRequestSize.set(false);
        if (name == null) {
            askingLimit.cancel();
            topicLimit.set(TopicLimit.unknown("no such topic"));
            return;
        }
        topicLimit.set(TopicLimit.ASKING);
        askingLimit.run(() -> cluster.topicMaxMessageBytes(name), bytes -> topicLimit.set(TopicLimit.known(bytes)),
                failure -> topicLimit.set(TopicLimit.unknown(KafkaErrorText.general(failure))));
    }

    private void checkSize() {
        // O(1) for a held value: the estimate needs only the lengths.
        int bytes = RecordSizes.batchBytes(request());
        size.set(SizeRules.check(topic.get().trim(), bytes, cluster.maxRequestSize(), topicLimit.get(), raiseRequestSize.get()));
    }

    private void clearOutcome() {
        error.set("");
    }

    /** Sends the record as the fields stand; the outcome shows as {@link #resultProperty()} or {@link #errorProperty()}. */
    public CompletableFuture<SentRecord> send() {
        if (changes.refuses(error::set)) {
            return changes.refusal();
        }
        if (!canSend.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("The input is not valid"));
        }
        OneRecord record = request();
        int raiseTo = size.get().raiseTo();
        int maxRequestSize = raiseRequestSize.get() && raiseTo > 0 ? raiseTo : cluster.maxRequestSize();
        sending.set(true);
        result.set("");
        error.set("");
        return runtime.whenDone(cluster.send(record, maxRequestSize), sent -> {
            sending.set(false);
            result.set("Sent to " + sent.topic() + ": partition " + sent.partition() + ", offset " + sent.offset());
        }, failure -> {
            sending.set(false);
            error.set("Not sent: " + KafkaErrorText.forTopic(record.topic(), failure));
        });
    }

    /** Releases the producer (closed on its own thread); the dialog calls it when it closes. */
    public void close() {
        askingLimit.cancel();
        // A closed dialog may stay reachable (its stage's owner) a while: let go of a held 20 MB at once.
        value.clearHeld();
        cluster.close();
    }

    /** Holds {@code whole} (the editor's text with an over-long paste applied) as the value, not in the editor. */
    public void holdPasted(String whole) {
        value.holdPasted(whole);
    }

    /** Reads {@code file} off the FX thread and makes its bytes the value. */
    public void loadValueFromFile(Path file) {
        value.loadFromFile(file);
    }

    /** Drops a held (pasted or loaded) value so one can be typed again. */
    public void clearHeldValue() {
        value.clearHeld();
    }

    /** An immutable copy of the fields, made on the FX thread before anything is sent. */
    OneRecord request() {
        Optional<String> k = key.get().isEmpty() ? Optional.empty() : Optional.of(key.get());
        return new OneRecord(topic.get().trim(), k, value.bytes(), SingleRecordRules.headers(headers.get()).headers(),
                partition.value());
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ReadOnlyStringProperty topicErrorProperty() {
        return topicError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partitionHintProperty() {
        return partition.hint.getReadOnlyProperty();
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObjectProperty<ValueFormat> valueFormatProperty() {
        return value.format;
    }

    /** The editor's text: the typed value, or the summary of a held one (read-only then). */
    public StringProperty valueProperty() {
        return value.text;
    }

    /** Why the value cannot be sent: not JSON, or (in the schema format) not fitting the subject's schema. */
    public StringBinding valueErrorProperty() {
        return value.shownError;
    }

    /** The subject chooser and its schema, for the schema format. */
    SchemaValue schemaValue() {
        return value.schema;
    }

    /** The value held instead of typed (an over-long paste, a file), or null. */
    public ReadOnlyObjectProperty<HeldValue> heldValueProperty() {
        return value.held.getReadOnlyProperty();
    }

    /** Whether the record fits the producer's and the topic's limits, and what to do when it does not. */
    public ReadOnlyObjectProperty<Verdict> sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The user's choice to send with max.request.size raised to what the topic takes. */
    public BooleanProperty raiseRequestSizeProperty() {
        return raiseRequestSize;
    }

    public StringProperty headersProperty() {
        return headers;
    }

    public ReadOnlyStringProperty headersErrorProperty() {
        return headersError.getReadOnlyProperty();
    }

    public StringProperty partitionProperty() {
        return partition.text;
    }

    public ReadOnlyStringProperty partitionErrorProperty() {
        return partition.error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
