package dev.kafkaexplorer.ui.topics;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.TopicConfigRules.Check;
import dev.kafkaexplorer.kafka.topic.ConfigValueRules;
import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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

/**
 * The Configs part of the topic details: every config with its origin, a filter, and editing one
 * value (checked as typed, saved with a SET) or dropping the topic's own value (DELETE).
 */
public final class TopicConfigsViewModel {

    private final UiRuntime runtime;
    /** Loads and saves of the shown topic: an answer for an earlier one is dropped. */
    private final LatestRequest reads;
    private final Function<Connection, TopicDetailsSource> sources;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final StringProperty topic = new SimpleStringProperty();
    private final ObservableList<TopicConfigValue> configs = FXCollections.observableArrayList();
    private final FilteredList<TopicConfigValue> visibleConfigs = new FilteredList<>(configs);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty onlyOverridden = new SimpleBooleanProperty(false);
    private final ObjectProperty<TopicConfigValue> selected = new SimpleObjectProperty<>();
    private final StringProperty editText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    private final BooleanBinding canReset;
    /** Save and Reset are off while the connection's profile is read-only. */
    private final ChangeGuard changes = ChangeGuard.following(connection, Connection::profile);
    /** The broker's refusal of the last save, shown until the value is typed again. */
    private String refusal = "";

    TopicConfigsViewModel(UiRuntime runtime, Function<Connection, TopicDetailsSource> sources) {
        this.runtime = runtime;
        this.sources = sources;
        this.reads = runtime.latestRequest();
        connection.addListener((obs, old, now) -> reload());
        topic.addListener((obs, old, now) -> {
            selected.set(null);
            status.set("");
            configs.clear();
            reload();
        });
        filterText.addListener((obs, old, now) -> applyFilter());
        onlyOverridden.addListener((obs, old, now) -> applyFilter());
        selected.addListener((obs, old, now) -> {
            refusal = "";
            editText.set(now == null || now.sensitive() || now.value() == null ? "" : now.value());
            check();
        });
        editText.addListener((obs, old, now) -> {
            refusal = "";
            check();
        });
        canSave = Bindings.createBooleanBinding(() -> {
            TopicConfigValue c = selected.get();
            return c != null && !busy.get() && error.get().isEmpty() && !c.readOnly() && changes.allowsChanges()
                    && (c.sensitive() || !editText.get().trim().equals(c.value()));
        }, selected, editText, error, busy, changes.allowsChangesProperty());
        canReset = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().overridden() && !busy.get()
                && changes.allowsChanges(), selected, busy, changes.allowsChangesProperty());
    }

    ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    StringProperty topicProperty() {
        return topic;
    }

    public ObservableList<TopicConfigValue> visibleConfigs() {
        return visibleConfigs;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** Show only the configs this topic sets itself. */
    public BooleanProperty onlyOverriddenProperty() {
        return onlyOverridden;
    }

    /** The config being edited; the table's selection. */
    public ObjectProperty<TopicConfigValue> selectedProperty() {
        return selected;
    }

    public StringProperty editTextProperty() {
        return editText;
    }

    /** What is wrong with the typed value, or what the broker said when it refused it. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What a valid typed value means, e.g. "= 1 h". */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the topic's configs may be changed now, and why not. */
    public ChangeGuard changeGuard() {
        return changes;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canResetProperty() {
        return canReset;
    }

    private void applyFilter() {
        String needle = filterText.get().trim().toLowerCase(Locale.ROOT);
        boolean own = onlyOverridden.get();
        visibleConfigs.setPredicate(c -> (!own || c.overridden()) && (needle.isEmpty() || c.name().contains(needle)));
    }

    private void check() {
        TopicConfigValue c = selected.get();
        if (c == null) {
            error.set("");
            hint.set("");
            return;
        }
        Check verdict = ConfigValueRules.check(c, editText.get());
        error.set(!refusal.isEmpty() ? refusal : verdict.valid() ? "" : verdict.message());
        hint.set(verdict.valid() ? verdict.message() : "");
    }

    /** Reads every config of the topic again, keeping the selection on the same name. */
    public void reload() {
        Connection current = connection.get();
        String name = topic.get();
        if (current == null || name == null) {
            reads.cancel();
            configs.clear();
            return;
        }
        reads.run(() -> sources.apply(current).configs(name), this::show, failure -> {
            configs.clear();
            status.set("Could not read the configs: " + KafkaErrorText.general(failure));
        });
    }

    private void show(List<TopicConfigValue> list) {
        TopicConfigValue before = selected.get();
        configs.setAll(list);
        if (before != null) {
            selected.set(list.stream().filter(c -> c.name().equals(before.name())).findFirst().orElse(null));
        }
    }

    /** Sets the typed value as the topic's own. */
    public CompletableFuture<Void> save() {
        TopicConfigValue c = selected.get();
        if (changes.refuses(status::set) || !canSave.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String value = editText.get().trim();
        return change(c, client -> client.setConfig(topic.get(), c.name(), value),
                "Saved " + c.name() + " = " + (c.sensitive() ? "••••••" : value) + ".");
    }

    /** Drops the topic's own value, so the inherited default applies again. */
    public CompletableFuture<Void> reset() {
        TopicConfigValue c = selected.get();
        if (changes.refuses(status::set) || !canReset.get()) {
            return CompletableFuture.completedFuture(null);
        }
        return change(c, client -> client.resetConfig(topic.get(), c.name()), "Reset " + c.name() + " to its default.");
    }

    private CompletableFuture<Void> change(TopicConfigValue c,
                                           Function<TopicDetailsSource, CompletableFuture<List<TopicConfigValue>>> call,
                                           String done) {
        Connection current = connection.get();
        String name = topic.get();
        busy.set(true);
        status.set("Saving " + c.name() + "…");
        // A load under way would show the values from before the change: its answer is dropped.
        reads.cancel();
        BooleanSupplier noLoadSince = reads.stillLatest();
        return runtime.whenDone(call.apply(sources.apply(current)), readBack -> {
            busy.set(false);
            status.set(done);
            if (readBack == null) {
                reload();
            } else if (noLoadSince.getAsBoolean()) {
                show(readBack);
            }
        }, failure -> {
            busy.set(false);
            status.set("");
            refusal = "Not saved: " + KafkaErrorText.forTopic(name, failure);
            check();
        }).<Void>handle((ignored, failure) -> null);
    }
}
