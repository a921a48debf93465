package dev.kafkaexplorer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

/** The notifications history and the fading status note, without the toolkit. */
class NoteHistoryTest {

    private final ManualTicks ticks = new ManualTicks();

    @Test
    void aNoteFadesFromItsStatusLineButStaysInTheHistoryWithItsTime() {
        NoteHistory history = new NoteHistory(Clock.fixed(Instant.parse("2026-12-04T21:40:07.250Z"), ZoneOffset.UTC));
        StringProperty line = new SimpleStringProperty("");
        FadingNote note = new FadingNote(ticks, line);

        note.show("Exported 64 976 rows to rows.csv");
        history.add("Exported 64 976 rows to rows.csv", Toasts.Kind.DONE);
        ticks.advance(FadingNote.SHOWN_FOR);

        assertThat(line.get()).isEmpty();
        assertThat(history.notes()).containsExactly(
                new NoteHistory.Note(LocalTime.of(21, 40, 7), "Exported 64 976 rows to rows.csv", Toasts.Kind.DONE));
        assertThat(history.notes().get(0)).hasToString("21:40:07  Exported 64 976 rows to rows.csv");
    }

    @Test
    void aLineChangedSinceTheNoteIsLeftAloneAndASecondNoteGetsItsOwnFullTime() {
        StringProperty line = new SimpleStringProperty("");
        FadingNote note = new FadingNote(ticks, line);
        note.show("Created “orders”.");
        ticks.advance(FadingNote.SHOWN_FOR.dividedBy(2));
        line.set("Loading topics…");
        ticks.advance(FadingNote.SHOWN_FOR);
        assertThat(line.get()).isEqualTo("Loading topics…");

        note.show("Deleted “orders”.");
        ticks.advance(FadingNote.SHOWN_FOR.dividedBy(2));
        note.show("Created “payments”.");
        ticks.advance(FadingNote.SHOWN_FOR.dividedBy(2));
        assertThat(line.get()).as("the second note's wait began anew").isEqualTo("Created “payments”.");
        ticks.advance(FadingNote.SHOWN_FOR.dividedBy(2));
        assertThat(line.get()).isEmpty();
    }

    @Test
    void theHistoryKeepsTheNewestFirstAndAtMostItsBound() {
        NoteHistory history = new NoteHistory();
        for (int i = 0; i < NoteHistory.KEPT + 5; i++) {
            history.add("note " + i, Toasts.Kind.INFO);
        }
        assertThat(history.notes()).hasSize(NoteHistory.KEPT);
        assertThat(history.notes().get(0).text()).isEqualTo("note " + (NoteHistory.KEPT + 4));
    }
}
