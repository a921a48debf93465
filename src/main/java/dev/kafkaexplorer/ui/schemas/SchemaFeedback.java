package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.ui.common.FadingNote;
import dev.kafkaexplorer.ui.common.TickSource;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the Schemas tab tells of its changes: a note of what was done in the status line (fading),
 * and a refusal kept whole beside the subject's buttons, where the user acted (a status line cuts
 * a registry's reasons mid-word). Toolkit-free.
 */
final class SchemaFeedback {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final FadingNote notes;

    SchemaFeedback(TickSource ticks) {
        this.notes = new FadingNote(ticks, message);
    }

    /** Something done, for a few seconds in the status line. */
    void done(String note) {
        refusal.set("");
        notes.show(note);
    }

    /** Work under way, in the status line until the next word. */
    void working(String words) {
        message.set(words);
    }

    /** A change that did not happen and why, whole. */
    void refused(String words) {
        message.set("");
        refusal.set(words);
    }

    /** The user moved on: an old refusal no longer applies. */
    void forget() {
        refusal.set("");
    }

    void clear() {
        refusal.set("");
        message.set("");
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
