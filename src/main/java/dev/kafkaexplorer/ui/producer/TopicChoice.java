package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.NewTopicRequest;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The topic the producer writes to: the names to choose from, whether the typed one exists, and
 * creating it when it does not.
 */
final class TopicChoice {

    private static final int NEW_TOPIC_PARTITIONS = 3;

    private final UiRuntime runtime;
    private final ObjectProperty<ProducerCluster> cluster;
    private final Runnable topicsChanged;
    private final ChangeGuard changes;
    private final StringProperty topic = new SimpleStringProperty("");
    private final ObservableList<String> topicNames = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    TopicChoice(UiRuntime runtime, ObjectProperty<ProducerCluster> cluster, ObservableList<TopicSummary> topics,
                Runnable topicsChanged, ChangeGuard changes) {
        this.runtime = runtime;
        this.changes = changes;
        this.cluster = cluster;
        this.topicsChanged = topicsChanged;
        topics.addListener((ListChangeListener<TopicSummary>) change -> syncTopicNames(topics));
        syncTopicNames(topics);
        topic.addListener((obs, old, now) -> check());
        cluster.addListener((obs, old, now) -> check());
        changes.allowsChangesProperty().addListener((obs, old, now) -> check());
    }

    private void syncTopicNames(List<TopicSummary> topics) {
        topicNames.setAll(topics.stream().filter(t -> !t.internal()).map(TopicSummary::name).toList());
        if (topic.get().isBlank() && !topicNames.isEmpty()) {
            topic.set(topicNames.get(0));
        }
        check();
    }

    private void check() {
        String name = topic.get().trim();
        boolean absent = !name.isEmpty() && cluster.get() != null && !topicNames.contains(name);
        missing.set(absent);
        String cannotCreate = changes.allowsChanges() ? "" : " A read-only profile cannot create it.";
        message.set(absent ? "Topic “" + name + "” does not exist yet." + cannotCreate : "");
    }

    /** Creates the missing topic typed in the topic field, with 3 partitions; not on a read-only profile. */
    void createMissing() {
        ProducerCluster current = cluster.get();
        String name = topic.get().trim();
        if (current == null || !missing.get()) {
            return;
        }
        if (!changes.allowsChanges()) {
            return;
        }
        short replication = (short) Math.min(3, current.brokerCount());
        message.set("Creating “" + name + "”…");
        runtime.whenDone(current.createTopic().apply(new NewTopicRequest(name, NEW_TOPIC_PARTITIONS, replication, Map.of())),
                created -> {
                    topicNames.add(name);
                    check();
                    topicsChanged.run();
                }, error -> message.set(KafkaErrorText.forTopic(name, error)));
    }

    /** Asks the cluster for its topics again, e.g. when the topic list opens. */
    void refresh() {
        topicsChanged.run();
    }

    StringProperty topicProperty() {
        return topic;
    }

    ObservableList<String> topicNames() {
        return topicNames;
    }

    ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
