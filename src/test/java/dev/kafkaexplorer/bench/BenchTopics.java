package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The topics the read benchmarks fill on the test broker, and the raw consumer loop they measure the app against. */
final class BenchTopics {

    private BenchTopics() {
    }

    /**
     * Writes {@code count} records round-robin over {@code partitions}: key "k" + i, value
     * {@code values[i % values.size()]}, compressed with {@code compression}.
     */
    static void produce(String topic, int partitions, int count, List<byte[]> values, String compression) throws Exception {
        Map<String, Object> props = Map.of("bootstrap.servers", TestBroker.bootstrapServers(), "linger.ms", 20,
                "batch.size", 262144, "compression.type", compression, "acks", "1");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, i % partitions, ("k" + i).getBytes(StandardCharsets.UTF_8),
                        values.get(i % values.size())));
            }
            producer.flush();
        }
    }

    /**
     * A raw {@code KafkaConsumer<byte[], byte[]>} loop reading {@code records} records of the topic
     * from the beginning, handing each to {@code perRecord} (which answers a number to add to a
     * checksum, so the work cannot be left out); prints and answers its records/s.
     */
    static double rawConsumerRate(String topic, int partitions, int records, ToLongFunction<ConsumerRecord<byte[], byte[]>> perRecord) {
        Map<String, Object> props = Map.of("bootstrap.servers", TestBroker.bootstrapServers(),
                "max.poll.records", 2000, "fetch.max.bytes", 52428800, "max.partition.fetch.bytes", 4194304);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> assigned = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                assigned.add(new TopicPartition(topic, p));
            }
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            long n = 0;
            long checksum = 0;
            long cpuBefore = BenchJvm.processCpuNanos();
            var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long began = System.nanoTime();
            while (n < records) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    checksum += perRecord.applyAsLong(r);
                    n++;
                }
            }
            double rate = n / ((System.nanoTime() - began) / 1e9);
            System.out.printf("    raw pass: %,.0f records/s, process CPU %.2f s, allocated %,d B a record%n", rate,
                    (BenchJvm.processCpuNanos() - cpuBefore) / 1e9, (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / n);
            if (checksum == 0) {
                throw new AssertionError("nothing read");
            }
            return rate;
        }
    }
}
