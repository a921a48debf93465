package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.ui.common.TickSource;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live table's filter as typed: applied once typing pauses (filtering 100 000 rows per
 * keystroke would lag the field), a regular expression that does not compile refused in words
 * while the last valid filter stays.
 */
final class LiveFilter {

    private static final Duration TYPING_PAUSE = Duration.ofMillis(120);

    private final TableLists tableLists;
    private final Runnable onApplied;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** {@code onApplied}: called after the table's rows were filtered anew. */
    LiveFilter(TickSource ticks, TableLists tableLists, Runnable onApplied) {
        this.tableLists = tableLists;
        this.onApplied = onApplied;
        TickSource.Ticker typingPause = ticks.after(TYPING_PAUSE, this::apply);
        text.addListener(o -> typingPause.start());
        regex.addListener(o -> apply());
    }

    private void apply() {
        RowFilter filter = RowFilter.of(text.get(), regex.get());
        error.set(filter.error());
        if (!filter.error().isEmpty()) {
            return;
        }
        tableLists.filter(filter.predicate());
        onApplied.run();
    }

    StringProperty textProperty() {
        return text;
    }

    BooleanProperty regexProperty() {
        return regex;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
