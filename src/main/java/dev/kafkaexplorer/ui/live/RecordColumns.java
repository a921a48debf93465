package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/**
 * What each column of the live table shows of a {@link RecordRow}: previews (decoded when the run
 * reads with formats or a registry) and the value's schema, made when a cell shows them.
 */
final class RecordColumns {

    /** The table shows the time of day; the detail pane has the full timestamp. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private RecordColumns() {
    }

    static void bind(TableColumn<RecordRow, String> time, TableColumn<RecordRow, Integer> partition,
                     TableColumn<RecordRow, Long> offset, TableColumn<RecordRow, String> key,
                     TableColumn<RecordRow, String> value, TableColumn<RecordRow, Integer> headers,
                     TableColumn<RecordRow, Integer> size, TableColumn<RecordRow, String> schema) {
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(TIME.format(Instant.ofEpochMilli(c.getValue().timestampMs()))));
        partition.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().partition()));
        offset.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().offset()));
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keyPreview()));
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().valuePreview()));
        headers.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().headerCount()));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().serializedSize()));
        schema.setCellValueFactory(c -> {
            SchemaRef ref = c.getValue().valueSchema();
            return new ReadOnlyStringWrapper(ref == null ? "" : ref.columnText());
        });
    }
}
