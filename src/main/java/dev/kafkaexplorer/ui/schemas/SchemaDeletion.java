package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Soft-deleting the chosen version or the whole subject, after a question that names it: the
 * registry stops listing it, and records that carry its id still decode. Refused on a read-only
 * profile. Toolkit-free: the controller asks the question.
 */
public final class SchemaDeletion {

    /** The confirmation a delete asks first, in words that name what goes. */
    public record Question(String title, String question, String consequences, String action) {
    }

    private static final String SOFT = "A soft delete: the registry stops listing it, and new versions are no longer "
            + "checked against it. Records that carry its schema id still decode.";

    private final UiRuntime runtime;
    private final RegistryTasks calls;
    private final ChangeGuard changes;
    private final SchemaFeedback feedback;
    private final SubjectVersions chosen;
    private final Runnable deleted;
    private final ReadOnlyBooleanWrapper deleting = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canDeleteVersion;
    private final BooleanBinding canDeleteSubject;

    /** {@code deleted} runs after each delete, to read the subjects again. */
    SchemaDeletion(UiRuntime runtime, RegistryTasks calls, ChangeGuard changes, SchemaFeedback feedback,
                   SubjectVersions chosen, Runnable deleted) {
        this.runtime = runtime;
        this.calls = calls;
        this.changes = changes;
        this.feedback = feedback;
        this.chosen = chosen;
        this.deleted = deleted;
        canDeleteVersion = changes.and(Bindings.createBooleanBinding(() -> chosen.selectedVersionProperty().get() != null
                && !deleting.get(), chosen.selectedVersionProperty(), deleting));
        canDeleteSubject = changes.and(Bindings.createBooleanBinding(() -> chosen.subjectProperty().get() != null
                && !deleting.get(), chosen.subjectProperty(), deleting));
    }

    /** The question before deleting the chosen version; null when none is chosen. */
    public Question versionQuestion() {
        String subject = chosen.subjectProperty().get();
        Integer version = chosen.selectedVersionProperty().get();
        if (subject == null || version == null) {
            return null;
        }
        return new Question("Delete schema version", "Delete version " + version + " of “" + subject + "”?", SOFT,
                "Delete version " + version);
    }

    /** The question before deleting the chosen subject; null when none is chosen. */
    public Question subjectQuestion() {
        String subject = chosen.subjectProperty().get();
        if (subject == null) {
            return null;
        }
        int count = chosen.versions().size();
        return new Question("Delete subject", "Delete subject “" + subject + "” and its " + count
                + (count == 1 ? " version?" : " versions?"), SOFT, "Delete subject");
    }

    /** Soft-deletes {@code version} of {@code subject}. */
    public CompletableFuture<Integer> deleteVersion(String subject, int version) {
        String what = "version " + version + " of “" + subject + "”";
        return delete(what, () -> calls.run(registry -> registry.deleteVersion(subject, version)));
    }

    /** Soft-deletes {@code subject} with all its versions. */
    public CompletableFuture<List<Integer>> deleteSubject(String subject) {
        return delete("subject “" + subject + "”", () -> calls.run(registry -> registry.deleteSubject(subject)));
    }

    private <T> CompletableFuture<T> delete(String what, Supplier<CompletableFuture<T>> call) {
        if (changes.refuses(feedback::refused)) {
            return changes.refusal();
        }
        deleting.set(true);
        feedback.working("Deleting " + what + "…");
        return runtime.whenDone(call.get(), gone -> {
            deleting.set(false);
            feedback.done("Deleted " + what + " (a soft delete).");
            deleted.run();
        }, error -> {
            deleting.set(false);
            feedback.refused("Could not delete " + what + ": " + RegistryTasks.words(error));
        });
    }

    /** Whether the chosen version may be deleted now (one is chosen, changes are allowed, no delete runs). */
    public BooleanBinding canDeleteVersionProperty() {
        return canDeleteVersion;
    }

    public BooleanBinding canDeleteSubjectProperty() {
        return canDeleteSubject;
    }
}
