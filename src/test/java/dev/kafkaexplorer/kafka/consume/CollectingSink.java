package dev.kafkaexplorer.kafka.consume;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps every batch it is given, for tests to inspect from their own thread. */
final class CollectingSink implements RowSink {

    private final List<List<RecordRow>> batches = new ArrayList<>();

    @Override
    public synchronized void accept(List<RecordRow> batch) {
        batches.add(List.copyOf(batch));
    }

    synchronized int size() {
        return batches.stream().mapToInt(List::size).sum();
    }

    synchronized List<RecordRow> rows() {
        return batches.stream().flatMap(List::stream).toList();
    }

    synchronized List<List<RecordRow>> batches() {
        return List.copyOf(batches);
    }
}
