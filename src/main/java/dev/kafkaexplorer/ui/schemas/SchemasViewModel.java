package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * State and commands of the Schemas tab: the current connection's schema registry, its subjects
 * with a filter, and for the chosen subject its versions, a diff of two, its compatibility level,
 * a new version and soft deletes (the parts below). Every registry call runs on the workers.
 */
public final class SchemasViewModel {

    /** What the tab shows on a cluster without a registry. */
    public static final String NO_REGISTRY = "This cluster has no schema registry. Set one in its profile (Clusters…) "
            + "or start with --schema-registry=URL.";
    static final String NOT_CONNECTED = "Not connected — connect to a cluster or start the local broker.";
    static final String LIST_FAILED = "Could not list the schema registry's subjects: ";

    /** Whether the tab has subjects to show, and if not, why. */
    public enum Availability { NOT_CONNECTED, NO_REGISTRY, LOADING, FAILED, READY }

    private final Function<Connection, Optional<SchemaRegistry>> registries;
    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ChangeGuard changes = ChangeGuard.following(connection, Connection::profile);
    private final RegistryTasks calls;
    private final SchemaFeedback feedback;
    private final ObservableList<String> subjects = FXCollections.observableArrayList();
    private final FilteredList<String> visibleSubjects = new FilteredList<>(subjects);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Availability> availability = new ReadOnlyObjectWrapper<>(Availability.NOT_CONNECTED);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper selectedSubject = new ReadOnlyStringWrapper();
    private final LatestRequest subjectReads;
    private final SubjectVersions versions;
    private final VersionComparison comparison;
    private final CompatibilityLevels levels;
    private final NewSchemaVersion newVersion;
    private final SchemaDeletion deletion;
    private final Command refreshCommand;
    private final StringBinding emptyText;
    private final StringBinding placeholderText;
    private final StringBinding countText;
    private boolean opened;
    /** A subject and version asked for (Show schema, a new version) before the subjects were read again. */
    private SchemaRef wanted;

    public SchemasViewModel(UiRuntime runtime) {
        this(runtime, connection -> connection.access().schemaRegistry().map(SchemaRegistries::forAccess));
    }

    /** With the registry {@code registries} names for a connection (an in-memory one in tests). */
    public SchemasViewModel(UiRuntime runtime, Function<Connection, Optional<SchemaRegistry>> registries) {
        this.registries = registries;
        this.calls = new RegistryTasks(runtime);
        this.feedback = new SchemaFeedback(runtime.ticks());
        this.subjectReads = runtime.latestRequest();
        versions = new SubjectVersions(runtime, calls);
        comparison = new VersionComparison(runtime, calls, versions);
        levels = new CompatibilityLevels(runtime, calls, changes, feedback);
        newVersion = new NewSchemaVersion(runtime, calls, changes, (subject, version) -> showSchema(new SchemaRef(0, subject, version)));
        deletion = new SchemaDeletion(runtime, calls, changes, feedback, versions, this::refresh);
        refreshCommand = new Command(availability.isNotEqualTo(Availability.NOT_CONNECTED)
                .and(availability.isNotEqualTo(Availability.NO_REGISTRY)), this::refresh);
        filterText.addListener((obs, old, text) -> {
            String needle = text.trim().toLowerCase(Locale.ROOT);
            visibleSubjects.setPredicate(needle.isEmpty() ? null : s -> s.toLowerCase(Locale.ROOT).contains(needle));
        });
        connection.addListener((obs, old, now) -> connectionChanged(now));
        emptyText = Bindings.createStringBinding(() -> switch (availability.get()) {
            case NOT_CONNECTED -> NOT_CONNECTED;
            case NO_REGISTRY -> NO_REGISTRY;
            case FAILED -> LIST_FAILED + failure.get();
            default -> "";
        }, availability, failure);
        placeholderText = Bindings.createStringBinding(() -> {
            if (availability.get() == Availability.LOADING) {
                return "Loading subjects…";
            }
            return subjects.isEmpty() ? "No subjects yet: register a schema under New version."
                    : "No subject matches “" + filterText.get().trim() + "”.";
        }, availability, subjects, filterText);
        countText = Bindings.createStringBinding(() -> {
            int all = subjects.size();
            String noun = all == 1 ? " subject" : " subjects";
            return visibleSubjects.size() == all ? all + noun : visibleSubjects.size() + " of " + all + noun;
        }, subjects, visibleSubjects);
    }

    private void connectionChanged(Connection now) {
        subjectReads.cancel();
        SchemaRegistry registry = now == null ? null : registries.apply(now).orElse(null);
        calls.use(registry);
        subjects.clear();
        failure.set("");
        feedback.clear();
        wanted = null;
        availability.set(now == null ? Availability.NOT_CONNECTED : registry == null ? Availability.NO_REGISTRY : Availability.LOADING);
        choose(null, SubjectVersions.LATEST);
        if (opened) {
            refresh();
        }
    }

    /**
     * The tab was opened: read the subjects now and after every connection change from then on.
     * Until then the registry is not asked, so a start does not wait on it.
     */
    public void opened() {
        opened = true;
        refresh();
    }

    /** Reads the subjects again, and the chosen subject's versions and levels. */
    public void refresh() {
        if (!calls.present()) {
            return;
        }
        availability.set(Availability.LOADING);
        subjectReads.run(() -> calls.run(SchemaRegistry::subjects), list -> {
            failure.set("");
            subjects.setAll(list);
            availability.set(Availability.READY);
            SchemaRef asked = wanted;
            wanted = null;
            String current = selectedSubject.get();
            if (asked != null && list.contains(asked.subject())) {
                if (!visibleSubjects.contains(asked.subject())) {
                    filterText.set("");
                }
                choose(asked.subject(), asked.version());
            } else if (asked != null) {
                feedback.refused("The registry has no subject “" + asked.subject() + "”.");
            } else {
                Integer version = versions.selectedVersionProperty().get();
                choose(current != null && list.contains(current) ? current : null, version == null ? SubjectVersions.LATEST : version);
            }
        }, error -> {
            failure.set(RegistryTasks.words(error));
            availability.set(Availability.FAILED);
        });
    }

    /** Shows {@code subject}'s newest version (null: no subject). */
    public void select(String subject) {
        if (!Objects.equals(subject, selectedSubject.get())) {
            choose(subject, SubjectVersions.LATEST);
        }
    }

    private void choose(String subject, int version) {
        selectedSubject.set(subject);
        feedback.forget();
        versions.load(subject, version);
        if (opened) {
            levels.load(subject);
        } else {
            levels.forget();
        }
        newVersion.subjectChosen(subject);
    }

    /**
     * Opens {@code ref}'s subject at its version (the live table's "Show schema"); a reference by id
     * alone is looked up first. The subjects are read again, so one registered since shows too.
     */
    public void showSchema(SchemaRef ref) {
        opened = true;
        if (ref.subject() != null) {
            wanted = ref;
            refresh();
            return;
        }
        feedback.working("Looking up schema id " + ref.id() + "…");
        subjectReads.run(() -> calls.run(registry -> registry.schemaById(ref.id())), found -> {
            if (found.subject() == null) {
                feedback.refused("The registry names no subject for schema id " + ref.id() + ".");
            } else {
                feedback.working("");
                showSchema(new SchemaRef(found.id(), found.subject(), found.version()));
            }
        }, error -> feedback.refused("Could not look up schema id " + ref.id() + ": " + RegistryTasks.words(error)));
    }

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObservableList<String> visibleSubjects() {
        return visibleSubjects;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ReadOnlyObjectProperty<Availability> availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    /** Why the tab has nothing to show (no connection, no registry, the registry's failure in words); empty when it has. */
    public StringBinding emptyTextProperty() {
        return emptyText;
    }

    /** True while the subjects could not be read: the empty state offers Retry. */
    public BooleanBinding retryOfferedProperty() {
        return availability.isEqualTo(Availability.FAILED);
    }

    /** What the subject list says while it shows none. */
    public StringBinding placeholderTextProperty() {
        return placeholderText;
    }

    /** "3 subjects", "1 of 3 subjects". */
    public StringBinding countTextProperty() {
        return countText;
    }

    public ReadOnlyStringProperty selectedSubjectProperty() {
        return selectedSubject.getReadOnlyProperty();
    }

    /** What was done, in the status line for a few seconds. */
    public ReadOnlyStringProperty messageProperty() {
        return feedback.messageProperty();
    }

    /** Why a change (a level, a delete) did not happen, whole; empty when none applies. */
    public ReadOnlyStringProperty refusalProperty() {
        return feedback.refusalProperty();
    }

    public Command refreshCommand() {
        return refreshCommand;
    }

    public ChangeGuard changeGuard() {
        return changes;
    }

    public SubjectVersions versions() {
        return versions;
    }

    public VersionComparison comparison() {
        return comparison;
    }

    public CompatibilityLevels levels() {
        return levels;
    }

    public NewSchemaVersion newVersion() {
        return newVersion;
    }

    public SchemaDeletion deletion() {
        return deletion;
    }
}
