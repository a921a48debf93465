package dev.kafkaexplorer.ui.common;

import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window told the user in passing (its toasts, the notes that fade from status lines),
 * newest first, with the time of each: the notes go away by themselves, this list keeps them for
 * reading later. Bounded: the oldest go once {@link #KEPT} are held. On the FX thread only.
 */
public final class NoteHistory {

    /** More than a session's worth of outcomes; a long run of failures does not grow it forever. */
    public static final int KEPT = 200;

    /** One note: when, what, and how it read (done, warning, failure, news). */
    public record Note(LocalTime at, String text, Toasts.Kind kind) {
        @Override
        public String toString() {
            return at + "  " + text;
        }
    }

    private final Clock clock;
    private final ObservableList<Note> notes = FXCollections.observableArrayList();

    /** On the system clock, in the local time zone. */
    public NoteHistory() {
        this(Clock.systemDefaultZone());
    }

    public NoteHistory(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code text} with the time now. */
    public void add(String text, Toasts.Kind kind) {
        notes.add(0, new Note(LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS), text, kind));
        if (notes.size() > KEPT) {
            notes.remove(KEPT, notes.size());
        }
    }

    /** Newest first. */
    public ObservableList<Note> notes() {
        return notes;
    }
}
