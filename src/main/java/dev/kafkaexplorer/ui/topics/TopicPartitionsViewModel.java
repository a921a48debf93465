package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.topic.PartitionDetails;
import dev.kafkaexplorer.kafka.topic.TopicPartitionsReport;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.NumberRule;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
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
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** The Partitions part of the topic details: the partition table, its health line, and adding partitions. */
public final class TopicPartitionsViewModel {

    /** More than this in one step is almost surely a typo (and costs the cluster dearly). */
    static final int MAX_PARTITIONS = 10_000;

    private final UiRuntime runtime;
    private final LatestRequest reads;
    /** Reads again a moment later while a broker still shows the count from before an add. */
    private final TickSource.Ticker reread;
    private final Runnable topicListChanged;
    private final Function<Connection, TopicDetailsSource> sources;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty();
    private final ObservableList<PartitionDetails> partitions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper degraded = new ReadOnlyBooleanWrapper(false);
    private final StringProperty newCountText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper newCountError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd;
    /** Adding partitions is off while the connection's profile is read-only. */
    private final ChangeGuard changes = ChangeGuard.following(connection, Connection::profile);
    /**
     * After adding partitions, the count to wait for: any broker may answer the next describe,
     * and one that has not applied the change yet still shows the old count.
     */
    private int awaitedCount;
    private int rereadsLeft;

    TopicPartitionsViewModel(UiRuntime runtime, Runnable topicListChanged, Function<Connection, TopicDetailsSource> sources) {
        this.runtime = runtime;
        this.reads = runtime.latestRequest();
        this.reread = runtime.ticks().after(Duration.ofMillis(200), this::reload);
        this.topicListChanged = topicListChanged;
        this.sources = sources;
        connection.addListener((obs, old, now) -> reload());
        topic.addListener((obs, old, now) -> {
            awaitedCount = 0;
            newCountText.set("");
            message.set("");
            reload();
        });
        newCountText.addListener((obs, old, text) -> checkNewCount());
        partitions.addListener((ListChangeListener<PartitionDetails>) c -> checkNewCount());
        canAdd = Bindings.createBooleanBinding(() -> connection.get() != null && topic.get() != null
                        && !partitions.isEmpty() && !newCountText.get().isBlank() && newCountError.get().isEmpty()
                        && !adding.get() && changes.allowsChanges(),
                connection, topic, partitions, newCountText, newCountError, adding, changes.allowsChangesProperty());
    }

    ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    StringProperty topicProperty() {
        return topic;
    }

    public ObservableList<PartitionDetails> partitions() {
        return partitions;
    }

    /** "6 partitions · 2 under-replicated", or why there is nothing to show. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The outcome of the last command or load failure, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether some partition is under-replicated or offline. */
    public ReadOnlyBooleanProperty degradedProperty() {
        return degraded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The partition count typed for "Add partitions". */
    public StringProperty newCountTextProperty() {
        return newCountText;
    }

    public ReadOnlyStringProperty newCountErrorProperty() {
        return newCountError.getReadOnlyProperty();
    }

    /** Whether partitions may be added now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** Reads the topic's partitions again. */
    public void reload() {
        Connection current = connection.get();
        String name = topic.get();
        if (current == null || name == null) {
            reads.cancel();
            partitions.clear();
            summary.set("");
            degraded.set(false);
            loading.set(false);
            return;
        }
        loading.set(true);
        if (partitions.isEmpty()) {
            summary.set("Loading partitions of “" + name + "”…");
        }
        reads.run(() -> sources.apply(current).partitions(name), report -> {
            loading.set(false);
            show(report);
        }, error -> {
            loading.set(false);
            partitions.clear();
            summary.set("");
            message.set("Could not read the partitions: " + KafkaErrorText.general(error));
        });
    }

    private void show(TopicPartitionsReport report) {
        if (report.partitions().size() < awaitedCount && rereadsLeft-- > 0) {
            reread.start();
        } else {
            awaitedCount = 0;
        }
        partitions.setAll(report.partitions());
        summary.set(report.summary());
        degraded.set(report.underReplicatedCount() + report.offlineCount() > 0);
        if (message.get().startsWith("Could not read")) {
            message.set("");
        }
    }

    private void checkNewCount() {
        // Nothing typed: the field's prompt says what to type and the button stays off.
        newCountError.set(newCountText.get().isBlank() ? "" : newCountCheck().error());
    }

    private NumberRule.Check newCountCheck() {
        return NumberRule.wholeNumber("New partition count")
                .atLeast(partitions.size() + 1L, "partitions can be added, never removed")
                .atMost(MAX_PARTITIONS).check(newCountText.get());
    }

    /** The partition count now, for the confirmation text. */
    public int currentCount() {
        return partitions.size();
    }

    /** Raises the partition count to the typed number; the table reloads when the broker has it. */
    public CompletableFuture<Void> addPartitions() {
        Connection current = connection.get();
        String name = topic.get();
        if (changes.refuses(message::set)) {
            return changes.refusal();
        }
        if (!canAdd.get()) {
            return CompletableFuture.completedFuture(null);
        }
        int from = partitions.size();
        int to = newCountCheck().intValue();
        adding.set(true);
        message.set("Adding partitions to “" + name + "”…");
        return runtime.whenDone(sources.apply(current).addPartitions(name, from, to), ok -> {
            adding.set(false);
            message.set("“" + name + "” now has " + to + " partitions.");
            newCountText.set("");
            awaitedCount = to;
            rereadsLeft = 25;
            reload();
            topicListChanged.run();
        }, error -> {
            adding.set(false);
            message.set("Could not add partitions: " + KafkaErrorText.forTopic(name, error));
        });
    }
}
