package dev.kafkaexplorer.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.CodedOutputStream;
import dev.kafkaexplorer.format.avro.AvroFixtures;
import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.kafka.consume.RowDecoding;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.serialization.LongSerializer;
import org.junit.jupiter.api.Test;

/** Avro, Protobuf and JSON Schema chosen for the value: each failure in words, the bytes still shown, the key still read. */
class RegistryFormatsTest {

    private final InMemoryRegistry registry = new InMemoryRegistry()
            .add(new RegisteredSchema(17, "orders-value", 3, SchemaType.AVRO, AvroFixtures.ORDER_SCHEMA, List.of()));
    private final byte[] order = AvroFixtures.framed(17, AvroFixtures.ORDER, AvroFixtures.order(null));
    private final SchemaRef orders = new SchemaRef(17, "orders-value", 3);

    private static byte[] longKey(long key) {
        try (LongSerializer longs = new LongSerializer()) {
            return longs.serialize("t", key);
        }
    }

    @Test
    void aRecordIsReadWithTheSchemaOfTheIdInItsHeader() {
        RecordDecoding avro = RecordDecodings.of(RecordFormat.LONG, RecordFormat.AVRO, registry);
        byte[] key = longKey(9_007_199_254_740_993L);

        avro.prepare(key, order);

        assertThat(avro.key(key).text()).isEqualTo("9007199254740993");
        assertThat(avro.value(order)).isEqualTo(new Decoded(AvroFixtures.orderJson("null"), true,
                "Avro, " + order.length + " bytes", orders, null));
        assertThat(avro.valueSchema(order)).isEqualTo(orders);
    }

    @Test
    void anUnknownIdSaysSoInTheRegistrysWordsWhileTheKeyStillReads() {
        RecordDecoding avro = RecordDecodings.of(RecordFormat.LONG, RecordFormat.AVRO, registry);
        byte[] unknown = order.clone();
        unknown[3] = 0x03;
        unknown[4] = 0x09;
        byte[] key = longKey(7);

        avro.prepare(key, unknown);
        Decoded value = avro.value(unknown);

        assertThat(value.problem()).isEqualTo("schema id 777 not found in the registry");
        assertThat(value.schema()).isEqualTo(new SchemaRef(777, null, 0));
        assertThat(value.kind()).isEqualTo("Avro, " + unknown.length + " bytes");
        assertThat(value.text()).isEqualTo(Previews.hexDump(unknown, 64 * 1024));
        assertThat(avro.valueSchema(unknown).columnText()).isEqualTo("777");
        assertThat(new RowDecoding(avro, RecordFormat.LONG, RecordFormat.AVRO, true).valueLine(unknown, 200))
                .isEqualTo("⚠ schema id 777 not found in the registry");
        assertThat(avro.key(key).text()).isEqualTo("7");
    }

    @Test
    void aCutRecordSaysItEndsEarlyAndStillShowsItsBytes() {
        RecordDecoding avro = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AVRO, registry);
        byte[] cut = Arrays.copyOf(order, order.length - 7);

        avro.prepare(null, cut);
        Decoded value = avro.value(cut);

        assertThat(value.problem()).isEqualTo("Avro data ends early: the record is cut or was written with another schema");
        assertThat(value.schema()).isEqualTo(orders);
        assertThat(value.text()).isEqualTo(Previews.hexDump(cut, 64 * 1024));
    }

    @Test
    void bytesNotFramedForARegistryAndAClusterWithoutOneAreSaidInWords() {
        byte[] json = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);
        RecordDecoding withRegistry = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AVRO, registry);
        RecordDecoding without = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.PROTOBUF, null);
        withRegistry.prepare(null, json);
        without.prepare(null, order);

        Decoded notFramed = withRegistry.value(json);
        assertThat(notFramed.problem()).isEqualTo("not in the registry's format: the first byte is 0x7B, not 0");
        assertThat(notFramed.text()).isEqualTo("{\"id\":1}");
        assertThat(withRegistry.valueSchema(json)).isNull();
        assertThat(withRegistry.value(new byte[] {0, 0, 1}).problem())
                .isEqualTo("not in the registry's format: 3 bytes, fewer than the 5 of its header");
        assertThat(without.value(order).problem()).isEqualTo("this cluster has no schema registry: set one in its profile");
        assertThat(without.value(order).kind()).isEqualTo("Protobuf, " + order.length + " bytes");
        assertThat(without.valueSchema(order)).isEqualTo(new SchemaRef(17, null, 0));
    }

    @Test
    void aRecordThatWasNotPreparedSaysSoInsteadOfWaitingOnTheRegistry() {
        RecordDecoding avro = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AVRO, registry);

        assertThat(avro.value(order).problem())
                .isEqualTo("schema id 17 has not been read from the registry yet (the record was not prepared)");
        assertThat(registry.requests()).isZero();
    }

    @Test
    void aSchemaOfAnotherKindThanChosenIsReadByItsRealKindAndSaysSo() {
        RecordDecoding protobuf = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.PROTOBUF, registry);
        protobuf.prepare(null, order);

        Decoded value = protobuf.value(order);

        assertThat(value.failed()).isFalse();
        assertThat(value.text()).isEqualTo(AvroFixtures.orderJson("null"));
        assertThat(value.kind()).isEqualTo("Avro (the schema's type; Protobuf was chosen), " + order.length + " bytes");
    }

    @Test
    void jsonSchemaValuesAreShownWithoutTheirHeader() {
        registry.add(8, "people-value", SchemaType.JSON, "{\"type\":\"object\"}");
        RecordDecoding json = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.JSON_SCHEMA, registry);
        byte[] person = WireFormat.frame(8, "{\"name\": \"Ada\"}".getBytes(StandardCharsets.UTF_8));
        json.prepare(null, person);

        assertThat(json.value(person)).isEqualTo(new Decoded("{\"name\":\"Ada\"}", true, "JSON Schema, 20 bytes",
                new SchemaRef(8, "people-value", 1), null));
    }

    @Test
    void protobufRecordsAreReadThroughTheirMessageIndexByEveryFormatThatReadsTheRegistry() throws Exception {
        registry.add(42, "refunds-value", SchemaType.PROTOBUF, """
                syntax = "proto3";
                package shop;
                message Order { string id = 1; }
                message Refund { string order_id = 1; double amount = 2; }
                """);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(payload);
        out.writeString(1, "o-1");
        out.writeDouble(2, 12.5);
        out.flush();
        byte[] refund = WireFormat.frameProtobuf(42, List.of(1), payload.toByteArray());
        SchemaRef refunds = new SchemaRef(42, "refunds-value", 1);

        for (RecordFormat format : List.of(RecordFormat.PROTOBUF, RecordFormat.AUTO, RecordFormat.AVRO)) {
            RecordDecoding decoding = RecordDecodings.of(RecordFormat.AUTO, format, registry);
            decoding.prepare(null, refund);
            Decoded value = decoding.value(refund);

            assertThat(value.text()).as(format.name()).isEqualTo("{\"order_id\":\"o-1\",\"amount\":12.5}");
            assertThat(value.schema()).isEqualTo(refunds);
            assertThat(value.kind()).isEqualTo(format == RecordFormat.AVRO
                    ? "Protobuf (the schema's type; Avro was chosen), 21 bytes" : "Protobuf, 21 bytes");
        }
    }

    @Test
    void aRegistryThatDoesNotAnswerIsAskedAgainAfterAWhileNotOnEveryRecord() {
        AtomicLong now = new AtomicLong();
        SchemaCodecs codecs = new SchemaCodecs(registry);
        RecordDecoding avro = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AVRO,
                new SchemaLookups(registry, codecs, now::get), codecs);
        registry.down(true);

        for (int i = 0; i < 100; i++) {
            avro.prepare(null, order);
        }
        assertThat(avro.value(order).problem()).isEqualTo("no answer from http://registry.test: connection refused");
        assertThat(registry.requests()).isEqualTo(1);

        registry.down(false);
        now.addAndGet(SchemaLookups.RETRY_AFTER_NANOS - 1);
        avro.prepare(null, order);
        assertThat(registry.requests()).isEqualTo(1);
        now.addAndGet(1);
        avro.prepare(null, order);

        assertThat(registry.requests()).isEqualTo(2);
        assertThat(avro.value(order).failed()).isFalse();
    }

    @Test
    void afterManyMissingIdsAutoStopsAskingWhileAChosenFormatAlwaysAsks() {
        RecordDecoding auto = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AUTO, registry);
        RecordDecoding avro = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AVRO, registry);
        for (int id = 1000; id < 1000 + SchemaLookups.MAX_MISSING_IDS + 10; id++) {
            auto.prepare(null, WireFormat.frame(id, new byte[] {2}));
        }
        assertThat(registry.requests()).isEqualTo(SchemaLookups.MAX_MISSING_IDS);
        byte[] last = WireFormat.frame(1059, new byte[] {2});
        assertThat(auto.value(last).kind()).isEqualTo("binary, 6 bytes");

        avro.prepare(null, last);

        assertThat(registry.requests()).isEqualTo(SchemaLookups.MAX_MISSING_IDS + 1);
        assertThat(avro.value(last).problem()).isEqualTo("schema id 1059 not found in the registry");
    }

    @Test
    void oneDecodingServesManyThreadsAtOnce() throws Exception {
        RecordDecoding avro = RecordDecodings.of(RecordFormat.LONG, RecordFormat.AVRO, registry);
        byte[] card = AvroFixtures.framed(17, AvroFixtures.ORDER, AvroFixtures.order(AvroFixtures.giftCard("G1", 25.5)));
        avro.prepare(null, order);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int parity = t;
                results.add(threads.submit(() -> {
                    boolean allRight = true;
                    for (int i = 0; i < 2_000; i++) {
                        boolean even = (i + parity) % 2 == 0;
                        Decoded value = avro.value(even ? order : card);
                        allRight &= value.text().equals(AvroFixtures.orderJson(even ? "null" : "{\"code\":\"G1\",\"amount\":25.5}"));
                    }
                    return allRight;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
