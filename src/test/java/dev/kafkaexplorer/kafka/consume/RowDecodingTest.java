package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.RecordDecoding;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Which bytes a run's decoding reads and which it leaves as the app always showed them, and what
 * a row keeps of a decoded record: with a small fake {@link RecordDecoding}.
 */
class RowDecodingTest {

    private static final SchemaRef SCHEMA = new SchemaRef(5, "events-value", 2);
    private static final byte[] FRAMED = WireFormat.frame(5, "payload".getBytes(StandardCharsets.UTF_8));
    private static final byte[] TEXT = "customer-7".getBytes(StandardCharsets.UTF_8);

    private final CountingDecoding fake = new CountingDecoding();

    @Test
    void autoWithoutARegistryMakesNoDecodingAtAll() {
        ConsumeRequest plain = new ConsumeRequest(ClusterAccess.plaintext("localhost:1"), "t", OptionalInt.empty(),
                new StartPosition.Latest(), Optional.empty());
        assertThat(RowDecoding.forRun(plain)).isNull();
    }

    @Test
    void autoReadsOnlyRegistryFramedBytesAndOnlyWithARegistry() {
        RowDecoding withRegistry = new RowDecoding(fake, RecordFormat.AUTO, RecordFormat.AUTO, true);
        assertThat(withRegistry.key(TEXT)).as("plain text stays as it was shown").isNull();
        assertThat(withRegistry.value(FRAMED).text()).isEqualTo("{\"framed\":true}");
        assertThat(withRegistry.valueSchema(FRAMED)).isEqualTo(SCHEMA);
        assertThat(withRegistry.valueSchema(TEXT)).isNull();

        // Framed, but the registry has no such schema: Auto shows the bytes as always, the detail pane its note.
        byte[] unknown = WireFormat.frame(9, new byte[] {1, 2, 3});
        int decodedBefore = fake.decoded.get();
        assertThat(withRegistry.value(unknown)).isNull();
        assertThat(withRegistry.valueLine(unknown, 200)).isEqualTo(Previews.preview(unknown, 200)).isEqualTo("0x0000000009010203");
        assertThat(fake.decoded.get()).as("a cell drawing bytes Auto will not read decodes nothing").isEqualTo(decodedBefore);
        assertThat(withRegistry.valueDetail(unknown).kind()).contains("schema id 9 could not be read");
        assertThat(RecordRow.of(new ConsumerRecord<>("t", 0, 0L, null, unknown), withRegistry).searchText())
                .isEqualTo(RecordRow.of(new ConsumerRecord<>("t", 0, 0L, null, unknown)).searchText());

        RowDecoding withoutRegistry = new RowDecoding(fake, RecordFormat.LONG, RecordFormat.AUTO, false);
        assertThat(withoutRegistry.value(FRAMED)).isNull();
        assertThat(withoutRegistry.valueSchema(FRAMED)).isNull();
        assertThat(withoutRegistry.key(TEXT)).as("a chosen format reads every key").isNotNull();
    }

    @Test
    void nullAndEmptyBytesReadAsTheyAlwaysDid() {
        RowDecoding decoding = new RowDecoding(fake, RecordFormat.LONG, RecordFormat.AVRO, true);
        RecordRow row = RecordRow.of(new ConsumerRecord<>("t", 0, 0L, null, new byte[0]), decoding);
        assertThat(row.keyPreview()).isEqualTo("(null)");
        assertThat(row.valuePreview()).isEqualTo("(empty)");
        assertThat(row.valueSchema()).isNull();
        assertThat(fake.decoded.get()).isZero();
    }

    @Test
    void aRowDecodesWhenItsCellAsksAndALargeOneKeepsItsDecodedPreviewAndSchema() {
        RowDecoding decoding = new RowDecoding(fake, RecordFormat.STRING, RecordFormat.AVRO, true);
        RecordRow small = RecordRow.of(new ConsumerRecord<>("t", 0, 0L, TEXT, FRAMED), decoding);
        assertThat(fake.decoded.get()).as("nothing decoded until shown").isZero();
        assertThat(small.valuePreview()).isEqualTo("{\"framed\":true}");
        assertThat(small.valueSchema().columnText()).isEqualTo("events-value v2");
        assertThat(small.searchText()).contains("{\"framed\":true}");

        byte[] large = WireFormat.frame(5, new byte[3 * RecordRow.RETAIN_BYTES]);
        RecordRow big = RecordRow.of(new ConsumerRecord<>("t", 0, 1L, TEXT, large), decoding);
        assertThat(big.valueRetained()).isFalse();
        assertThat(big.valuePreview()).isEqualTo("{\"framed\":true}");
        assertThat(big.valueSchema()).isEqualTo(SCHEMA);
        assertThat(big.searchText()).contains("{\"framed\":true}");
    }

    @Test
    void aFailureShowsAsAWarningWithItsReasonOnOneCutLine() {
        Decoded failed = new Decoded("00 01", false, "Avro", null, "Avro data ends early\nat byte 3");
        assertThat(RowDecoding.preview(failed, 200)).isEqualTo("⚠ Avro data ends early\\nat byte 3");
        assertThat(RowDecoding.preview(new Decoded("x".repeat(500), false, "String", null, null), 200))
                .hasSize(201).endsWith("…");
    }

    @Test
    void aRegistryMakesTheRunDecodeEvenInAuto() {
        ConsumeRequest request = new ConsumeRequest(ClusterAccess.plaintext("localhost:1")
                .withRegistry(dev.kafkaexplorer.registry.RegistryAccess.open("http://127.0.0.1:1")), "t", OptionalInt.empty(),
                new StartPosition.Latest(), Optional.empty());
        RowDecoding decoding = RowDecoding.forRun(request);
        assertThat(decoding).isNotNull();
        assertThat(decoding.key(TEXT)).as("no header: read as always").isNull();
        ConsumeRequest longKeys = new ConsumeRequest(ClusterAccess.plaintext("localhost:1"), "t", OptionalInt.empty(),
                new StartPosition.Latest(), Optional.empty(), RecordFormat.LONG, RecordFormat.AUTO);
        assertThat(RowDecoding.forRun(longKeys).keyLine(java.nio.ByteBuffer.allocate(8).putLong(9007199254740993L).array(), 200))
                .isEqualTo("9007199254740993");
    }

    /**
     * Reads values framed under {@link #SCHEMA}'s id as {"framed":true}, other framed values as Auto
     * does bytes whose schema is not found, anything else as its text; counts decodes.
     */
    private static final class CountingDecoding implements RecordDecoding {
        final AtomicInteger decoded = new AtomicInteger();

        @Override
        public void prepare(byte[] key, byte[] value) {
        }

        @Override
        public Decoded key(byte[] key) {
            decoded.incrementAndGet();
            return new Decoded(new String(key, StandardCharsets.UTF_8), false, "String", null, null);
        }

        @Override
        public Decoded value(byte[] value) {
            decoded.incrementAndGet();
            if (WireFormat.header(value).map(h -> h.schemaId() == SCHEMA.id()).orElse(false)) {
                return new Decoded("{\"framed\":true}", true, "Avro", SCHEMA, null);
            }
            return WireFormat.header(value).isPresent()
                    ? new Decoded(Previews.hexDump(value, 100), false, "binary; schema id 9 could not be read: not found", null, null)
                    : new Decoded(new String(value, StandardCharsets.UTF_8), false, "String", null, null);
        }

        @Override
        public SchemaRef valueSchema(byte[] value) {
            return WireFormat.header(value).map(h -> h.schemaId() == SCHEMA.id()).orElse(false) ? SCHEMA : null;
        }

        @Override
        public SchemaRef keySchema(byte[] key) {
            return null;
        }
    }
}
