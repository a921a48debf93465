package dev.kafkaexplorer.bench;

import static dev.kafkaexplorer.bench.LiveViewBench.onFx;

import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.UiTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue 17's figures: 1 M Avro records of ~200 B in a 6-partition topic, framed in the Confluent
 * wire format under a schema registered in a local registry on the test broker, read (a) by a raw
 * KafkaConsumer loop that decodes every record with Avro's own GenericDatumReader (the schema
 * fetched once), and by the app's live view with a real TableView on headless FX, (b) with the
 * value format Avro, and Auto, and (c) the same with a filter that only decoded text matches.
 *
 * <p>What each decodes: table cells decode lazily, so in (b) only the rows the table draws are
 * decoded (a screenful per refresh, and the schema column reads a cached lookup per row); in (c) the
 * filter decodes every row the table takes to JSON text and searches it, on the FX thread. Rows the
 * batch queue drops while the table falls behind are neither shown nor filtered: they are counted
 * apart. Passes rotate (a), each reading of (b) and (c); medians of 3 after warm-up rounds
 * (-Dbench.warmups, default 4). -Dbench.sample=true samples stacks as in {@link LiveTableBenchmark}.
 */
class AvroLiveTableBenchmark {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int RECORDS = 1_000_000;
    private static final int PARTITIONS = 6;
    private static final int VALUE_BYTES = 200;
    private static final String COMPRESSION = "none";
    private static final int RAW_WARMUPS = 2;
    private static final int MEASURED_ROUNDS = 3;
    private static final String ORDER_SCHEMA = """
            {"type": "record", "name": "Order", "namespace": "bench", "fields": [
              {"name": "orderId", "type": "string"},
              {"name": "customer", "type": "string"},
              {"name": "email", "type": "string"},
              {"name": "city", "type": "string"},
              {"name": "quantity", "type": "long"},
              {"name": "placedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}},
              {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID", "SHIPPED", "DELIVERED"]}},
              {"name": "note", "type": "string"}]}
            """;
    /** Matches a quarter of the records, and only their decoded text: the bytes hold the enum's index, not its symbol. */
    private static final String FILTER = "\"status\":\"PAID\"";

    /** One way the live view reads the topic. */
    private record Reading(String label, RecordFormat valueFormat, String filter) {
    }

    private static final List<Reading> READINGS = List.of(
            new Reading("(b) Avro", RecordFormat.AVRO, ""),
            new Reading("(b) Auto", RecordFormat.AUTO, ""),
            new Reading("(c) Avro + filter", RecordFormat.AVRO, FILTER),
            new Reading("(c) Auto + filter", RecordFormat.AUTO, FILTER));

    /** What the passes of one reading gave. */
    private static final class Figures {
        final List<Double> rates = new ArrayList<>();
        final List<Long> dropped = new ArrayList<>();
        /** Batches the table took, and the rows it drew after each pass: what cells decoded. */
        long batches;
        long rowsInView;
        final PassCosts costs = new PassCosts();
        final PulseGaps pulses;

        Figures(PulseGaps pulses) {
            this.pulses = pulses;
        }
    }

    @Test
    void figures() throws Exception {
        System.out.println("== Avro live table benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        try (LocalSchemaRegistry registry = LocalSchemaRegistry.start(TestBroker.access())) {
            RegistryAccess registryAccess = RegistryAccess.open(registry.url());
            String topic = TestBroker.createTopic("bench-avro", PARTITIONS);
            SchemaRegistry client = SchemaRegistries.forAccess(registryAccess);
            int schemaId = client.register(topic + "-value", SchemaType.AVRO, ORDER_SCHEMA, List.of());
            List<byte[]> values = orders(new Schema.Parser().parse(ORDER_SCHEMA), schemaId);
            long producing = System.nanoTime();
            BenchTopics.produce(topic, PARTITIONS, RECORDS, values, COMPRESSION);
            System.out.printf("setup: produced %,d Avro records of %.0f B on average (schema id %d, Confluent wire format), "
                            + "compression %s, in %.1f s%n", RECORDS, values.stream().mapToInt(v -> v.length).average().orElse(0),
                    schemaId, COMPRESSION, (System.nanoTime() - producing) / 1e9);

            // (a) fetches the schema once, by the id in the first record's header, as a deserializer does.
            ToLongFunction<ConsumerRecord<byte[], byte[]>> avroReader = genericReader(client.schemaById(schemaId));
            for (int i = 0; i < RAW_WARMUPS; i++) {
                BenchTopics.rawConsumerRate(topic, PARTITIONS, RECORDS, avroReader);
            }
            ClusterAccess access = TestBroker.access().withRegistry(registryAccess);
            try (LiveViewBench view = LiveViewBench.show(access, topic, PARTITIONS)) {
                measure(view, topic, avroReader);
            }
        }
    }

    private static void measure(LiveViewBench view, String topic, ToLongFunction<ConsumerRecord<byte[], byte[]>> avroReader) throws Exception {
        int warmups = Integer.getInteger("bench.warmups", 4);
        for (int round = 0; round < warmups; round++) {
            for (Reading reading : READINGS) {
                view.readWith(reading.valueFormat(), reading.filter());
                view.readWholeTopic(RECORDS);
                view.stopAndClear();
            }
        }
        Map<Reading, Figures> figures = new LinkedHashMap<>();
        for (Reading reading : READINGS) {
            figures.put(reading, new Figures(new PulseGaps(() -> view.model().appendedBatchesProperty().get())));
        }
        Map<String, Integer> hot = new ConcurrentHashMap<>();
        Thread sampler = BenchJvm.stackSampler(hot);
        if (Boolean.getBoolean("bench.sample")) {
            sampler.start();
        }
        List<Double> rawRates = new ArrayList<>();
        for (int round = 1; round <= MEASURED_ROUNDS; round++) {
            rawRates.add(BenchTopics.rawConsumerRate(topic, PARTITIONS, RECORDS, avroReader));
            for (Reading reading : READINGS) {
                Figures f = figures.get(reading);
                view.readWith(reading.valueFormat(), reading.filter());
                PassCosts.Before before = PassCosts.begin();
                long batchesBefore = onFx(() -> view.model().appendedBatchesProperty().get());
                f.pulses.startPass();
                long began = System.nanoTime();
                long dropped = view.readWholeTopic(RECORDS);
                double seconds = (System.nanoTime() - began) / 1e9;
                f.pulses.endPass();
                long collections = f.costs.end(before, seconds);
                f.rates.add(RECORDS / seconds);
                f.dropped.add(dropped);
                f.batches += onFx(() -> view.model().appendedBatchesProperty().get()) - batchesBefore;
                f.rowsInView = Math.max(f.rowsInView, view.rowsInView());
                System.out.printf("    %s pass: %,.0f records/s, dropped in the queue %,d, collections in it: %d%n",
                        reading.label(), RECORDS / seconds, dropped, collections);
                checkDecoded(view, topic, reading);
                view.stopAndClear();
            }
        }
        sampler.interrupt();
        BenchJvm.printHot(hot, 12);
        double raw = BenchJvm.median(rawRates);
        System.out.printf("(a) raw KafkaConsumer loop + GenericDatumReader on every record: %,.0f records/s "
                + "(median of %d passes, after %d warm-up passes)%n", raw, MEASURED_ROUNDS, RAW_WARMUPS);
        for (Map.Entry<Reading, Figures> e : figures.entrySet()) {
            Reading reading = e.getKey();
            Figures f = e.getValue();
            double app = BenchJvm.median(f.rates);
            System.out.printf("%s: %,.0f records/s (median of %d passes after %d warm-up rounds); %s/(a) = %.2f; "
                            + "rows dropped in the queue per pass %s%n", reading.label(), app, MEASURED_ROUNDS, warmups,
                    reading.label().substring(0, 3), app / raw, f.dropped);
            System.out.printf("    the table decoded the values of the rows it drew: %,d refreshes in %d passes × %d rows in view, "
                    + "about %,d values a pass (%.3f %% of the records)%n", f.batches, MEASURED_ROUNDS, f.rowsInView,
                    f.batches * f.rowsInView / MEASURED_ROUNDS, 100.0 * f.batches * f.rowsInView / MEASURED_ROUNDS / RECORDS);
            if (!reading.filter().isEmpty()) {
                double decodedShare = 1 - f.dropped.stream().mapToLong(Long::longValue).sum() / (double) (RECORDS * MEASURED_ROUNDS);
                System.out.printf("    the filter decoded and searched %.1f %% of the records: %,.0f records/s decoded by the filter (on a UI worker)%n",
                        100 * decodedShare, app * decodedShare);
            }
            f.pulses.print(reading.label() + "'s passes");
            System.out.println("    " + f.costs.describe(reading.label()));
        }
    }

    /** The table's last row is decoded Avro with its schema (and matches the filter): a benchmark of hex previews would measure nothing. */
    private static void checkDecoded(LiveViewBench view, String topic, Reading reading) throws Exception {
        RecordRow row = onFx(() -> {
            var rows = view.model().tableRowsProperty().get();
            return rows.isEmpty() ? null : rows.get(rows.size() - 1);
        });
        String preview = row == null ? "no row" : row.valuePreview();
        String schema = row == null || row.valueSchema() == null ? "none" : row.valueSchema().columnText();
        if (!preview.startsWith("{\"orderId\":") || !schema.equals(topic + "-value v1")
                || (!reading.filter().isEmpty() && !row.searchText().contains(FILTER))) {
            throw new AssertionError(reading.label() + ": the last row reads " + preview + " with schema " + schema);
        }
    }

    /** Decodes each value with Avro's GenericDatumReader into a new GenericRecord, as a deserializer does; checks the header's id. */
    private static ToLongFunction<ConsumerRecord<byte[], byte[]>> genericReader(RegisteredSchema registered) {
        Schema schema = new Schema.Parser().parse(registered.schema());
        GenericDatumReader<GenericRecord> reader = new GenericDatumReader<>(schema);
        BinaryDecoder[] decoder = {null};
        return r -> {
            byte[] v = r.value();
            var header = WireFormat.header(v).orElseThrow(() -> new AssertionError("not framed: " + r));
            if (header.schemaId() != registered.id()) {
                throw new AssertionError("schema id " + header.schemaId() + " in " + r);
            }
            decoder[0] = DecoderFactory.get().binaryDecoder(v, header.payloadOffset(), v.length - header.payloadOffset(), decoder[0]);
            try {
                GenericRecord order = reader.read(null, decoder[0]);
                return (Long) order.get("quantity") + order.get("status").toString().length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** 1000 orders of about {@link #VALUE_BYTES} framed, written by Avro's GenericDatumWriter; a quarter of them PAID. */
    private static List<byte[]> orders(Schema schema, int schemaId) throws IOException {
        Random random = new Random(17);
        Schema status = schema.getField("status").schema();
        GenericDatumWriter<GenericRecord> writer = new GenericDatumWriter<>(schema);
        List<byte[]> values = new ArrayList<>();
        long placed = Instant.parse("2026-12-04T08:00:00Z").toEpochMilli();
        for (int i = 0; i < 1000; i++) {
            GenericRecord order = new GenericData.Record(schema);
            order.put("orderId", String.format("ord-%08d", i));
            order.put("customer", letters(random, 8) + " " + letters(random, 10));
            order.put("email", letters(random, 10) + "@example.com");
            order.put("city", letters(random, 9));
            order.put("note", "");
            order.put("quantity", (long) random.nextInt(50) + 1);
            order.put("placedAt", placed + i * 1_234L);
            order.put("amount", ByteBuffer.wrap(new BigDecimal(random.nextInt(10_000_000)).movePointLeft(2).unscaledValue().toByteArray()));
            order.put("status", new GenericData.EnumSymbol(status, status.getEnumSymbols().get(i % 4)));
            // The note takes what is left of the ~200 bytes (its length prefix is one byte under 64).
            order.put("note", letters(random, Math.max(0, VALUE_BYTES - WireFormat.HEADER_BYTES - encoded(writer, order).length)));
            values.add(WireFormat.frame(schemaId, encoded(writer, order)));
        }
        return values;
    }

    private static byte[] encoded(GenericDatumWriter<GenericRecord> writer, GenericRecord record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static String letters(Random random, int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
