package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Tests the rows of an arriving batch against the live filter on a worker, before the batch joins
 * the table: the table's filtered list would otherwise test each row on the FX thread, and an Avro
 * value decoded to text for that costs about a microsecond, 100 – 250 ms a refresh under a flood.
 * The filtered list's predicate then reads the stored answer of each row of the batch being
 * appended and tests a row itself only when it has none. Without a filter a batch is handed on at
 * once, on the same path as ever. FX thread only, but for the matching itself.
 */
final class ArrivingRowsMatcher {

    private final UiRuntime runtime;
    /** The test of the filter the table shows; null without a filter. */
    private Predicate<RecordRow> shownTest;
    /** Bumped per filter shown: answers for an earlier filter are not used. */
    private long generation;
    /** The answers of the batch being appended, by row; null between appends. */
    private Map<RecordRow, Boolean> appending;

    ArrivingRowsMatcher(UiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The table now shows the rows {@code test} accepts (all rows when null), tested by {@link #answering}. */
    void filterShown(Predicate<RecordRow> test) {
        shownTest = test;
        generation++;
    }

    /**
     * Hands {@code batch} to {@code append} once each row's answer for the filter shown is known:
     * at once without a filter, otherwise after a worker tested the rows (again if the filter
     * changed meanwhile). {@code append} runs on the FX thread, with the answers in place.
     */
    void match(Collection<RecordRow> batch, Consumer<Collection<RecordRow>> append) {
        Predicate<RecordRow> test = shownTest;
        if (test == null) {
            append.accept(batch);
            return;
        }
        long filter = generation;
        runtime.whenDone(runtime.onWorker(() -> answer(batch, test)), answers -> {
            if (filter != generation) {
                match(batch, append);
                return;
            }
            appending = answers;
            try {
                append.accept(batch);
            } finally {
                appending = null;
            }
        }, failure -> append.accept(batch)); // The rows are not lost: the table tests them itself.
    }

    private static Map<RecordRow, Boolean> answer(Collection<RecordRow> batch, Predicate<RecordRow> test) {
        Map<RecordRow, Boolean> answers = new IdentityHashMap<>(batch.size());
        for (RecordRow row : batch) {
            answers.put(row, test.test(row));
        }
        return answers;
    }

    /** The filtered list's predicate: a row of the batch being appended by its answer, any other by {@code test}. */
    Predicate<RecordRow> answering(Predicate<RecordRow> test) {
        return row -> {
            Map<RecordRow, Boolean> answers = appending;
            Boolean answer = answers == null ? null : answers.get(row);
            return answer != null ? answer : test.test(row);
        };
    }
}
