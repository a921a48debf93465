package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Two versions of the chosen subject side by side as a line diff of their pretty texts, read and
 * diffed on the workers. Starts at the two newest versions whenever the subject's versions change.
 * Toolkit-free.
 */
public final class VersionComparison {

    private final RegistryTasks calls;
    private final SubjectVersions subject;
    private final ObjectProperty<Integer> older = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> newer = new SimpleObjectProperty<>();
    private final ObservableList<VersionDiff.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper firstChange = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(false);
    private final StringBinding compareText;
    private final Command compareCommand;
    private final LatestRequest diffs;

    VersionComparison(UiRuntime runtime, RegistryTasks calls, SubjectVersions subject) {
        this.calls = calls;
        this.subject = subject;
        this.diffs = runtime.latestRequest();
        compareText = Bindings.createStringBinding(() -> older.get() == null || newer.get() == null ? "Compare"
                : "Compare v" + older.get() + " with v" + newer.get(), older, newer);
        compareCommand = new Command(Bindings.createBooleanBinding(() -> older.get() != null && newer.get() != null
                && !older.get().equals(newer.get()) && !comparing.get(), older, newer, comparing), this::compare);
        subject.versions().addListener((ListChangeListener<Integer>) change -> startAtNewest());
        older.addListener((obs, was, now) -> forgetDiff());
        newer.addListener((obs, was, now) -> forgetDiff());
    }

    private void startAtNewest() {
        var versions = subject.versions();
        int n = versions.size();
        older.set(n >= 2 ? versions.get(n - 2) : null);
        newer.set(n >= 1 ? versions.get(n - 1) : null);
        forgetDiff();
    }

    private void forgetDiff() {
        diffs.cancel();
        comparing.set(false);
        firstChange.set(-1);
        lines.clear();
        summary.set("");
    }

    /** Diffs the two chosen versions: the older one's lines removed, the newer one's added. */
    public void compare() {
        String of = subject.subjectProperty().get();
        Integer from = older.get();
        Integer to = newer.get();
        if (of == null || from == null || to == null) {
            return;
        }
        comparing.set(true);
        summary.set("Comparing v" + from + " with v" + to + "…");
        diffs.run(() -> calls.run(registry -> VersionDiff.between(from, SubjectVersions.prettyText(registry, of, from),
                to, SubjectVersions.prettyText(registry, of, to))), diff -> {
            comparing.set(false);
            firstChange.set(diff.firstChange());
            lines.setAll(diff.lines());
            summary.set(diff.summary());
        }, error -> {
            comparing.set(false);
            summary.set("Could not compare v" + from + " with v" + to + " of “" + of + "”: " + RegistryTasks.words(error));
        });
    }

    /** The versions to pick from: the subject's. */
    public ObservableList<Integer> versions() {
        return subject.versions();
    }

    /** The version whose lines show as removed. */
    public ObjectProperty<Integer> olderProperty() {
        return older;
    }

    /** The version whose lines show as added. */
    public ObjectProperty<Integer> newerProperty() {
        return newer;
    }

    public ObservableList<VersionDiff.Line> lines() {
        return lines;
    }

    /** The index in {@link #lines()} of the first line that differs (-1: none), set before the lines. */
    public ReadOnlyIntegerProperty firstChangeProperty() {
        return firstChange.getReadOnlyProperty();
    }

    /** "v1 → v2: 1 line added, 1 removed", progress, or why the diff could not be made. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** "Compare v1 with v2": the button's words. */
    public StringBinding compareTextProperty() {
        return compareText;
    }

    public Command compareCommand() {
        return compareCommand;
    }
}
