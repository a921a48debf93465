package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chosen subject's versions and the chosen version's schema: pretty-printed and tokenised on
 * the workers, so the FX thread only lays out what {@link ShownSchema} hands it. Toolkit-free.
 */
public final class SubjectVersions {

    /** The registry's name for "the newest version". */
    static final int LATEST = -1;

    private final RegistryTasks calls;
    private final ObservableList<Integer> versions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Integer> selectedVersion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ShownSchema> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper();
    private final StringBinding placeholder;
    private final LatestRequest versionReads;
    private final LatestRequest schemaReads;

    SubjectVersions(UiRuntime runtime, RegistryTasks calls) {
        this.calls = calls;
        this.versionReads = runtime.latestRequest();
        this.schemaReads = runtime.latestRequest();
        placeholder = Bindings.createStringBinding(() -> {
            if (!problem.get().isEmpty()) {
                return problem.get();
            }
            if (subject.get() == null) {
                return "Choose a subject to see its versions.";
            }
            return shown.get() == null ? "Loading…" : "";
        }, problem, subject, shown);
    }

    /** Reads {@code subjectName}'s versions and shows {@code wanted} ({@link #LATEST}, or one not there: the newest). Null: none. */
    void load(String subjectName, int wanted) {
        subject.set(subjectName);
        problem.set("");
        versions.clear();
        selectedVersion.set(null);
        shown.set(null);
        schemaReads.cancel();
        if (subjectName == null) {
            versionReads.cancel();
            return;
        }
        versionReads.run(() -> calls.run(registry -> registry.versions(subjectName)), list -> {
            versions.setAll(list);
            if (!list.isEmpty()) {
                select(list.contains(wanted) ? wanted : list.get(list.size() - 1));
            }
        }, error -> problem.set("Could not read the versions of “" + subjectName + "”: " + RegistryTasks.words(error)));
    }

    /** Shows {@code version} of the subject (null: none). */
    public void select(Integer version) {
        if (Objects.equals(version, selectedVersion.get())) {
            return;
        }
        selectedVersion.set(version);
        shown.set(null);
        problem.set("");
        String of = subject.get();
        if (version == null || of == null) {
            schemaReads.cancel();
            return;
        }
        schemaReads.run(() -> calls.run(registry -> ShownSchema.of(registry.version(of, version))), shown::set,
                error -> problem.set("Could not read version " + version + " of “" + of + "”: " + RegistryTasks.words(error)));
    }

    /** The text of {@code version} of {@code subject} as the tab shows it; on a worker. */
    static String prettyText(SchemaRegistry registry, String subject, int version) throws RegistryException {
        var schema = registry.version(subject, version);
        return SchemaPretty.print(schema.type(), schema.schema());
    }

    public ObservableList<Integer> versions() {
        return versions;
    }

    public ReadOnlyObjectProperty<Integer> selectedVersionProperty() {
        return selectedVersion.getReadOnlyProperty();
    }

    /** The chosen version, pretty and tokenised; null while none is chosen or it is being read. */
    public ReadOnlyObjectProperty<ShownSchema> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The subject whose versions these are (null: none). */
    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** What the schema area says while it shows no schema: choose one, loading, or why it could not be read. */
    public StringBinding placeholderProperty() {
        return placeholder;
    }
}
