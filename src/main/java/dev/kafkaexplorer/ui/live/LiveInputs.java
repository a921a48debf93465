package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.consume.ConsumeRequest;
import dev.kafkaexplorer.kafka.consume.StartPosition;
import dev.kafkaexplorer.settings.TopicFormats;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import dev.kafkaexplorer.ui.common.NumberInput;
import dev.kafkaexplorer.ui.common.NumberRule;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the user asks the live view to read: topic, partition, start position, group and row limit,
 * checked as they are typed, with the reason in words when they are not valid (DESIGN.md §5).
 */
public final class LiveInputs {

    static final String ALL_PARTITIONS = "All partitions";
    /** Rows the table keeps until the user types another limit. */
    public static final int DEFAULT_CAPACITY = 100_000;
    private static final int MAX_CAPACITY = 5_000_000;
    /**
     * The heap one kept row may take at most: its 1 KiB of bytes, the row and the table's share
     * (250 000 rows of 1 KiB held 361 MB after a full collection, docs/benchmarks.md, memory).
     */
    private static final long HEAP_PER_ROW = 2048;

    private final ObservableList<TopicSummary> topics;
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObservableList<String> topicNames = FXCollections.observableArrayList();
    private final ObservableList<String> partitionChoices = FXCollections.observableArrayList(ALL_PARTITIONS);
    private final StringProperty partition = new SimpleStringProperty(ALL_PARTITIONS);
    private final ObjectProperty<StartChoice> startFrom = new SimpleObjectProperty<>(StartChoice.LATEST);
    private final StringProperty startValue = new SimpleStringProperty("");
    private final StringProperty group = new SimpleStringProperty("");
    private final NumberInput capacity = new NumberInput(
            NumberRule.wholeNumber("Keep").atLeast(1).atMost(maxCapacity(Runtime.getRuntime().maxMemory()),
                    "what the app's memory holds"), String.valueOf(DEFAULT_CAPACITY));
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper("");
    private final ChangeGuard changes;

    /**
     * The most rows a table may keep in a heap of {@code maxHeapBytes}: a larger limit would let
     * a flood of large records run the app out of memory (the app's heap is bounded, decision 0042).
     */
    static int maxCapacity(long maxHeapBytes) {
        return (int) Math.min(MAX_CAPACITY, maxHeapBytes / HEAP_PER_ROW);
    }

    /** Reading as a group commits its offsets: a change, so refused while {@code changes} says the cluster may not be changed. */
    LiveInputs(ObservableList<TopicSummary> topics, ChangeGuard changes) {
        this.topics = topics;
        this.changes = changes;
        topics.addListener((ListChangeListener<TopicSummary>) change -> syncTopics());
        topic.addListener((obs, old, now) -> syncPartitions());
        syncTopics();
        for (Observable input : List.<Observable>of(topic, partition, startFrom, startValue, group, capacity.textProperty(),
                changes.allowsChangesProperty())) {
            input.addListener(o -> validate());
        }
        validate();
    }

    private void syncTopics() {
        topicNames.setAll(topics.stream().filter(t -> !t.internal()).map(TopicSummary::name).toList());
        if (topic.get().isBlank() && !topicNames.isEmpty()) {
            topic.set(topicNames.get(0));
        }
        syncPartitions();
    }

    private void syncPartitions() {
        int count = topics.stream().filter(t -> t.name().equals(topic.get().trim()))
                .mapToInt(TopicSummary::partitions).findFirst().orElse(0);
        List<String> choices = new ArrayList<>();
        choices.add(ALL_PARTITIONS);
        for (int p = 0; p < count; p++) {
            choices.add(String.valueOf(p));
        }
        String chosen = partition.get();
        partitionChoices.setAll(choices);
        partition.set(choices.contains(chosen) ? chosen : ALL_PARTITIONS);
    }

    private void validate() {
        String error = "";
        try {
            startPosition();
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        if (error.isEmpty()) {
            error = capacity.errorProperty().get();
        }
        if (error.isEmpty() && !topic.get().isBlank() && !topicNames.isEmpty() && !topicNames.contains(topic.get().trim())) {
            error = "Topic “" + topic.get().trim() + "” does not exist.";
        }
        if (error.isEmpty() && !group.get().isBlank() && !changes.allowsChanges()) {
            // Short, to read whole beside the filter; the strip above says why, the field's tooltip that a group commits.
            error = "Read-only: no group.";
        }
        inputError.set(error);
    }

    private StartPosition startPosition() {
        return startFrom.get().position(startValue.get(), ZoneId.systemDefault());
    }

    /** The typed row limit, or empty when it is not a number in range. */
    Optional<Integer> capacity() {
        return capacity.valid() ? Optional.of(capacity.check().intValue()) : Optional.empty();
    }

    /** The inputs as an immutable request for the consumer thread (DESIGN.md §3.6), read with {@code formats}; only while valid. */
    ConsumeRequest request(ClusterAccess access, TopicFormats formats) {
        String chosenPartition = partition.get();
        return new ConsumeRequest(access, topic.get().trim(),
                chosenPartition == null || chosenPartition.equals(ALL_PARTITIONS)
                        ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(chosenPartition)),
                startPosition(), group.get().isBlank() ? Optional.empty() : Optional.of(group.get().trim()),
                formats.key(), formats.value());
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public ObservableList<String> topicNames() {
        return topicNames;
    }

    public ObservableList<String> partitionChoices() {
        return partitionChoices;
    }

    public StringProperty partitionProperty() {
        return partition;
    }

    public ObjectProperty<StartChoice> startFromProperty() {
        return startFrom;
    }

    public StringProperty startValueProperty() {
        return startValue;
    }

    /** Whether reading may change the cluster (as a group, committing), and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    public StringProperty groupProperty() {
        return group;
    }

    public StringProperty capacityTextProperty() {
        return capacity.textProperty();
    }

    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }
}
