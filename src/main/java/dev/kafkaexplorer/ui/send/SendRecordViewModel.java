package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import dev.kafkaexplorer.kafka.produce.SingleRecordRules;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.NumberRule;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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

    /** How the value text is meant: any text, or a JSON value that must parse. */
    public enum ValueFormat {
        TEXT("Text"), JSON("JSON");

        private final String label;

        ValueFormat(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final UiRuntime runtime;
    private final Map<String, Integer> partitionCounts;
    private final Function<OneRecord, CompletableFuture<SentRecord>> sender;
    private final Runnable closeSender;

    private final StringProperty topic = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper topicError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper partitionHint = new ReadOnlyStringWrapper("");
    private final StringProperty key = new SimpleStringProperty("");
    private final ObjectProperty<ValueFormat> valueFormat = new SimpleObjectProperty<>(ValueFormat.TEXT);
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper valueError = new ReadOnlyStringWrapper("");
    private final StringProperty headers = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper headersError = new ReadOnlyStringWrapper("");
    private final StringProperty partition = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper partitionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSend;
    private final ChangeGuard changes;

    /**
     * @param runtime         where the outcome of a send is shown
     * @param partitionCounts the cluster's topics and their partition counts, for checking the topic and partition
     * @param sender          sends one record; its future may complete on any thread
     * @param closeSender     releases what sends, without waiting; called once, when the dialog closes
     */
    public SendRecordViewModel(UiRuntime runtime, Map<String, Integer> partitionCounts, String initialTopic,
                               Function<OneRecord, CompletableFuture<SentRecord>> sender, Runnable closeSender) {
        this(runtime, partitionCounts, initialTopic, sender, closeSender, ChangeGuard.none());
    }

    /** With {@code changes} saying whether the cluster may be written to: Send stays off while it may not. */
    public SendRecordViewModel(UiRuntime runtime, Map<String, Integer> partitionCounts, String initialTopic,
                               Function<OneRecord, CompletableFuture<SentRecord>> sender, Runnable closeSender,
                               ChangeGuard changes) {
        this.runtime = runtime;
        this.changes = changes;
        this.partitionCounts = Map.copyOf(partitionCounts);
        this.sender = sender;
        this.closeSender = closeSender;
        topic.addListener((obs, old, now) -> {
            checkTopic();
            checkPartition();
        });
        valueFormat.addListener((obs, old, now) -> checkValue());
        value.addListener((obs, old, now) -> checkValue());
        headers.addListener((obs, old, now) -> headersError.set(SingleRecordRules.headers(now).error()));
        partition.addListener((obs, old, now) -> checkPartition());
        topic.set(initialTopic == null ? "" : initialTopic);
        checkTopic();
        canSend = changes.and(Bindings.createBooleanBinding(
                () -> topicError.get().isEmpty() && valueError.get().isEmpty() && headersError.get().isEmpty()
                        && partitionError.get().isEmpty() && !sending.get(),
                topicError, valueError, headersError, partitionError, sending));
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
        partitionHint.set(count == null ? "" : (count == 1 ? "partition 0" : "partitions 0–" + (count - 1))
                + "; blank lets the producer choose");
        clearOutcome();
    }

    private void checkValue() {
        valueError.set(valueFormat.get() == ValueFormat.JSON ? SingleRecordRules.jsonError(value.get()).orElse("") : "");
        clearOutcome();
    }

    private void checkPartition() {
        int count = partitionCounts.getOrDefault(topic.get().trim(), 0);
        // Without a known topic the topic's own message says what to do; a typed partition cannot be checked yet.
        partitionError.set(count == 0 && !partition.get().isBlank() ? "Choose an existing topic first"
                : partitionCheck().error());
    }

    /** The typed partition against the chosen topic's partitions; blank lets the producer choose. */
    private NumberRule.Check partitionCheck() {
        int count = partitionCounts.getOrDefault(topic.get().trim(), 0);
        return NumberRule.wholeNumber("Partition").atLeast(0)
                .atMost(Math.max(0, count - 1), count == 1 ? "the topic has only partition 0" : "the topic has partitions 0–" + (count - 1))
                .optional("the producer chooses").check(partition.get());
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
        sending.set(true);
        result.set("");
        error.set("");
        return runtime.whenDone(sender.apply(record), sent -> {
            sending.set(false);
            result.set("Sent to " + sent.topic() + ": partition " + sent.partition() + ", offset " + sent.offset());
        }, failure -> {
            sending.set(false);
            error.set("Not sent: " + KafkaErrorText.forTopic(record.topic(), failure));
        });
    }

    /** Releases the producer (closed on its own thread); the dialog calls it when it closes. */
    public void close() {
        closeSender.run();
    }

    /** An immutable copy of the fields, made on the FX thread before anything is sent. */
    OneRecord request() {
        Optional<String> k = key.get().isEmpty() ? Optional.empty() : Optional.of(key.get());
        return new OneRecord(topic.get().trim(), k, value.get(), SingleRecordRules.headers(headers.get()).headers(),
                partitionCheck().blank() ? OptionalInt.empty() : OptionalInt.of(partitionCheck().intValue()));
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ReadOnlyStringProperty topicErrorProperty() {
        return topicError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty partitionHintProperty() {
        return partitionHint.getReadOnlyProperty();
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObjectProperty<ValueFormat> valueFormatProperty() {
        return valueFormat;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty valueErrorProperty() {
        return valueError.getReadOnlyProperty();
    }

    public StringProperty headersProperty() {
        return headers;
    }

    public ReadOnlyStringProperty headersErrorProperty() {
        return headersError.getReadOnlyProperty();
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public ReadOnlyStringProperty partitionErrorProperty() {
        return partitionError.getReadOnlyProperty();
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
