package dev.kafkaexplorer.kafka.consume;

import java.util.List;

/** Receives rows from the consumer thread, one call per poll, never per record. */
@FunctionalInterface
public interface RowSink {

    /** Called on the consumer thread with a non-empty batch, rows of each partition in offset order. */
    void accept(List<RecordRow> batch);
}
