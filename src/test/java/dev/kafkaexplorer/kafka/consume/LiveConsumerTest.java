package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.kafka.ClusterAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkaexplorer.testing.TestBroker;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The live-view consumer against the project's real embedded broker. */
class LiveConsumerTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private final List<LiveConsumer> running = new ArrayList<>();

    @AfterEach
    void stopConsumers() throws InterruptedException {
        for (LiveConsumer consumer : running) {
            consumer.stop();
            assertThat(consumer.awaitStopped(Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void everyRecordArrivesExactlyOnceInOffsetOrderPerPartition() {
        String topic = TestBroker.createTopic("live-all", 4);
        int n = 5_000;
        send(topic, n, i -> new ProducerRecord<>(topic, utf8("key-" + i % 97), utf8("value-" + i)));

        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request(topic, new StartPosition.Earliest()), sink);
        List<RecordRow> rows = awaitExactly(sink, n);

        assertContiguousPerPartition(rows, Map.of(0, 0L, 1, 0L, 2, 0L, 3, 0L));
        assertThat(rows.stream().map(RecordRow::valuePreview).collect(Collectors.toSet()))
                .isEqualTo(IntStream.range(0, n).mapToObj(i -> "value-" + i).collect(Collectors.toSet()));
        // One hand-off per poll, never per record, and never an empty one.
        assertThat(sink.batches()).allSatisfy(batch -> assertThat(batch).isNotEmpty().hasSizeLessThanOrEqualTo(2000));
        assertThat(sink.batches().size()).isLessThan(n / 10);
        assertThat(consumer.consumed()).isEqualTo(n);
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.RUNNING);
        assertThat(consumer.status().message()).isEqualTo("Reading " + topic + " from 4 partitions");
    }

    @Test
    void earliestReadsEverything() {
        String topic = topicWith30PerPartition();
        List<RecordRow> rows = awaitExactly(startCollecting(request(topic, new StartPosition.Earliest())), 90);
        assertContiguousPerPartition(rows, Map.of(0, 0L, 1, 0L, 2, 0L));
    }

    @Test
    void lastPerPartitionReadsTheLastRecordsOfEachPartition() {
        String topic = topicWith30PerPartition();
        List<RecordRow> rows = awaitExactly(startCollecting(request(topic, new StartPosition.LastPerPartition(10))), 30);
        assertContiguousPerPartition(rows, Map.of(0, 20L, 1, 20L, 2, 20L));
        assertThat(rows).allSatisfy(r -> assertThat(r.valuePreview()).endsWith("-" + r.offset()));
    }

    @Test
    void fromOffsetOnOneChosenPartitionReadsTheRestOfThatPartition() {
        String topic = topicWith30PerPartition();
        ConsumeRequest request = new ConsumeRequest(TestBroker.access(), topic, OptionalInt.of(1),
                new StartPosition.FromOffset(25), Optional.empty());
        CollectingSink sink = startCollecting(request);
        List<RecordRow> rows = awaitExactly(sink, 30 - 25);
        assertThat(rows).extracting(RecordRow::partition).containsOnly(1);
        assertThat(rows).extracting(RecordRow::offset).containsExactly(25L, 26L, 27L, 28L, 29L);
    }

    @Test
    void onePartitionModeReadsOnlyThatPartition() {
        String topic = topicWith30PerPartition();
        ConsumeRequest request = new ConsumeRequest(TestBroker.access(), topic, OptionalInt.of(2),
                new StartPosition.Earliest(), Optional.empty());
        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request, sink);
        List<RecordRow> rows = awaitExactly(sink, 30);
        assertThat(rows).extracting(RecordRow::partition).containsOnly(2);
        assertContiguousPerPartition(rows, Map.of(2, 0L));
        assertThat(consumer.status().message()).isEqualTo("Reading " + topic + ", partition 2");
    }

    @Test
    void latestReadsOnlyRecordsWrittenAfterTheStart() {
        String topic = topicWith30PerPartition();
        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request(topic, new StartPosition.Latest()), sink);
        awaitState(consumer, LiveConsumer.State.RUNNING);

        send(topic, 7, i -> new ProducerRecord<>(topic, i % 3, null, utf8("new-" + i)));
        List<RecordRow> rows = awaitExactly(sink, 7);
        assertThat(rows).extracting(RecordRow::valuePreview).allMatch(v -> v.startsWith("new-"));
        assertThat(rows).extracting(RecordRow::offset).containsOnly(30L, 31L, 32L);
    }

    @Test
    void fromTimestampReadsOnlyTheLaterRecordsAndWaitsAtTheEndWhereThereAreNone() {
        String topic = TestBroker.createTopic("live-time", 3);
        long early = System.currentTimeMillis() - 3_600_000;
        long late = early + 600_000;
        send(topic, 30, i -> new ProducerRecord<>(topic, i % 3, early + i, null, utf8("early-" + i)));
        // Partition 2 gets no late records: it must wait at its end, not replay its early ones.
        send(topic, 10, i -> new ProducerRecord<>(topic, i % 2, late + i, null, utf8("late-" + i)));

        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request(topic, new StartPosition.FromTimestamp(early + 300_000)), sink);
        awaitExactly(sink, 10);
        assertThat(sink.rows()).extracting(RecordRow::valuePreview).allMatch(v -> v.startsWith("late-"));
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.RUNNING);

        send(topic, 1, i -> new ProducerRecord<>(topic, 2, null, utf8("after-start")));
        List<RecordRow> rows = awaitExactly(sink, 11);
        assertThat(rows.get(10).valuePreview()).isEqualTo("after-start");
        assertThat(rows.get(10).offset()).isEqualTo(10);
    }

    @Test
    void pausedViewsFetchNothingAndResumeWithoutGapsOrDuplicates() throws Exception {
        String topic = TestBroker.createTopic("live-pause", 2);
        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request(topic, new StartPosition.Earliest()), sink);
        awaitState(consumer, LiveConsumer.State.RUNNING);
        send(topic, 100, i -> new ProducerRecord<>(topic, utf8("k" + i), utf8("before-" + i)));
        awaitExactly(sink, 100);

        consumer.pause();
        awaitState(consumer, LiveConsumer.State.PAUSED);
        assertThat(consumer.status().message()).isEqualTo("Paused");
        send(topic, 300, i -> new ProducerRecord<>(topic, utf8("k" + i), utf8("during-" + i)));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> sink.size() == 100);
        assertThat(consumer.consumed()).isEqualTo(100);

        consumer.resume();
        List<RecordRow> rows = awaitExactly(sink, 400);
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.RUNNING);
        assertContiguousPerPartition(rows, Map.of(0, 0L, 1, 0L));
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(400);
    }

    @Test
    void aGroupRunAppliesTheStartPositionAndCommitsItsOffsets() throws Exception {
        String topic = TestBroker.createTopic("live-group", 2);
        String group = TestBroker.uniqueTopic("explorer-group");
        send(topic, 50, i -> new ProducerRecord<>(topic, i % 2, null, utf8("v" + i)));

        ConsumeRequest request = new ConsumeRequest(TestBroker.access(), topic, OptionalInt.empty(),
                new StartPosition.LastPerPartition(5), Optional.of(group));
        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request, sink);
        List<RecordRow> rows = awaitExactly(sink, 10);
        assertContiguousPerPartition(rows, Map.of(0, 20L, 1, 20L));
        await().atMost(ARRIVAL).until(() -> consumer.status().state() == LiveConsumer.State.RUNNING);
        assertThat(consumer.status().message()).isEqualTo("Reading " + topic + " from 2 partitions as group " + group);

        consumer.stop();
        assertThat(consumer.awaitStopped(Duration.ofSeconds(10))).isTrue();
        try (Admin admin = TestBroker.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            assertThat(committed).containsOnlyKeys(new TopicPartition(topic, 0), new TopicPartition(topic, 1));
            assertThat(committed.values()).extracting(OffsetAndMetadata::offset).containsOnly(25L);
        }
    }

    @Test
    void recordsDeletedBeforeTheyWereReadAreSkippedWithANote() throws Exception {
        String topic = TestBroker.createTopic("live-retention", 1);
        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = start(request(topic, new StartPosition.Earliest()), sink);
        awaitState(consumer, LiveConsumer.State.RUNNING);
        send(topic, 100, i -> new ProducerRecord<>(topic, null, utf8("v" + i)));
        awaitExactly(sink, 100);

        consumer.pause();
        awaitState(consumer, LiveConsumer.State.PAUSED);
        // Nothing arrives while paused, for as long as the fetch that was waiting when the pause came takes to expire.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2)).until(() -> sink.size() == 100);
        send(topic, 100, i -> new ProducerRecord<>(topic, null, utf8("v" + (100 + i))));
        try (Admin admin = TestBroker.admin()) {
            admin.deleteRecords(Map.of(new TopicPartition(topic, 0), RecordsToDelete.beforeOffset(150))).all().get();
        }
        consumer.resume();

        List<RecordRow> rows = awaitExactly(sink, 150);
        assertThat(rows.subList(100, 150)).extracting(RecordRow::offset)
                .containsExactlyElementsOf(LongStream.range(150, 200).boxed().toList());
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.RUNNING);
        assertThat(consumer.status().message()).contains("deleted", "offset 100", "continuing at 150");
    }

    @Test
    void aMissingTopicFailsWithAMessageNamingIt() throws InterruptedException {
        String topic = TestBroker.uniqueTopic("no-such-topic");
        LiveConsumer consumer = start(request(topic, new StartPosition.Earliest()), new CollectingSink());
        awaitState(consumer, LiveConsumer.State.FAILED);
        assertThat(consumer.status().message()).contains("'" + topic + "'").contains("does not exist");
        assertThat(consumer.awaitStopped(Duration.ofSeconds(5))).isTrue();
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.FAILED);
    }

    @Test
    void aMissingPartitionFailsWithAMessageNamingIt() {
        String topic = TestBroker.createTopic("live-few-partitions", 2);
        ConsumeRequest request = new ConsumeRequest(TestBroker.access(), topic, OptionalInt.of(5),
                new StartPosition.Earliest(), Optional.empty());
        LiveConsumer consumer = start(request, new CollectingSink());
        awaitState(consumer, LiveConsumer.State.FAILED);
        assertThat(consumer.status().message()).contains(topic, "no partition 5", "0 to 1");
    }

    @Test
    void aTopicDeletedWhileReadingFailsWithAMessageNamingIt() throws Exception {
        String topic = TestBroker.createTopic("live-deleted", 2);
        LiveConsumer consumer = start(request(topic, new StartPosition.Earliest()), new CollectingSink());
        awaitState(consumer, LiveConsumer.State.RUNNING);
        try (Admin admin = TestBroker.admin()) {
            admin.deleteTopics(List.of(topic)).all().get();
        }
        awaitState(consumer, LiveConsumer.State.FAILED);
        assertThat(consumer.status().message()).contains("'" + topic + "'");
        assertThat(consumer.awaitStopped(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void stopEndsTheThreadAtOnceAndLeavesNoThreadBehind() throws Exception {
        String topic = TestBroker.createTopic("live-stop", 2);
        Set<Thread> before = liveNonDaemonThreads();
        LiveConsumer watching = start(request(topic, new StartPosition.Earliest()), new CollectingSink());
        LiveConsumer inGroup = start(new ConsumeRequest(TestBroker.access(), topic, OptionalInt.empty(),
                new StartPosition.Latest(), Optional.of(TestBroker.uniqueTopic("stop-group"))), new CollectingSink());
        awaitState(watching, LiveConsumer.State.RUNNING);
        awaitState(inGroup, LiveConsumer.State.RUNNING);
        assertThat(threadNames()).contains("live-consumer-" + topic);

        watching.stop();
        inGroup.stop();
        assertThat(watching.awaitStopped(Duration.ofSeconds(2))).isTrue();
        assertThat(inGroup.awaitStopped(Duration.ofSeconds(3))).isTrue();
        assertThat(watching.status()).isEqualTo(new LiveConsumer.Status(LiveConsumer.State.STOPPED, "Stopped after reading 0 records"));
        assertThat(inGroup.status().state()).isEqualTo(LiveConsumer.State.STOPPED);
        assertThat(threadNames()).doesNotContain("live-consumer-" + topic);
        Set<Thread> left = liveNonDaemonThreads();
        left.removeAll(before);
        assertThat(left).extracting(Thread::getName).isEmpty();
    }

    @Test
    void anUnreachableBrokerIsRetriedAndStopStillEndsTheThreadAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ConsumeRequest request = new ConsumeRequest(ClusterAccess.plaintext("127.0.0.1:" + closedPort), "anything", OptionalInt.empty(),
                new StartPosition.Earliest(), Optional.empty());
        LiveConsumer consumer = start(request, new CollectingSink());
        await().atMost(ARRIVAL).until(() -> consumer.status().state() == LiveConsumer.State.RETRYING);
        assertThat(consumer.status().message()).startsWith("Broker unreachable, retrying: ");

        consumer.stop();
        assertThat(consumer.awaitStopped(Duration.ofSeconds(2))).isTrue();
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.STOPPED);
    }

    private LiveConsumer start(ConsumeRequest request, RowSink sink) {
        LiveConsumer consumer = new LiveConsumer(request, sink).start();
        running.add(consumer);
        return consumer;
    }

    private CollectingSink startCollecting(ConsumeRequest request) {
        CollectingSink sink = new CollectingSink();
        start(request, sink);
        return sink;
    }

    private static ConsumeRequest request(String topic, StartPosition start) {
        return new ConsumeRequest(TestBroker.access(), topic, OptionalInt.empty(), start, Optional.empty());
    }

    /** A topic of 3 partitions with 30 records each; values name partition and offset: "p1-17". */
    private static String topicWith30PerPartition() {
        String topic = TestBroker.createTopic("live-start", 3);
        send(topic, 90, i -> new ProducerRecord<>(topic, i % 3, null, utf8("p" + i % 3 + "-" + i / 3)));
        return topic;
    }

    private static void send(String topic, int count, IntFunction<ProducerRecord<byte[], byte[]>> record) {
        try (KafkaProducer<byte[], byte[]> producer = TestBroker.producer(Map.of("linger.ms", 5))) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                acks.add(producer.send(record.apply(i)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the test records to " + topic, e);
        }
    }

    /** Waits for {@code expected} rows, then checks that no surplus shows up for a moment. */
    private static List<RecordRow> awaitExactly(CollectingSink sink, int expected) {
        await().atMost(ARRIVAL).until(() -> sink.size() >= expected);
        await().during(Duration.ofMillis(700)).atMost(Duration.ofMillis(1_500)).until(() -> sink.size() == expected);
        return sink.rows();
    }

    private static void awaitState(LiveConsumer consumer, LiveConsumer.State state) {
        await().atMost(ARRIVAL).until(() -> consumer.status().state() == state);
    }

    /**
     * Each partition's rows are consecutive offsets in order, without gaps or duplicates, starting
     * at the given first offset (or anywhere for partitions not named).
     */
    private static void assertContiguousPerPartition(List<RecordRow> rows, Map<Integer, Long> firstOffsets) {
        Map<Integer, List<Long>> perPartition = rows.stream().collect(Collectors.groupingBy(RecordRow::partition,
                LinkedHashMap::new, Collectors.mapping(RecordRow::offset, Collectors.toList())));
        assertThat(perPartition).containsKeys(firstOffsets.keySet().toArray(Integer[]::new));
        perPartition.forEach((partition, offsets) -> {
            long first = firstOffsets.getOrDefault(partition, offsets.get(0));
            assertThat(offsets).as("partition %d", partition)
                    .containsExactlyElementsOf(LongStream.range(first, first + offsets.size()).boxed().toList());
        });
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
