package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kafkaexplorer.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Records that are null, empty, not UTF-8, binary, megabytes large or full of headers are shown safely. */
class UnusualRecordsTest {

    private static final int TWO_MB = 2 * 1024 * 1024;
    private static final byte[] NOT_UTF8 = {(byte) 0xC3, 0x28, (byte) 0xFF};
    private static final byte[] BINARY = new byte[500];
    private static final byte[] LARGE = new byte[TWO_MB];
    private static final String MIXED_TEXT = ("Grüße, 世界 😀\ttab\nnewline ").repeat(100);

    private static String topic;
    private static LiveConsumer consumer;
    private static List<RecordRow> rows;

    @BeforeAll
    static void readTheUnusualRecords() throws Exception {
        Random random = new Random(42);
        random.nextBytes(BINARY);
        for (int i = 0; i < LARGE.length; i++) {
            LARGE[i] = (byte) ('a' + random.nextInt(26));
        }
        topic = TestBroker.createTopic("unusual", 1, Map.of("max.message.bytes", "3145728"));
        List<Header> manyHeaders = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            manyHeaders.add(new RecordHeader("header-" + i, ("value-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        try (KafkaProducer<byte[], byte[]> producer = TestBroker.producer(Map.of("max.request.size", 3145728))) {
            producer.send(new ProducerRecord<>(topic, null, utf8("no key here"))).get();
            producer.send(new ProducerRecord<>(topic, utf8("empty"), new byte[0])).get();
            producer.send(new ProducerRecord<>(topic, utf8("not-utf8"), NOT_UTF8)).get();
            producer.send(new ProducerRecord<>(topic, utf8("binary"), BINARY)).get();
            producer.send(new ProducerRecord<>(topic, utf8("large"), LARGE)).get();
            producer.send(new ProducerRecord<>(topic, null, utf8("headers"), utf8("many headers"), manyHeaders)).get();
            producer.send(new ProducerRecord<>(topic, utf8("mixed"), utf8(MIXED_TEXT))).get();
        }
        CollectingSink sink = new CollectingSink();
        consumer = new LiveConsumer(new ConsumeRequest(TestBroker.access(), topic, OptionalInt.empty(),
                new StartPosition.Earliest(), Optional.empty()), sink).start();
        await().atMost(Duration.ofSeconds(30)).until(() -> sink.size() >= 7);
        rows = sink.rows();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        consumer.stop();
        assertThat(consumer.awaitStopped(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void everyRecordGivesARowWithPreviewsCutToLength() {
        assertThat(rows).hasSize(7);
        assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.RUNNING);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.keyPreview()).hasSizeLessThanOrEqualTo(RecordRow.PREVIEW_CHARS + 1);
            assertThat(row.valuePreview()).hasSizeLessThanOrEqualTo(RecordRow.PREVIEW_CHARS + 1);
            assertThat(row.searchText()).isNotNull();
        });
    }

    @Test
    void aNullKeyIsShownAsNull() {
        RecordRow row = rows.get(0);
        assertThat(row.keyIsNull()).isTrue();
        assertThat(row.key()).isNull();
        assertThat(row.keyPreview()).isEqualTo("(null)");
        assertThat(row.valuePreview()).isEqualTo("no key here");
        assertThat(row.valueRetained()).isTrue();
    }

    @Test
    void anEmptyValueIsShownAsEmpty() {
        RecordRow row = rows.get(1);
        assertThat(row.valuePreview()).isEqualTo("(empty)");
        assertThat(row.value()).isEmpty();
    }

    @Test
    void bytesThatAreNotUtf8OrBinaryAreShownAsHex() {
        assertThat(rows.get(2).valuePreview()).isEqualTo("0xC328FF");
        assertThat(rows.get(2).value()).isEqualTo(NOT_UTF8);
        assertThat(rows.get(3).valuePreview()).startsWith("0x").endsWith("… (500 bytes)");
        assertThat(rows.get(3).value()).isEqualTo(BINARY);
    }

    @Test
    void aTwoMegabyteValueIsNotKeptButCanBeReReadWhole() {
        RecordRow row = rows.get(4);
        assertThat(row.valueRetained()).isFalse();
        assertThat(row.value()).isNull();
        assertThat(row.key()).isEqualTo(utf8("large"));
        assertThat(row.serializedSize()).isEqualTo(TWO_MB + 5);
        assertThat(row.valuePreview()).hasSize(RecordRow.PREVIEW_CHARS + 1).endsWith("…")
                .isEqualTo(new String(LARGE, 0, RecordRow.PREVIEW_CHARS, StandardCharsets.US_ASCII) + "…");

        Optional<ConsumerRecord<byte[], byte[]>> whole = RecordFetcher.fetch(TestBroker.access(), topic,
                row.partition(), row.offset(), Duration.ofSeconds(15));
        assertThat(whole).hasValueSatisfying(r -> {
            assertThat(r.offset()).isEqualTo(row.offset());
            assertThat(r.value()).isEqualTo(LARGE);
        });
    }

    @Test
    void aRecordWithManyHeadersKeepsThemAll() {
        RecordRow row = rows.get(5);
        assertThat(row.headerCount()).isEqualTo(120);
        assertThat(row.headers().get(119).name()).isEqualTo("header-119");
        assertThat(row.headers().get(119).value()).isEqualTo(utf8("value-119"));
        assertThat(row.searchText()).contains("value-0", "value-119");
    }

    @Test
    void multiByteTextIsEscapedAndCut() {
        RecordRow row = rows.get(6);
        assertThat(row.valuePreview()).startsWith("Grüße, 世界 😀\\ttab\\nnewline Grüße").endsWith("…");
        assertThat(row.valueRetained()).isFalse();
        assertThat(row.searchText()).contains("Grüße, 世界");
    }

    @Test
    void fetchingAnOffsetThatIsNotThereGivesNothing() {
        assertThat(RecordFetcher.fetch(TestBroker.access(), topic, 0, 1_000, Duration.ofSeconds(5))).isEmpty();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
