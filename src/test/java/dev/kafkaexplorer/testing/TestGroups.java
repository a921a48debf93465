package dev.kafkaexplorer.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Consumer groups made by plain test consumers (classic protocol), independent of the app's code:
 * fill partitions, read as a group and commit chosen offsets, or keep a member in a group.
 */
public final class TestGroups {

    private TestGroups() {
    }

    /** Writes {@code perPartition} records to every partition of {@code topic}, with keys "p-i" and values "v-i". */
    public static void fill(String topic, int partitions, int perPartition) {
        try (var producer = TestBroker.producer(Map.of("acks", "all"))) {
            for (int p = 0; p < partitions; p++) {
                for (int i = 0; i < perPartition; i++) {
                    producer.send(new ProducerRecord<>(topic, p, ("k-" + p + "-" + i).getBytes(), ("v-" + i).getBytes()));
                }
            }
            producer.flush();
        }
    }

    /**
     * Joins {@code group}, reads {@code topic} until {@code expected} records came (or 30 s), then
     * commits {@code commit} (partition to offset) and leaves. Returns the records read.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readAndCommit(String group, String topic, long expected,
                                                                     Map<Integer, Long> commit) {
        return readAndCommit(group, "classic", topic, expected, commit);
    }

    /** As {@link #readAndCommit(String, String, long, Map)}, with the group protocol ("classic" or "consumer"). */
    public static List<ConsumerRecord<byte[], byte[]>> readAndCommit(String group, String protocol, String topic,
                                                                     long expected, Map<Integer, Long> commit) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (var consumer = consumer(group, protocol)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            commit.forEach((p, o) -> offsets.put(new TopicPartition(topic, p), new OffsetAndMetadata(o)));
            if (!offsets.isEmpty()) {
                consumer.commitSync(offsets);
            }
        }
        return records;
    }

    /** A member that stays in {@code group} on its own thread until closed. */
    public static final class Member implements AutoCloseable {

        private final AtomicBoolean stop = new AtomicBoolean();
        private final CountDownLatch joined = new CountDownLatch(1);
        private final Thread thread;
        private volatile KafkaConsumer<byte[], byte[]> consumer;

        public Member(String group, String topic) {
            thread = new Thread(() -> {
                try (var c = consumer(group, "classic")) {
                    consumer = c;
                    c.subscribe(List.of(topic));
                    while (!stop.get()) {
                        c.poll(Duration.ofMillis(100));
                        if (!c.assignment().isEmpty()) {
                            joined.countDown();
                        }
                    }
                } catch (WakeupException e) {
                    // Asked to stop.
                }
            }, "test-group-member-" + group);
            thread.setDaemon(true);
            thread.start();
        }

        /** Waits until the member has partitions assigned. */
        public boolean awaitJoined(Duration timeout) throws InterruptedException {
            return joined.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            KafkaConsumer<byte[], byte[]> c = consumer;
            if (c != null) {
                c.wakeup();
            }
            thread.join(15_000);
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String group, String protocol) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", TestBroker.bootstrapServers());
        config.put("group.id", group);
        config.put("group.protocol", protocol);
        config.put("enable.auto.commit", false);
        config.put("auto.offset.reset", "earliest");
        config.put("key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        config.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        return new KafkaConsumer<>(config);
    }

    /** A group id no other test uses. */
    public static String uniqueGroup(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime());
    }
}
