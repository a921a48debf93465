package dev.kafkaexplorer.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.format.avro.AvroFixtures;
import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.kafka.consume.RowDecoding;
import dev.kafkaexplorer.registry.SchemaType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.LongSerializer;
import org.junit.jupiter.api.Test;

/** Auto: registry-framed records read by their schema when the cluster has a registry; everything else as the app always showed it. */
class AutoFormatTest {

    private static final List<byte[]> UNKNOWN_BYTES = List.of(
            "{\"name\": \"Ada\", \"tags\": [1, 2.50]}".getBytes(StandardCharsets.UTF_8),
            "[1, 2, 3]".getBytes(StandardCharsets.UTF_8),
            "plain text\nover two lines".getBytes(StandardCharsets.UTF_8),
            "{not json".getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0, 1},
            new byte[] {0, 0, 0, 0, 0, 1, 2, 3, 4},
            "x".repeat(5_000).getBytes(StandardCharsets.UTF_8),
            new byte[0]);

    /** What the detail pane showed before formats (RecordDetail.format): pretty JSON, text, or a hex dump. */
    private static String[] shownBefore(byte[] bytes) {
        if (bytes.length == 0) {
            return new String[] {"", "empty"};
        }
        var json = Previews.prettyJson(bytes);
        if (json.isPresent()) {
            return new String[] {json.get(), "JSON, " + bytes.length + " bytes"};
        }
        if (Previews.isText(bytes)) {
            return new String[] {new String(bytes, StandardCharsets.UTF_8), "text, " + bytes.length + " bytes"};
        }
        return new String[] {Previews.hexDump(bytes, 64 * 1024), "binary, " + bytes.length + " bytes"};
    }

    @Test
    void withoutARegistryEveryRecordShowsAsBeforeInTheTableAndTheDetailPane() throws Exception {
        RecordDecoding auto = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AUTO, null);
        RowDecoding rows = new RowDecoding(auto, RecordFormat.AUTO, RecordFormat.AUTO, false);
        for (byte[] bytes : UNKNOWN_BYTES) {
            auto.prepare(bytes, bytes);
            Decoded value = auto.value(bytes);
            String[] before = shownBefore(bytes);

            if (value.json()) {
                // JSON is kept as written (the detail pane pretty-prints it with JsonText.pretty, which keeps "2.50").
                assertThat(value.text()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
                assertThat(JsonText.MAPPER.readTree(value.text())).isEqualTo(JsonText.MAPPER.readTree(before[0]));
            } else {
                assertThat(value.text()).isEqualTo(before[0]);
            }
            assertThat(value.kind()).isEqualTo(before[1]);
            assertThat(value.failed()).isFalse();
            assertThat(rows.valueLine(bytes, 200)).isEqualTo(Previews.preview(bytes, 200));
            assertThat(rows.keyLine(bytes, 200)).isEqualTo(Previews.preview(bytes, 200));
            assertThat(auto.valueSchema(bytes)).isNull();
        }
        assertThat(auto.value(null)).isEqualTo(new Decoded("", false, "null", null, null));
        assertThat(rows.valueLine(null, 200)).isEqualTo("(null)");
    }

    @Test
    void withARegistryAFramedRecordIsReadByItsOwnSchemaAndNamesIt() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.add(new dev.kafkaexplorer.registry.RegisteredSchema(17, "orders-value", 3, SchemaType.AVRO,
                AvroFixtures.ORDER_SCHEMA, List.of()));
        RecordDecoding auto = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AUTO, registry);
        byte[] value = AvroFixtures.framed(17, AvroFixtures.ORDER, AvroFixtures.order(null));

        auto.prepare(null, value);

        SchemaRef ref = new SchemaRef(17, "orders-value", 3);
        assertThat(auto.value(value)).isEqualTo(new Decoded(AvroFixtures.orderJson("null"), true,
                "Avro, " + value.length + " bytes", ref, null));
        assertThat(auto.valueSchema(value)).isEqualTo(ref);
        assertThat(ref.columnText()).isEqualTo("orders-value v3");
        assertThat(new RowDecoding(auto, RecordFormat.AUTO, RecordFormat.AUTO, true).valueLine(value, 30))
                .isEqualTo(AvroFixtures.orderJson("null").substring(0, 30) + "…");
    }

    @Test
    void withARegistryBytesItDoesNotKnowShowAsBeforeAndAreAskedForOnce() {
        InMemoryRegistry registry = new InMemoryRegistry();
        RecordDecoding auto = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AUTO, registry);
        byte[] framedForMissingId = {0, 0, 0, 3, 9, 1, 2, 3};
        List<byte[]> all = new ArrayList<>(UNKNOWN_BYTES);
        all.add(framedForMissingId);

        for (int i = 0; i < 3; i++) {
            for (byte[] bytes : all) {
                auto.prepare(bytes, bytes);
            }
        }

        for (byte[] bytes : all) {
            Decoded value = auto.value(bytes);
            assertThat(value.kind()).isEqualTo(shownBefore(bytes)[1]);
            assertThat(value.failed()).isFalse();
            assertThat(new RowDecoding(auto, RecordFormat.AUTO, RecordFormat.AUTO, true).valueLine(bytes, 200))
                    .isEqualTo(Previews.preview(bytes, 200));
            assertThat(auto.valueSchema(bytes)).isNull();
        }
        // Only id 777 (0x309) was asked for, once: the zero bytes of UNKNOWN_BYTES name id 0, which no registry gives.
        assertThat(registry.requests()).isEqualTo(1);
    }

    @Test
    void longKeysThatLookFramedAreNotLookedUpAndAKeyWhoseIdExistsButDoesNotDecodeShowsAsBefore() {
        InMemoryRegistry registry = new InMemoryRegistry();
        // Epoch milliseconds as a Long key start with a 0 byte: read as a header they name id millis >>> 24 (101728 here).
        long epochMillis = 1_706_708_700_123L;
        int id = (int) (epochMillis >>> 24);
        registry.add(id, "other-value", SchemaType.AVRO, "\"string\"");
        RecordDecoding auto = RecordDecodings.of(RecordFormat.AUTO, RecordFormat.AUTO, registry);
        try (LongSerializer longs = new LongSerializer()) {
            byte[] small = longs.serialize("t", 42L);
            byte[] millis = longs.serialize("t", epochMillis);
            auto.prepare(small, null);
            auto.prepare(millis, null);

            assertThat(registry.requests()).isEqualTo(1);
            Decoded key = auto.key(millis);
            assertThat(key.failed()).isFalse();
            assertThat(key.text()).isEqualTo(Previews.hexDump(millis, 1000));
            assertThat(key.kind()).startsWith("binary, 8 bytes; not read as Avro of subject other-value, version 1, id " + id + ": Avro data");
            assertThat(new RowDecoding(auto, RecordFormat.AUTO, RecordFormat.AUTO, true).keyLine(millis, 200))
                    .isEqualTo(Previews.preview(millis, 200));
        }
    }
}
