package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.KafkaFailure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.InvalidOffsetException;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Re-reads one record whole, for the detail pane when its row did not keep the bytes. */
public final class RecordFetcher {

    private RecordFetcher() {
    }

    /**
     * The record at {@code offset}, or empty when it is no longer there (deleted, compacted away) or
     * did not arrive within {@code timeout}. Blocking: call it off the FX thread.
     *
     * @throws KafkaFailure when the cluster refused (not authorized, no such topic, …), in words
     */
    public static Optional<ConsumerRecord<byte[], byte[]>> fetch(ClusterAccess access, String topic, int partition,
                                                                 long offset, Duration timeout) {
        try (Session session = new Session(access)) {
            return session.fetch(topic, partition, offset, timeout);
        }
    }

    /**
     * One consumer re-reading many records (an export of large rows): making a consumer per
     * record would cost a connection and a metadata round trip each. One thread only.
     */
    public static final class Session implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;

        public Session(ClusterAccess access) {
            consumer = new KafkaConsumer<>(ConsumerProperties.forFetch(access),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }

        /** As {@link RecordFetcher#fetch}, on this session's consumer. Blocking. */
        public Optional<ConsumerRecord<byte[], byte[]>> fetch(String topic, int partition, long offset, Duration timeout) {
            TopicPartition tp = new TopicPartition(topic, partition);
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                if (!consumer.assignment().equals(Set.of(tp))) {
                    consumer.assign(List.of(tp));
                }
                consumer.seek(tp, offset);
                long left;
                while ((left = deadline - System.nanoTime()) > 0) {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofNanos(left));
                    if (!records.isEmpty()) {
                        // The first record at or after the offset: a later one means ours is gone.
                        ConsumerRecord<byte[], byte[]> first = records.iterator().next();
                        return first.offset() == offset ? Optional.of(first) : Optional.empty();
                    }
                }
                return Optional.empty();
            } catch (InvalidOffsetException e) {
                return Optional.empty();
            } catch (KafkaException e) {
                throw new KafkaFailure(KafkaErrorText.forTopic(topic, e), e);
            }
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
