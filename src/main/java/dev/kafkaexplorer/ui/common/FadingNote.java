package dev.kafkaexplorer.ui.common;

import java.time.Duration;
import javafx.beans.property.StringProperty;

/**
 * A status line's note of something done ("Created …", "Exported 64 976 rows…") that clears itself
 * a few seconds later: left standing, it stayed for a quarter of an hour and hid what the screen was
 * doing since. A newer text in the line is left alone. The note itself stays in the window's
 * notifications history (its toast records it there).
 */
public final class FadingNote {

    /** Long enough to read a two-line note twice. */
    public static final Duration SHOWN_FOR = Duration.ofSeconds(8);

    private final TickSource ticks;
    private final StringProperty line;
    private TickSource.Ticker clear;
    private String shown;

    /** Notes go into {@code line}; {@code ticks} times their clearing. */
    public FadingNote(TickSource ticks, StringProperty line) {
        this.ticks = ticks;
        this.line = line;
    }

    /** Shows {@code note} now and clears it after {@link #SHOWN_FOR}, unless the line says something else by then. */
    public void show(String note) {
        line.set(note);
        shown = note;
        if (clear == null) {
            // Made on first use: the app's ticks are the toolkit's, and a view-model may be built before it runs.
            clear = ticks.after(SHOWN_FOR, this::clearIfStillShown);
        }
        clear.start();
    }

    private void clearIfStillShown() {
        if (shown != null && shown.equals(line.get())) {
            line.set("");
        }
        shown = null;
    }
}
