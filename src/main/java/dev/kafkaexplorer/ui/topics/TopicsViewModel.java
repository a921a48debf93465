package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.FxThread;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** State and commands of the topics pane: the list, its filter, refresh, create and delete. */
public final class TopicsViewModel {

    private static final String LOAD_FAILED = "Could not load topics: ";
    private final Executor fx = FxThread.executor();
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList();
    private final FilteredList<TopicSummary> visibleTopics = new FilteredList<>(topics);
    /**
     * One wrapper for every caller: it listens to {@code topics} only weakly, so a wrapper made
     * per call and held by nobody would be collected and silently stop passing on changes.
     */
    private final ObservableList<TopicSummary> readOnlyTopics = FXCollections.unmodifiableObservableList(topics);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty showInternal = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringBinding countText;
    private final StringBinding placeholderText;
    /** Bumped by every refresh; answers to an older one are dropped. */
    private int refreshGeneration;

    public TopicsViewModel() {
        filterText.addListener((obs, old, text) -> applyFilter());
        showInternal.addListener((obs, old, show) -> refresh());
        connection.addListener((obs, old, now) -> {
            topics.clear();
            message.set("");
            refresh();
        });
        countText = Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "";
            }
            int all = topics.size();
            int shown = visibleTopics.size();
            String noun = all == 1 ? " topic" : " topics";
            return shown == all ? all + noun : shown + " of " + all + noun;
        }, topics, visibleTopics, connection);
        placeholderText = Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "Not connected — connect to a cluster or start the local broker.";
            }
            if (loading.get() && topics.isEmpty()) {
                return "Loading topics…";
            }
            if (topics.isEmpty()) {
                return "No topics yet — create one to get started.";
            }
            return "No topic matches “" + filterText.get().trim() + "”.";
        }, connection, loading, topics, filterText);
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    /** Every listed topic, unfiltered and read-only, for other screens' topic choosers. */
    public ObservableList<TopicSummary> allTopics() {
        return readOnlyTopics;
    }

    public ObservableList<TopicSummary> visibleTopics() {
        return visibleTopics;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty showInternalProperty() {
        return showInternal;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public StringBinding placeholderTextProperty() {
        return placeholderText;
    }

    private void applyFilter() {
        String needle = filterText.get().trim().toLowerCase(Locale.ROOT);
        visibleTopics.setPredicate(needle.isEmpty() ? null : t -> t.name().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Reloads the topic list from the cluster. */
    public void refresh() {
        Connection current = connection.get();
        int generation = ++refreshGeneration;
        if (current == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        current.admin().listTopics(showInternal.get()).whenCompleteAsync((list, error) -> {
            if (generation != refreshGeneration) {
                return;
            }
            loading.set(false);
            if (error != null) {
                message.set(LOAD_FAILED + KafkaErrorText.general(error));
            } else {
                // A load error is over once a load works; "Deleted …" and the like stay.
                if (message.get().startsWith(LOAD_FAILED)) {
                    message.set("");
                }
                topics.setAll(list);
            }
        }, fx);
    }

    /** Deletes {@code name}; the list refreshes once the broker has dropped it. */
    public CompletableFuture<Void> deleteTopic(String name) {
        Connection current = connection.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Not connected"));
        }
        message.set("Deleting “" + name + "”…");
        return current.admin().deleteTopic(name).whenCompleteAsync((ignored, error) -> {
            if (error != null) {
                message.set("Could not delete “" + name + "”: " + KafkaErrorText.forTopic(name, error));
            } else {
                message.set("Deleted “" + name + "”.");
                refresh();
            }
        }, fx);
    }

    /** A fresh create-topic dialog model for the current cluster, or null when not connected. */
    public CreateTopicViewModel newCreateTopic() {
        Connection current = connection.get();
        if (current == null) {
            return null;
        }
        Set<String> existing = topics.stream().map(TopicSummary::name).collect(Collectors.toUnmodifiableSet());
        return new CreateTopicViewModel(existing, current.info().brokerCount(), current.admin()::createTopic,
                created -> {
                    message.set("Created “" + created.name() + "”.");
                    refresh();
                });
    }
}
