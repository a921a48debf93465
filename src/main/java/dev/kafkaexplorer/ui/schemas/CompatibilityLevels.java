package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.Command;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The compatibility levels of the chosen subject and of the whole registry: read when the subject
 * is chosen, and set by choosing a level and Apply (not on a read-only profile). A subject without
 * a level of its own reads the global one, as the registry answers. Toolkit-free.
 */
public final class CompatibilityLevels {

    /** The registry's levels, loosest last. */
    public static final List<String> LEVELS = List.of("BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD",
            "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE", "NONE");

    private final UiRuntime runtime;
    private final RegistryTasks calls;
    private final ChangeGuard changes;
    private final SchemaFeedback feedback;
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper subjectLevel = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper globalLevel = new ReadOnlyStringWrapper();
    private final ObjectProperty<String> subjectChoice = new SimpleObjectProperty<>();
    private final ObjectProperty<String> globalChoice = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper applying = new ReadOnlyBooleanWrapper(false);
    private final Command applySubjectCommand;
    private final Command applyGlobalCommand;
    private final LatestRequest reads;

    CompatibilityLevels(UiRuntime runtime, RegistryTasks calls, ChangeGuard changes, SchemaFeedback feedback) {
        this.runtime = runtime;
        this.calls = calls;
        this.changes = changes;
        this.feedback = feedback;
        this.reads = runtime.latestRequest();
        applySubjectCommand = new Command(changes.and(Bindings.createBooleanBinding(() -> subject.get() != null
                && subjectChoice.get() != null && !subjectChoice.get().equals(subjectLevel.get()) && !applying.get(),
                subject, subjectChoice, subjectLevel, applying)), () -> apply(Optional.ofNullable(subject.get()), subjectChoice.get()));
        applyGlobalCommand = new Command(changes.and(Bindings.createBooleanBinding(() -> globalChoice.get() != null
                && globalLevel.get() != null && !globalChoice.get().equals(globalLevel.get()) && !applying.get(),
                globalChoice, globalLevel, applying)), () -> apply(Optional.empty(), globalChoice.get()));
    }

    /** Reads the global level and {@code subjectName}'s (null: the global one only). */
    void load(String subjectName) {
        subject.set(subjectName);
        subjectLevel.set(null);
        subjectChoice.set(null);
        if (!calls.present()) {
            forget();
            return;
        }
        reads.run(() -> calls.run(registry -> List.of(registry.compatibilityLevel(Optional.empty()),
                subjectName == null ? "" : registry.compatibilityLevel(Optional.of(subjectName)))), read -> {
            show(Optional.empty(), read.get(0));
            if (subjectName != null) {
                show(Optional.of(subjectName), read.get(1));
            }
        }, error -> feedback.working("Could not read the compatibility levels: " + RegistryTasks.words(error)));
    }

    /** Shows no levels and asks for none: no registry, or the tab not opened yet. */
    void forget() {
        reads.cancel();
        subject.set(null);
        subjectLevel.set(null);
        subjectChoice.set(null);
        globalLevel.set(null);
        globalChoice.set(null);
    }

    private void show(Optional<String> of, String level) {
        (of.isPresent() ? subjectLevel : globalLevel).set(level);
        (of.isPresent() ? subjectChoice : globalChoice).set(level);
    }

    /** Sets {@code level} for {@code of} (empty: the registry's global level); refused on a read-only profile. */
    public CompletableFuture<String> apply(Optional<String> of, String level) {
        if (changes.refuses(feedback::refused)) {
            return changes.refusal();
        }
        String whose = of.map(s -> "the compatibility of “" + s + "”").orElse("the global compatibility");
        applying.set(true);
        feedback.working("Setting " + whose + " to " + level + "…");
        return runtime.whenDone(calls.run(registry -> {
            registry.setCompatibilityLevel(of, level);
            return registry.compatibilityLevel(of);
        }), now -> {
            applying.set(false);
            if (of.isEmpty() || Objects.equals(of.get(), subject.get())) {
                show(of, now);
            }
            feedback.done("Set " + whose + " to " + now + ".");
        }, error -> {
            applying.set(false);
            feedback.refused("Could not set " + whose + " to " + level + ": " + RegistryTasks.words(error));
        });
    }

    /** The subject's level as the registry reads it (its own, else the global one); null until read. */
    public ReadOnlyStringProperty subjectLevelProperty() {
        return subjectLevel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty globalLevelProperty() {
        return globalLevel.getReadOnlyProperty();
    }

    /** The level chosen for the subject, applied by {@link #applySubjectCommand()}. */
    public ObjectProperty<String> subjectChoiceProperty() {
        return subjectChoice;
    }

    public ObjectProperty<String> globalChoiceProperty() {
        return globalChoice;
    }

    public Command applySubjectCommand() {
        return applySubjectCommand;
    }

    public Command applyGlobalCommand() {
        return applyGlobalCommand;
    }
}
