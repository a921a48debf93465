package dev.kafkaexplorer.ui.groups;

import dev.kafkaexplorer.kafka.groups.GroupErrorText;
import dev.kafkaexplorer.ui.common.FadingNote;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleting a consumer group and what the user is told of it. A refusal is kept whole in
 * {@link #refusalProperty()}, shown next to the Delete button: in the footer's status line it was
 * cut to "The group is not e…", far from where the user had acted.
 */
final class GroupDeletion {

    private static final Logger LOG = LoggerFactory.getLogger(GroupDeletion.class);
    private final UiRuntime runtime;
    private final ReadOnlyBooleanWrapper deleting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final StringProperty message;
    private final FadingNote note;

    /** Progress and outcomes go to {@code message}, the groups screen's status line. */
    GroupDeletion(UiRuntime runtime, StringProperty message) {
        this.runtime = runtime;
        this.message = message;
        this.note = new FadingNote(runtime.ticks(), message);
    }

    /** Deletes {@code groupId} through {@code groups}; {@code deleted} runs once it is gone. */
    CompletableFuture<Void> delete(GroupCatalog groups, String groupId, Runnable deleted) {
        refusal.set("");
        message.set("Deleting “" + groupId + "”…");
        deleting.set(true);
        return runtime.whenDone(groups.delete(groupId), ignored -> {
            deleting.set(false);
            LOG.info("Deleted consumer group {}", groupId);
            note.show("Deleted consumer group “" + groupId + "”.");
            deleted.run();
        }, error -> {
            deleting.set(false);
            String words = "Could not delete “" + groupId + "”: " + GroupErrorText.forGroup(groupId, error);
            LOG.warn("Deleting consumer group {} refused: {}", groupId, words);
            refusal.set(words);
            // Said whole beside the button; the footer's line is too short for it and cut it mid-word.
            message.set("");
        });
    }

    /** A note of something done on the groups screen (a reset), cleared after a few seconds. */
    void showNote(String text) {
        note.show(text);
    }

    /** The user moved on (another group, another cluster): an old refusal no longer applies. */
    void forget() {
        refusal.set("");
    }

    ReadOnlyBooleanProperty deletingProperty() {
        return deleting.getReadOnlyProperty();
    }

    ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
