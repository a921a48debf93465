package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.FadingNote;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final UiRuntime runtime;
    private final Function<Connection, TopicCatalog> catalogs;
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
    private final FadingNote note;
    /** "Loading 3 000 / 10 000 topics…" while a large list arrives in steps; empty otherwise. */
    private final ReadOnlyStringWrapper loadProgress = new ReadOnlyStringWrapper("");
    /** The topic whose details are shown, or null; kept across refreshes while the topic exists. */
    private final StringProperty selectedTopic = new SimpleStringProperty();
    private final StringBinding countText;
    private final StringBinding placeholderText;
    /** Answers to an older refresh are dropped. */
    private final LatestRequest refreshes;
    private final Command refreshCommand;
    private final Command createTopicCommand;
    /** Create, delete and produce are off while the connection's profile is read-only. */
    private final ChangeGuard changes = ChangeGuard.following(connection, Connection::profile);
    /** Shows the create-topic dialog: opening a window is the view's job, so the view registers it. */
    private Consumer<CreateTopicViewModel> createTopicOpener = dialog -> { };

    public TopicsViewModel(UiRuntime runtime) {
        this(runtime, connection -> TopicCatalog.of(connection.admin()));
    }

    /** With the topic calls made through the catalog {@code catalogs} gives for a connection (in-memory in tests). */
    public TopicsViewModel(UiRuntime runtime, Function<Connection, TopicCatalog> catalogs) {
        this.runtime = runtime;
        this.catalogs = catalogs;
        this.refreshes = runtime.latestRequest();
        this.note = new FadingNote(runtime.ticks(), message);
        refreshCommand = new Command(connection.isNotNull().and(loading.not()), this::refresh);
        createTopicCommand = new Command(changes.and(connection.isNotNull()), this::openCreateTopic);
        filterText.addListener((obs, old, text) -> applyFilter());
        showInternal.addListener((obs, old, show) -> refresh());
        connection.addListener((obs, old, now) -> {
            selectedTopic.set(null);
            topics.clear();
            message.set("");
            refresh();
        });
        countText = Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "";
            }
            if (!loadProgress.get().isEmpty()) {
                return loadProgress.get();
            }
            int all = topics.size();
            int shown = visibleTopics.size();
            String noun = all == 1 ? " topic" : " topics";
            return shown == all ? all + noun : shown + " of " + all + noun;
        }, topics, visibleTopics, connection, loadProgress);
        placeholderText = Bindings.createStringBinding(() -> {
            if (connection.get() == null) {
                return "Not connected — connect to a cluster or start the local broker.";
            }
            if (loading.get() && topics.isEmpty()) {
                return loadProgress.get().isEmpty() ? "Loading topics…" : loadProgress.get();
            }
            if (topics.isEmpty()) {
                return "No topics yet — create one to get started.";
            }
            return "No topic matches “" + filterText.get().trim() + "”.";
        }, connection, loading, topics, filterText, loadProgress);
    }

    /** Reloads the list; executable while connected and no load runs. */
    public Command refreshCommand() {
        return refreshCommand;
    }

    /** Asks the view to open the create-topic dialog; executable while connected and changes are allowed. */
    public Command createTopicCommand() {
        return createTopicCommand;
    }

    /** Whether the cluster may be changed (create, delete, produce), and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    /** How the view opens the create-topic dialog for {@link #createTopicCommand()}. */
    public void setCreateTopicOpener(Consumer<CreateTopicViewModel> opener) {
        this.createTopicOpener = opener;
    }

    private void openCreateTopic() {
        CreateTopicViewModel dialog = newCreateTopic();
        if (dialog != null) {
            createTopicOpener.accept(dialog);
        }
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

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The topic whose details are shown; null for none. */
    public StringProperty selectedTopicProperty() {
        return selectedTopic;
    }

    public ReadOnlyStringProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    public StringBinding countTextProperty() {
        return countText;
    }

    public StringBinding placeholderTextProperty() {
        return placeholderText;
    }

    private void applyFilter() {
        String needle = filterText.get().trim().toLowerCase(Locale.ROOT);
        visibleTopics.setPredicate(needle.isEmpty() ? null : t -> containsIgnoringCase(t.name(), needle));
    }

    /**
     * Whether {@code text} contains {@code lowerNeedle}, ignoring case, without making a lower-case
     * copy of every name on every keystroke (10 000 topics would mean 10 000 new strings each time).
     */
    static boolean containsIgnoringCase(String text, String lowerNeedle) {
        int last = text.length() - lowerNeedle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, lowerNeedle, 0, lowerNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    /** Reloads the topic list from the cluster. */
    public void refresh() {
        Connection current = connection.get();
        if (current == null) {
            refreshes.cancel();
            loading.set(false);
            loadProgress.set("");
            return;
        }
        loading.set(true);
        refreshes.run(() -> {
            BooleanSupplier stillLatest = refreshes.stillLatest();
            return catalogs.apply(current).list(showInternal.get(),
                    (described, total) -> showProgress(stillLatest, described, total));
        }, list -> {
            loading.set(false);
            loadProgress.set("");
            // A load error is over once a load works; "Deleted …" and the like stay.
            if (message.get().startsWith(LOAD_FAILED)) {
                message.set("");
            }
            topics.setAll(list);
            String selected = selectedTopic.get();
            if (selected != null && list.stream().noneMatch(t -> t.name().equals(selected))) {
                selectedTopic.set(null);
            }
        }, error -> {
            loading.set(false);
            loadProgress.set("");
            message.set(LOAD_FAILED + KafkaErrorText.general(error));
        });
    }

    /** Called on the admin's threads after each step of a load; only lists of more than one step show it. */
    private void showProgress(BooleanSupplier stillLatest, int described, int total) {
        if (total <= ClusterAdmin.DESCRIBE_CHUNK || described >= total) {
            return;
        }
        runtime.fx().execute(() -> {
            if (stillLatest.getAsBoolean() && loading.get()) {
                loadProgress.set(String.format(Locale.ROOT, "Loading %,d / %,d topics…", described, total)
                        .replace(',', ' '));
            }
        });
    }

    /** Deletes {@code name}; the list refreshes once the broker has dropped it. Refused on a read-only profile. */
    public CompletableFuture<Void> deleteTopic(String name) {
        Connection current = connection.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Not connected"));
        }
        if (changes.refuses(message::set)) {
            return changes.refusal();
        }
        message.set("Deleting “" + name + "”…");
        return runtime.whenDone(catalogs.apply(current).delete(name), ignored -> {
            note.show("Deleted “" + name + "”.");
            refresh();
        }, error -> message.set("Could not delete “" + name + "”: " + KafkaErrorText.forTopic(name, error)));
    }

    /** A fresh create-topic dialog model for the current cluster, or null when not connected. */
    private CreateTopicViewModel newCreateTopic() {
        Connection current = connection.get();
        if (current == null || !changes.allowsChanges()) {
            return null;
        }
        Set<String> existing = topics.stream().map(TopicSummary::name).collect(Collectors.toUnmodifiableSet());
        return new CreateTopicViewModel(runtime, existing, current.info().brokerCount(), catalogs.apply(current)::create,
                created -> {
                    note.show("Created “" + created.name() + "”.");
                    refresh();
                }, changes);
    }
}
