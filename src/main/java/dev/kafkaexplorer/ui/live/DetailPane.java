package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.ByteSizes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The whole record of the selected row: made from the row's own bytes, or re-read from the broker
 * when the row kept only a preview. Only the answer for the latest selection is shown. A key or
 * value that could not be decoded says why in {@link #messageProperty()}; "Show schema" hands the
 * value's schema to whoever shows schemas ({@link #setOnShowSchema}).
 */
public final class DetailPane {

    static final String SELECT_A_ROW = "Select a row to see the whole record.";
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);

    private final WholeRecordFetcher fetcher;
    private final Supplier<ClusterAccess> rowsAccess;
    private final LatestRequest reading;
    private final ReadOnlyObjectWrapper<RecordDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(SELECT_A_ROW);
    private final ReadOnlyStringWrapper valueNote = new ReadOnlyStringWrapper("");
    private final UiRuntime runtime;
    /** The row the pane is for, or null. */
    private RecordRow shownRow;
    private Consumer<SchemaRef> onShowSchema = schema -> { };

    /** {@code rowsAccess}: the cluster the rows came from, where large records are re-read. */
    DetailPane(UiRuntime runtime, WholeRecordFetcher fetcher, Supplier<ClusterAccess> rowsAccess) {
        this.runtime = runtime;
        this.fetcher = fetcher;
        this.rowsAccess = rowsAccess;
        this.reading = runtime.latestRequest();
    }

    /** Shows the whole record of {@code row}, re-reading it when the row kept only a preview; null empties the pane. */
    void select(RecordRow row) {
        if (row != null && row == shownRow) {
            // Selected again after the table changed lists (window to all rows or back): the pane
            // keeps what it shows rather than emptying and re-reading it.
            return;
        }
        shownRow = row;
        if (row == null) {
            clear();
            return;
        }
        ClusterAccess access = rowsAccess.get();
        message.set(row.valueRetained() ? "" : "Reading the whole record from the broker…");
        valueNote.set("");
        reading.runOnWorker(() -> read(access, row), shown -> {
            detail.set(shown);
            valueNote.set(shown.valueCutNote());
            message.set(shown.problem());
        }, error -> {
            detail.set(null);
            message.set(KafkaErrorText.general(error));
        });
    }

    private RecordDetail read(ClusterAccess access, RecordRow row) {
        if (row.valueRetained()) {
            return RecordDetail.of(row, row.key(), row.value());
        }
        var whole = fetcher.fetch(access, row.topic(), row.partition(), row.offset(), FETCH_TIMEOUT)
                .orElseThrow(() -> new IllegalStateException("The record is no longer on the broker (deleted by retention?)"));
        return RecordDetail.of(row, whole.key(), whole.value());
    }

    /** Writes the shown record's whole value, as its bytes, to {@code file} on a worker; the outcome shows as the value's note. */
    public CompletableFuture<Path> saveValue(Path file) {
        RecordDetail shown = detail.get();
        if (shown == null || shown.value() == null) {
            valueNote.set("Not saved: the record has no value (null).");
            return CompletableFuture.failedFuture(new IllegalStateException("no value"));
        }
        String cut = shown.valueCutNote();
        String before = cut.isEmpty() ? "" : cut + "\n";
        valueNote.set(before + "Saving " + ByteSizes.exactly(shown.value().length) + " to " + file + "…");
        return runtime.whenDone(runtime.onWorker(() -> {
            try {
                return Files.write(file, shown.value());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), saved -> valueNote.set(before + "Saved the value (" + ByteSizes.exactly(shown.value().length) + ") to " + saved + "."),
                failure -> valueNote.set(before + "Not saved: " + (failure instanceof UncheckedIOException u
                        ? u.getCause().toString() : failure.getMessage())));
    }

    /**
     * What "Show schema" does with the shown value's schema: the main window sets it to open the
     * schema (the Schemas tab); until then the link does nothing. FX thread.
     */
    public void setOnShowSchema(Consumer<SchemaRef> action) {
        onShowSchema = action == null ? schema -> { } : action;
    }

    /** Hands the shown value's schema to {@link #setOnShowSchema}'s action; nothing when it has none. */
    public void showSchema() {
        RecordDetail shown = detail.get();
        if (shown != null && shown.schema() != null) {
            onShowSchema.accept(shown.schema());
        }
    }

    /** Empties the pane and drops any answer still under way. */
    void clear() {
        reading.cancel();
        shownRow = null;
        valueNote.set("");
        detail.set(null);
        message.set(SELECT_A_ROW);
    }

    /** The row the pane is for, or null. */
    RecordRow shownRow() {
        return shownRow;
    }

    public ReadOnlyObjectProperty<RecordDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why the record could not be read, or its key or value decoded, in words; empty when it was. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Under the value: that it is cut for display, and the outcome of Save. */
    public ReadOnlyStringProperty valueNoteProperty() {
        return valueNote.getReadOnlyProperty();
    }
}
