package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.consume.RecordFetcher;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.FadingNote;
import dev.kafkaexplorer.ui.common.TickSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the live table's rows to a file off the FX thread, with progress and the outcome in words;
 * rows that did not keep their bytes are re-read on one consumer. Values are written decoded, or
 * as their raw bytes (base64) while {@link #rawBytesProperty()} is set.
 */
final class LiveExport {

    private static final Logger LOG = LoggerFactory.getLogger(LiveExport.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PROGRESS_EVERY = Duration.ofMillis(200);

    private final UiRuntime runtime;
    private final NumberFormat counts = NumberFormat.getIntegerInstance();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty rawBytes = new SimpleBooleanProperty(false);

    private final FadingNote note;

    LiveExport(UiRuntime runtime) {
        this.runtime = runtime;
        this.note = new FadingNote(runtime.ticks(), message);
    }

    /** Starts writing {@code rows} (read through {@code access}) to {@code file}; returns at once. */
    void start(List<RecordRow> rows, ClusterAccess access, Path file, RowExporter.Format format) {
        AtomicLong written = new AtomicLong();
        boolean raw = rawBytes.get();
        progress.set(0);
        message.set("Exporting " + counts.format(rows.size()) + " rows…");
        // The writer thread only counts; the FX side reads the count a few times a second.
        TickSource.Ticker ticker = runtime.ticks().every(PROGRESS_EVERY,
                () -> progress.set(rows.isEmpty() ? 1 : (double) written.get() / rows.size()));
        ticker.start();
        runtime.whenDone(runtime.onWorker(() -> {
            boolean needsReread = rows.stream().anyMatch(r -> !r.valueRetained());
            try (RecordFetcher.Session session = needsReread ? new RecordFetcher.Session(access) : null) {
                RowExporter.export(rows, file, format, raw, row -> reread(session, row), written);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        }), done -> {
            finished(ticker);
            LOG.info("Exported {} rows of {} to {} as {}", rows.size(), rows.isEmpty() ? "-" : rows.get(0).topic(), file, format);
            note.show("Exported " + counts.format(rows.size()) + (rows.size() == 1 ? " row" : " rows") + " to " + file.getFileName());
        }, error -> {
            finished(ticker);
            message.set("Export failed: " + KafkaErrorText.general(error));
            LOG.warn("Export to {} failed: {}", file, message.get());
        });
    }

    private void finished(TickSource.Ticker ticker) {
        ticker.stop();
        progress.set(-1);
    }

    private static RowExporter.WholeRecord reread(RecordFetcher.Session session, RecordRow row) {
        return session.fetch(row.topic(), row.partition(), row.offset(), FETCH_TIMEOUT)
                .map(r -> new RowExporter.WholeRecord(r.key(), r.value()))
                .orElseThrow(() -> new IllegalStateException("Record " + row.partition() + "/" + row.offset()
                        + " is no longer on the broker"));
    }

    /** Export writes keys and values as their raw bytes in base64 rather than decoded. */
    BooleanProperty rawBytesProperty() {
        return rawBytes;
    }

    /** 0…1 while writing, -1 otherwise. */
    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
