package dev.kafkaexplorer.testing;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * One embedded broker for the whole test JVM, on a free port with a temporary data directory:
 * starting a broker per class would cost seconds each on a 2-core CI machine.
 */
public final class TestBroker {

    private static EmbeddedBroker broker;

    private TestBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("kafka-explorer-test-broker");
                broker = new EmbeddedBroker(dir, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker.start();
            EmbeddedBroker started = broker;
            // The data goes with the JVM: a benchmark run writes gigabytes of records.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.stop();
                TempDirs.deleteQuietly(dir);
            }, "test-broker-stop"));
        }
        return broker.bootstrapServers();
    }

    /** The broker as the app's clients take it: no security settings. */
    public static ClusterAccess access() {
        return ClusterAccess.plaintext(bootstrapServers());
    }

    /** A plain admin client for checking what the app did, independent of the app's own code. */
    public static Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    /** Creates a topic and waits until its partitions have leaders. */
    public static String createTopic(String prefix, int partitions) {
        return createTopic(prefix, partitions, Map.of());
    }

    /** Reads every record of {@code topic} from the beginning until {@code expected} have arrived (or 30 s). */
    public static java.util.List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> readAll(String topic, long expected) {
        var records = new java.util.ArrayList<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>>();
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(Map.of(
                "bootstrap.servers", bootstrapServers(),
                "key.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer"))) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(java.time.Duration.ofMillis(200)).forEach(records::add);
            }
            // One more short poll: more than expected must show up as a failure, not be missed.
            consumer.poll(java.time.Duration.ofMillis(300)).forEach(records::add);
        }
        return records;
    }

    /** The number of records in {@code topic} according to the broker (end minus begin offsets). */
    public static long countOnBroker(String topic) {
        try (Admin admin = admin()) {
            var partitions = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest = new java.util.HashMap<>();
            Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> earliest = new java.util.HashMap<>();
            for (var p : partitions) {
                var tp = new org.apache.kafka.common.TopicPartition(topic, p.partition());
                latest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.latest());
                earliest.put(tp, org.apache.kafka.clients.admin.OffsetSpec.earliest());
            }
            long end = admin.listOffsets(latest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
            long begin = admin.listOffsets(earliest).all().get().values().stream().mapToLong(i -> i.offset()).sum();
            return end - begin;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a topic with topic configs (e.g. max.message.bytes) and waits until its partitions have leaders. */
    public static String createTopic(String prefix, int partitions, Map<String, String> configs) {
        String name = uniqueTopic(prefix);
        try (Admin admin = admin()) {
            admin.createTopics(java.util.List.of(new org.apache.kafka.clients.admin.NewTopic(name, partitions, (short) 1)
                    .configs(configs))).all().get();
            // Right after the create the broker may not know the topic yet and answer "unknown topic": ask again.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                    admin.describeTopics(java.util.List.of(name)).allTopicNames().get().get(name).partitions().stream()
                            .allMatch(p -> p.leader() != null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** A plain byte-array producer for writing test records, independent of the app's producer code. */
    public static org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]> producer(Map<String, Object> settings) {
        Map<String, Object> all = new java.util.HashMap<>(settings);
        all.put("bootstrap.servers", bootstrapServers());
        return new org.apache.kafka.clients.producer.KafkaProducer<>(all,
                new org.apache.kafka.common.serialization.ByteArraySerializer(),
                new org.apache.kafka.common.serialization.ByteArraySerializer());
    }

    /** A topic name no other test uses. */
    public static String uniqueTopic(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime());
    }
}
