package dev.kafkaexplorer.kafka.produce;

/** Where the producer loop takes its records from; used by the loop's thread only. */
public interface RecordSource extends AutoCloseable {

    /** The next record; may wait briefly for a generator thread. */
    OutgoingRecord next() throws InterruptedException;

    /** Stops any threads behind the source. */
    @Override
    void close();
}
