package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Re-reads one record whole for the detail pane, as {@code RecordFetcher::fetch} does against the
 * broker; a view-model test passes an in-memory one. Blocking: called on a worker.
 */
@FunctionalInterface
public interface WholeRecordFetcher {

    /** The record at {@code offset}, or empty when it is no longer there or did not come within {@code timeout}. */
    Optional<ConsumerRecord<byte[], byte[]>> fetch(ClusterAccess access, String topic, int partition, long offset,
                                                   Duration timeout);
}
