package dev.kafkaexplorer.kafka.consume;

import java.util.Map;
import java.util.StringJoiner;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownTopicIdException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Sorts the errors a live view meets, as in Kafka's own examples: which are retried and which end
 * the run, and how records deleted before they were read are skipped.
 */
final class ReadErrors {

    private ReadErrors() {
    }

    /** Whether the view retries {@code e}; the others end it. */
    static boolean isTransient(RetriableException e) {
        // Retriable to the client, but for a live view they mean the topic or its data is gone.
        return !(e instanceof UnknownTopicOrPartitionException || e instanceof UnknownTopicIdException
                || e instanceof CorruptRecordException);
    }

    /**
     * Retention (or truncation) moved a partition's range past its position: seeks each such
     * partition to where records remain and returns a note per partition for the status line.
     */
    static String skipDeleted(Consumer<?, ?> c, OffsetOutOfRangeException e) {
        Map<TopicPartition, Long> lost = e.offsetOutOfRangePartitions();
        Map<TopicPartition, Long> begin = c.beginningOffsets(lost.keySet());
        Map<TopicPartition, Long> end = c.endOffsets(lost.keySet());
        StringJoiner notes = new StringJoiner(" ");
        lost.forEach((tp, position) -> {
            if (position > end.get(tp)) {
                c.seek(tp, end.get(tp));
                notes.add("Partition " + tp.partition() + ": offset " + position + " is past its end, continuing at "
                        + end.get(tp) + ".");
            } else {
                c.seek(tp, begin.get(tp));
                notes.add("Partition " + tp.partition() + ": records from offset " + position
                        + " were deleted (retention) before they were read, continuing at " + begin.get(tp) + ".");
            }
        });
        return notes.toString();
    }
}
