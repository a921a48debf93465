package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.testing.TestBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.internal.CompressionType;
import org.apache.kafka.common.record.internal.FileRecords;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The producer loop against the project's real embedded broker. */
class ProducerLoopTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> templateIds() {
        return BuiltInTemplates.all().stream().map(RecordTemplate::id).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templateIds")
    void everyTemplateSendsAThousandValidVaryingRecordsThatTheBrokerHasExactly(String templateId) throws Exception {
        String topic = TestBroker.createTopic("tpl-" + templateId, 3);
        RecordTemplate template = BuiltInTemplates.byId(templateId).orElseThrow();
        ProducerStats stats = run(topic, template, new KeyStrategy.RandomUuid(), 42, Optional.empty(), OptionalLong.of(1000));

        assertThat(stats.sent()).isEqualTo(1000);
        assertThat(stats.acked()).isEqualTo(1000);
        assertThat(stats.failed()).isZero();
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(1000);

        List<ConsumerRecord<byte[], byte[]>> records = TestBroker.readAll(topic, 1000);
        assertThat(records).hasSize(1000);
        Map<String, Set<String>> valuesPerField = new java.util.HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            JsonNode value = JSON.readTree(r.value());
            assertThat(value.isObject()).isTrue();
            assertAllFieldsNonEmpty(value, templateId);
            value.fields().forEachRemaining(f -> valuesPerField.computeIfAbsent(f.getKey(), k -> new HashSet<>()).add(f.getValue().toString()));
            assertThat(r.headers().lastHeader("source")).isNotNull();
            UUID.fromString(new String(r.key(), StandardCharsets.UTF_8));
        }
        assertThat(valuesPerField).allSatisfy((field, values) -> assertThat(values).as(field).hasSizeGreaterThan(1));
        assertThat(records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).distinct()).hasSize(1000);
    }

    private static void assertAllFieldsNonEmpty(JsonNode node, String where) {
        if (node.isObject()) {
            assertThat(node.size()).as(where).isPositive();
            node.fields().forEachRemaining(f -> assertAllFieldsNonEmpty(f.getValue(), where + "." + f.getKey()));
        } else if (node.isArray()) {
            assertThat(node.size()).as(where).isPositive();
            node.forEach(child -> assertAllFieldsNonEmpty(child, where + "[]"));
        } else {
            assertThat(node.isNull()).as(where).isFalse();
            assertThat(node.asText()).as(where).isNotBlank();
        }
    }

    @Test
    void fieldKeysEqualTheFieldAndHotKeysGiveExactlyNKeys() throws Exception {
        RecordTemplate sensor = BuiltInTemplates.byId("sensor-reading").orElseThrow();
        String fieldTopic = TestBroker.createTopic("field-keys", 2);
        run(fieldTopic, sensor, new KeyStrategy.Field("deviceId"), 7, Optional.empty(), OptionalLong.of(1000));
        for (ConsumerRecord<byte[], byte[]> r : TestBroker.readAll(fieldTopic, 1000)) {
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(JSON.readTree(r.value()).get("deviceId").asText());
        }

        String hotTopic = TestBroker.createTopic("hot-keys", 6);
        run(hotTopic, sensor, new KeyStrategy.HotKeys(4, 1.5), 7, Optional.empty(), OptionalLong.of(1000));
        Map<String, Long> perKey = TestBroker.readAll(hotTopic, 1000).stream()
                .collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8), Collectors.counting()));
        assertThat(perKey).hasSize(4);
        assertThat(perKey.get("key-0")).isEqualTo(perKey.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void theSameSeedSendsTheSameRecords() {
        RecordTemplate order = BuiltInTemplates.byId("order").orElseThrow();
        String first = TestBroker.createTopic("seeded-a", 1);
        String second = TestBroker.createTopic("seeded-b", 1);
        run(first, order, new KeyStrategy.RandomUuid(), 1234, Optional.empty(), OptionalLong.of(1000));
        run(second, order, new KeyStrategy.RandomUuid(), 1234, Optional.empty(), OptionalLong.of(1000));
        List<String> a = TestBroker.readAll(first, 1000).stream().map(ProducerLoopTest::text).toList();
        List<String> b = TestBroker.readAll(second, 1000).stream().map(ProducerLoopTest::text).toList();
        assertThat(a).hasSize(1000).isEqualTo(b);
    }

    @Test
    void stopFlushesAndEveryAcknowledgedRecordIsOnTheBroker() throws Exception {
        String topic = TestBroker.createTopic("stop", 3);
        ProducerLoop loop = loop(topic, BuiltInTemplates.byId("log-line").orElseThrow(), new KeyStrategy.None(), 5,
                Optional.empty(), OptionalLong.empty(), Optional.of(5000.0)).start();
        // Stop mid-stream, with records in flight: once a good number is acknowledged.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> loop.stats().acked() >= 2_000);
        loop.stop();
        assertThat(loop.awaitFinished(Duration.ofSeconds(30))).isTrue();
        ProducerStats stats = loop.stats();
        assertThat(stats.state()).isEqualTo(ProducerLoop.State.FINISHED);
        assertThat(stats.sent()).isPositive().isEqualTo(stats.acked() + stats.failed());
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(stats.acked());
    }

    @Test
    void tooLargeRecordsAreCountedAsFailedAndExplained() throws Exception {
        String topic = TestBroker.uniqueTopic("too-large");
        try (Admin admin = TestBroker.admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(Map.of("max.message.bytes", "2000")))).all().get();
        }
        byte[] small = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
        byte[] large = ("{\"blob\":\"" + "x".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        Iterator<Integer> counter = java.util.stream.IntStream.iterate(0, i -> i + 1).iterator();
        RecordSource alternating = new RecordSource() {
            @Override
            public OutgoingRecord next() {
                return new OutgoingRecord(null, counter.next() % 2 == 0 ? small : large, null);
            }

            @Override
            public void close() {
            }
        };
        ProducerLoop loop = new ProducerLoop(new ProduceRequest(TestBroker.access(), topic, Optional.empty(),
                OptionalLong.of(100), Optional.empty(), new ProducerTuning("all", true, "none", 5, 16384)), alternating).start();
        assertThat(loop.awaitFinished(Duration.ofSeconds(60))).isTrue();
        ProducerStats stats = loop.stats();
        assertThat(stats.sent()).isEqualTo(100);
        assertThat(stats.acked()).isEqualTo(50);
        assertThat(stats.failed()).isEqualTo(50);
        assertThat(stats.lastError()).startsWith("A record is too large for this topic");
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(50);
    }

    private static String text(ConsumerRecord<byte[], byte[]> r) {
        return new String(r.key(), StandardCharsets.UTF_8) + "|" + new String(r.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aRunWithTheDefaultSettingsWritesUncompressedBatchesThatEveryClientReads() throws Exception {
        assertThat(ProducerTuning.defaults().compression()).isEqualTo("none");
        String topic = TestBroker.createTopic("uncompressed", 2);
        ProducerStats stats = run(topic, BuiltInTemplates.byId("order").orElseThrow(), new KeyStrategy.RandomUuid(), 3,
                Optional.empty(), OptionalLong.of(2000));
        assertThat(stats.acked()).isEqualTo(2000);

        assertThat(batchCompressions(topic, 2000)).containsOnly(CompressionType.NONE);

        // The check reads what the broker stored: a batch written with lz4 shows as lz4.
        String lz4Topic = TestBroker.createTopic("lz4", 1);
        try (var producer = TestBroker.producer(Map.of("compression.type", "lz4"))) {
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>(lz4Topic, "v".getBytes(StandardCharsets.UTF_8))).get();
        }
        assertThat(batchCompressions(lz4Topic, 1)).containsOnly(CompressionType.LZ4);
    }

    /** The compression of every record batch in {@code topic}'s log segments on the broker, once it holds {@code records}. */
    private static List<CompressionType> batchCompressions(String topic, long records) throws Exception {
        String logDir;
        try (Admin admin = TestBroker.admin()) {
            int broker = admin.describeCluster().nodes().get().iterator().next().id();
            logDir = admin.describeLogDirs(List.of(broker)).allDescriptions().get().get(broker).keySet().iterator().next();
        }
        List<CompressionType> compressions = new java.util.ArrayList<>();
        long seen = 0;
        try (var partitions = java.nio.file.Files.list(java.nio.file.Path.of(logDir))) {
            for (var dir : partitions.filter(d -> d.getFileName().toString().matches(java.util.regex.Pattern.quote(topic) + "-\\d+")).toList()) {
                try (var segments = java.nio.file.Files.list(dir)) {
                    for (var segment : segments.filter(f -> f.toString().endsWith(".log")).toList()) {
                        try (FileRecords file = FileRecords.open(segment.toFile(), false)) {
                            for (var batch : file.batches()) {
                                compressions.add(batch.compressionType());
                                seen += batch.nextOffset() - batch.baseOffset();
                            }
                        }
                    }
                }
            }
        }
        assertThat(seen).as("records in the log segments").isEqualTo(records);
        return compressions;
    }

    private static ProducerStats run(String topic, RecordTemplate template, KeyStrategy keys, long seed,
                                     Optional<Duration> maxDuration, OptionalLong maxRecords) {
        return run(topic, template, keys, seed, maxDuration, maxRecords, Optional.empty());
    }

    private static ProducerStats run(String topic, RecordTemplate template, KeyStrategy keys, long seed,
                                     Optional<Duration> maxDuration, OptionalLong maxRecords, Optional<Double> rate) {
        ProducerLoop loop = loop(topic, template, keys, seed, maxDuration, maxRecords, rate).start();
        try {
            assertThat(loop.awaitFinished(Duration.ofSeconds(60))).as("loop finished").isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        ProducerStats stats = loop.stats();
        assertThat(stats.sent()).isEqualTo(stats.acked() + stats.failed());
        return stats;
    }

    private static ProducerLoop loop(String topic, RecordTemplate template, KeyStrategy keys, long seed,
                                     Optional<Duration> maxDuration, OptionalLong maxRecords, Optional<Double> rate) {
        ProduceRequest request = new ProduceRequest(TestBroker.access(), topic, rate, maxRecords, maxDuration,
                ProducerTuning.defaults());
        GeneratorPool pool = new GeneratorPool(2, i -> new RecordGenerator(template, keys, true, Locale.US,
                GeneratorPool.seedFor(seed, i)), "test");
        return new ProducerLoop(request, pool);
    }
}
