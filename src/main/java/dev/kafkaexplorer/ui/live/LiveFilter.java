package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live table's filter as typed: applied once typing pauses (filtering 100 000 rows per
 * keystroke would lag the field), a regular expression that does not compile refused in words
 * while the last valid filter stays. Over many rows the matching runs on a worker in chunks, with
 * its progress shown (over 65 000 rows it took seconds on the FX thread with no sign of work); the
 * table then takes the answers, testing only the rows that arrived meanwhile. Rows arriving while a
 * filter is shown are matched on a worker too ({@link ArrivingRowsMatcher}).
 */
final class LiveFilter {

    private static final Duration TYPING_PAUSE = Duration.ofMillis(120);
    /** Fewer rows than this are matched at once on the FX thread: a few milliseconds. */
    static final int ROWS_MATCHED_IN_PLACE = 5_000;
    private static final int CHUNK = 5_000;

    private final UiRuntime runtime;
    private final TableLists tableLists;
    private final ArrivingRowsMatcher arrivingRows;
    private final Supplier<List<RecordRow>> retainedRows;
    private final Runnable onApplied;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    /** Bumped per filter applied: a worker's answers for an older filter are dropped. */
    private volatile long generation;

    /** {@code onApplied}: called after the table's rows were filtered anew. */
    LiveFilter(UiRuntime runtime, TableLists tableLists, ArrivingRowsMatcher arrivingRows,
               Supplier<List<RecordRow>> retainedRows, Runnable onApplied) {
        this.runtime = runtime;
        this.tableLists = tableLists;
        this.arrivingRows = arrivingRows;
        this.retainedRows = retainedRows;
        this.onApplied = onApplied;
        TickSource.Ticker typingPause = runtime.ticks().after(TYPING_PAUSE, this::apply);
        text.addListener(o -> typingPause.start());
        regex.addListener(o -> apply());
    }

    private void apply() {
        RowFilter filter = RowFilter.of(text.get(), regex.get());
        error.set(filter.error());
        if (!filter.error().isEmpty()) {
            return;
        }
        long run = ++generation;
        Predicate<RecordRow> predicate = filter.predicate();
        List<RecordRow> snapshot = retainedRows.get();
        if (predicate == null || snapshot.size() < ROWS_MATCHED_IN_PLACE) {
            progress.set(-1);
            show(predicate, predicate);
            return;
        }
        List<RecordRow> rows = List.copyOf(snapshot);
        progress.set(0);
        runtime.whenDone(runtime.onWorker(() -> match(rows, predicate, run)), answers -> {
            if (answers == null || run != generation) {
                return;
            }
            progress.set(-1);
            // Rows of the snapshot by their answer; rows that arrived since, tested as they come.
            show(predicate, row -> {
                Boolean answer = answers.get(row);
                return answer != null ? answer : predicate.test(row);
            });
        }, failure -> {
            if (run == generation) {
                progress.set(-1);
            }
        });
    }

    /** Whether each row matches, chunk by chunk with progress; null once a newer filter was applied. */
    private Map<RecordRow, Boolean> match(List<RecordRow> rows, Predicate<RecordRow> predicate, long run) {
        // Weak: rows that leave the retained rows are not held on to by the filter.
        Map<RecordRow, Boolean> answers = new WeakHashMap<>(rows.size() * 2);
        for (int from = 0; from < rows.size(); from += CHUNK) {
            if (run != generation) {
                return null;
            }
            int to = Math.min(rows.size(), from + CHUNK);
            for (RecordRow row : rows.subList(from, to)) {
                answers.put(row, predicate.test(row));
            }
            double done = (double) to / rows.size();
            runtime.fx().execute(() -> {
                if (run == generation && progress.get() >= 0) {
                    progress.set(done);
                }
            });
        }
        return answers;
    }

    /** Shows the rows {@code shown} accepts; rows arriving from now on are matched by {@code test} on a worker. */
    private void show(Predicate<RecordRow> test, Predicate<RecordRow> shown) {
        arrivingRows.filterShown(test);
        tableLists.filter(shown == null ? null : arrivingRows.answering(shown));
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

    /** How far the matching has got, 0 to 1, while it runs on a worker; -1 otherwise. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
