package dev.kafkaexplorer.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.RecordDecoding;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.consume.ConsumeRequest;
import dev.kafkaexplorer.kafka.consume.LiveConsumer;
import dev.kafkaexplorer.kafka.consume.LiveConsumer.State;
import dev.kafkaexplorer.kafka.consume.LiveConsumer.Status;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowDecoding;
import dev.kafkaexplorer.kafka.consume.RowSink;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.TopicFormats;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live view's key and value formats as a user chooses them, and rows read with a decoding, as
 * the table, the detail pane, the filter and export show them; without the toolkit and with a
 * small fake {@link RecordDecoding} (the real decoders have tests of their own).
 */
class LiveFormatsViewModelTest {

    private static final String ORDERS = "orders";
    private static final String PAYMENTS = "payments";
    private static final Duration FRAME_AFTER_FIGURES = Duration.ofMillis(300);
    private static final SchemaRef ORDERS_V3 = new SchemaRef(17, "orders-value", 3);

    private static ClusterAdmin admin;

    private final ManualTicks ticks = new ManualTicks();
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList(
            new TopicSummary(ORDERS, 1, 1, false), new TopicSummary(PAYMENTS, 1, 1, false));
    private final InMemoryRows source = new InMemoryRows();

    @BeforeAll
    static void openAdmin() {
        admin = ClusterAdmin.open(new ConnectionSettings("localhost:1", Duration.ofSeconds(1)), Runnable::run);
    }

    @AfterAll
    static void closeAdmin() {
        admin.close(Duration.ZERO);
    }

    private LiveViewModel model(FormatMemory memory) {
        return new LiveViewModel(ticks.runtime(), topics, source, (access, topic, partition, offset, timeout) -> Optional.empty(),
                memory);
    }

    private static Connection cluster() {
        return new Connection(admin, new ClusterInfo("c1", List.of(), 1), false);
    }

    @Test
    void formatsStartAtAutoAreChosenWhileStoppedAndApplyToTheNextStart() {
        LiveViewModel model = model(FormatMemory.inMemory());
        LiveFormats formats = model.formats();
        assertThat(formats.choices()).containsExactly(RecordFormat.values());
        assertThat(formats.keyFormatProperty().get()).isEqualTo(RecordFormat.AUTO);
        assertThat(formats.valueFormatProperty().get()).isEqualTo(RecordFormat.AUTO);
        model.connectionProperty().set(cluster());
        assertThat(formats.choosable().get()).isTrue();

        formats.keyFormatProperty().set(RecordFormat.LONG);
        model.startCommand().execute();
        assertThat(source.request.keyFormat()).isEqualTo(RecordFormat.LONG);
        assertThat(source.request.valueFormat()).isEqualTo(RecordFormat.AUTO);
        assertThat(formats.choosable().get()).as("not while reading").isFalse();

        // A choice made meanwhile (the boxes are disabled; a program may still set it) waits for the next Start.
        formats.valueFormatProperty().set(RecordFormat.JSON);
        assertThat(source.requests).hasSize(1);
        source.run.status = new Status(State.STOPPED, "Stopped");
        model.stop();
        ticks.advance(FRAME_AFTER_FIGURES);
        ticks.advance(FRAME_AFTER_FIGURES);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(formats.choosable().get()).isTrue();

        model.startCommand().execute();
        assertThat(source.request.keyFormat()).isEqualTo(RecordFormat.LONG);
        assertThat(source.request.valueFormat()).isEqualTo(RecordFormat.JSON);
    }

    @Test
    void eachTopicOfEachClusterGetsBackTheFormatsItWasReadWithAlsoAfterARestart(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        LiveViewModel model = model(FormatMemory.inSettings(store.load(), store, Runnable::run));
        LiveFormats formats = model.formats();
        model.connectionProperty().set(cluster());
        assertThat(model.inputs().topicProperty().get()).isEqualTo(ORDERS);

        formats.keyFormatProperty().set(RecordFormat.LONG);
        formats.valueFormatProperty().set(RecordFormat.AVRO);
        model.inputs().topicProperty().set(PAYMENTS);
        assertThat(formats.keyFormatProperty().get()).as("another topic starts at Auto").isEqualTo(RecordFormat.AUTO);
        assertThat(formats.valueFormatProperty().get()).isEqualTo(RecordFormat.AUTO);
        formats.valueFormatProperty().set(RecordFormat.STRING);

        model.inputs().topicProperty().set(ORDERS);
        assertThat(formats.keyFormatProperty().get()).isEqualTo(RecordFormat.LONG);
        assertThat(formats.valueFormatProperty().get()).isEqualTo(RecordFormat.AVRO);
        model.inputs().topicProperty().set(PAYMENTS);
        assertThat(formats.keyFormatProperty().get()).isEqualTo(RecordFormat.AUTO);
        assertThat(formats.valueFormatProperty().get()).isEqualTo(RecordFormat.STRING);

        // Typing a name on the way to another topic remembers nothing for the half-typed name.
        model.inputs().topicProperty().set("pay");
        formats.keyFormatProperty().set(RecordFormat.UUID);
        model.inputs().topicProperty().set(PAYMENTS);
        assertThat(formats.keyFormatProperty().get()).isEqualTo(RecordFormat.AUTO);

        // Another cluster (a saved profile) has topics of the same name, read its own way.
        model.inputs().topicProperty().set(ORDERS);
        model.connectionProperty().set(new Connection(admin, new ClusterInfo("c2", List.of(), 1), false,
                ClusterProfile.plaintext("staging", "localhost:1")));
        assertThat(formats.keyFormatProperty().get()).isEqualTo(RecordFormat.AUTO);
        model.connectionProperty().set(cluster());
        assertThat(formats.keyFormatProperty().get()).isEqualTo(RecordFormat.LONG);

        // Kept in the settings file: a new run of the app reads the topics as they were read.
        SettingsStore reopened = new SettingsStore(dir.resolve("settings.json"));
        assertThat(reopened.load().topicFormats("servers localhost:1", ORDERS))
                .isEqualTo(new TopicFormats(RecordFormat.LONG, RecordFormat.AVRO));
        LiveViewModel next = model(FormatMemory.inSettings(reopened.load(), reopened, Runnable::run));
        next.connectionProperty().set(cluster());
        assertThat(next.formats().keyFormatProperty().get()).isEqualTo(RecordFormat.LONG);
        assertThat(next.formats().valueFormatProperty().get()).isEqualTo(RecordFormat.AVRO);
        next.startCommand().execute();
        assertThat(source.request.keyFormat()).isEqualTo(RecordFormat.LONG);
        assertThat(source.request.valueFormat()).isEqualTo(RecordFormat.AVRO);
    }

    @Test
    void decodedRowsShowInTheTableTheDetailPaneTheFilterAndExport(@TempDir Path dir) throws Exception {
        LiveViewModel model = model(FormatMemory.inMemory());
        model.connectionProperty().set(cluster());
        model.formats().keyFormatProperty().set(RecordFormat.LONG);
        model.formats().valueFormatProperty().set(RecordFormat.AVRO);
        model.startCommand().execute();
        RowDecoding decoding = new RowDecoding(new FakeDecoding(), RecordFormat.LONG, RecordFormat.AVRO, true);
        source.run.send(List.of(
                row(0, 9007199254740993L, framed(17, "alice"), decoding),
                row(1, 42L, framed(777, "bob"), decoding),
                row(2, 43L, framed(17, "carol\nsecond line"), decoding)));
        ticks.advance(FRAME_AFTER_FIGURES);
        List<RecordRow> rows = List.copyOf(model.tableRowsProperty().get());

        assertThat(rows.get(0).keyPreview()).isEqualTo("9007199254740993");
        assertThat(rows.get(0).valuePreview()).isEqualTo("{\"name\":\"alice\",\"amount\":10.50}");
        assertThat(rows.get(0).valueSchema().columnText()).isEqualTo("orders-value v3");
        assertThat(rows.get(1).keyPreview()).as("its key still decodes").isEqualTo("42");
        assertThat(rows.get(1).valuePreview()).isEqualTo("⚠ schema id 777 not found in the registry");
        assertThat(rows.get(1).valueSchema().columnText()).isEqualTo("777");
        assertThat(rows.get(2).valuePreview()).as("one line").isEqualTo("{\"name\":\"carol\\nsecond line\",\"amount\":10.50}");
        assertThat(model.formats().schemasInUse().get()).isTrue();

        AtomicReference<SchemaRef> opened = new AtomicReference<>();
        model.detail().setOnShowSchema(opened::set);
        model.select(rows.get(0));
        RecordDetail detail = model.detail().detailProperty().get();
        assertThat(detail.keyText()).isEqualTo("9007199254740993");
        assertThat(detail.keyKind()).isEqualTo("Long");
        assertThat(new ObjectMapper().readTree(detail.valueText()).get("name").asText()).isEqualTo("alice");
        assertThat(detail.valueText()).as("pretty, the decimal as written").contains("\n").contains("10.50");
        assertThat(detail.valueKind()).startsWith("Avro");
        assertThat(detail.schemaLine()).isEqualTo("Schema: subject orders-value, version 3, id 17");
        assertThat(detail.metadata()).contains("offset 0");
        assertThat(model.detail().messageProperty().get()).isEmpty();
        model.detail().showSchema();
        assertThat(opened.get()).isEqualTo(ORDERS_V3);

        model.select(rows.get(1));
        detail = model.detail().detailProperty().get();
        assertThat(model.detail().messageProperty().get())
                .isEqualTo("The value could not be read as Avro (registry): schema id 777 not found in the registry");
        assertThat(detail.keyText()).isEqualTo("42");
        assertThat(detail.valueText()).as("its bytes").startsWith("00000000  00 00 00 03 09");
        assertThat(detail.valueKind()).isEqualTo("Avro, 8 bytes · not decoded");
        assertThat(detail.metadata()).contains("offset 1");

        model.filterTextProperty().set("CAROL");
        ticks.advance(Duration.ofMillis(200));
        assertThat(model.tableRowsProperty().get()).containsExactly(rows.get(2));
        model.filterTextProperty().set("");
        ticks.advance(Duration.ofMillis(200));

        Path decoded = dir.resolve("decoded.jsonl");
        model.export(decoded, RowExporter.Format.JSON_LINES);
        List<JsonNode> lines = readJsonLines(decoded);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("key").asText()).isEqualTo("9007199254740993");
        assertThat(lines.get(0).get("value").get("name").asText()).isEqualTo("alice");
        assertThat(lines.get(0).get("value").get("amount").decimalValue()).isEqualByComparingTo("10.50");
        assertThat(lines.get(0).get("valueSchema").get("subject").asText()).isEqualTo("orders-value");
        assertThat(lines.get(0).get("valueSchema").get("version").asInt()).isEqualTo(3);
        assertThat(lines.get(1).get("valueProblem").asText()).isEqualTo("schema id 777 not found in the registry");
        assertThat(lines.get(1).get("valueEncoding").asText()).isEqualTo("base64");

        Path raw = dir.resolve("raw.jsonl");
        model.exportRawBytesProperty().set(true);
        model.export(raw, RowExporter.Format.JSON_LINES);
        List<JsonNode> rawLines = readJsonLines(raw);
        assertThat(rawLines.get(0).get("valueEncoding").asText()).isEqualTo("base64");
        assertThat(java.util.Base64.getDecoder().decode(rawLines.get(0).get("value").asText())).isEqualTo(framed(17, "alice"));
        assertThat(java.util.Base64.getDecoder().decode(rawLines.get(0).get("key").asText()))
                .isEqualTo(ByteBuffer.allocate(8).putLong(9007199254740993L).array());
    }

    @Test
    void aClusterWithoutARegistryShowsNoSchemaColumnUntilARegistryFormatIsChosen() {
        LiveViewModel model = model(FormatMemory.inMemory());
        model.connectionProperty().set(cluster());
        assertThat(model.formats().schemasInUse().get()).isFalse();
        model.formats().valueFormatProperty().set(RecordFormat.PROTOBUF);
        assertThat(model.formats().schemasInUse().get()).isTrue();
        model.formats().valueFormatProperty().set(RecordFormat.LONG);
        assertThat(model.formats().schemasInUse().get()).isFalse();
    }

    private static List<JsonNode> readJsonLines(Path file) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }

    private static RecordRow row(long offset, long key, byte[] value, RowDecoding decoding) {
        decoding.prepare(null, value);
        return RecordRow.of(new ConsumerRecord<>(ORDERS, 0, offset, ByteBuffer.allocate(8).putLong(key).array(), value), decoding);
    }

    /** A value framed as the registry's serializers frame it, the payload a name in UTF-8 (the fake's "Avro"). */
    private static byte[] framed(int schemaId, String name) {
        return WireFormat.frame(schemaId, name.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keys as Longs; values framed under id 17 read as {"name": payload, "amount": 10.50}, any
     * other id unknown. Counts the prepares, as a registry would be asked.
     */
    private static final class FakeDecoding implements RecordDecoding {
        final AtomicInteger prepared = new AtomicInteger();

        @Override
        public void prepare(byte[] key, byte[] value) {
            prepared.incrementAndGet();
        }

        @Override
        public Decoded key(byte[] key) {
            return key.length == 8 ? new Decoded(Long.toString(ByteBuffer.wrap(key).getLong()), false, "Long", null, null)
                    : new Decoded(HexFormat.of().formatHex(key), false, "Long", null, "a Long takes 8 bytes, not " + key.length);
        }

        @Override
        public Decoded value(byte[] value) {
            SchemaRef schema = valueSchema(value);
            if (schema.subject() == null) {
                return new Decoded(HexFormat.of().formatHex(value), false, "Avro, " + value.length + " bytes", null,
                        "schema id " + schema.id() + " not found in the registry");
            }
            String name = new String(value, WireFormat.HEADER_BYTES, value.length - WireFormat.HEADER_BYTES, StandardCharsets.UTF_8);
            return new Decoded("{\"name\":\"" + name.replace("\n", "\\n") + "\",\"amount\":10.50}", true,
                    "Avro, " + value.length + " bytes", schema, null);
        }

        @Override
        public SchemaRef valueSchema(byte[] value) {
            int id = WireFormat.header(value).orElseThrow().schemaId();
            return id == ORDERS_V3.id() ? ORDERS_V3 : new SchemaRef(id, null, 0);
        }

        @Override
        public SchemaRef keySchema(byte[] key) {
            return null;
        }
    }

    /** Starts in-memory runs and keeps what each was asked to read. */
    private static final class InMemoryRows implements RowSource {
        final List<ConsumeRequest> requests = new ArrayList<>();
        ConsumeRequest request;
        InMemoryRun run;

        @Override
        public Run start(ConsumeRequest request, RowSink sink) {
            this.request = request;
            requests.add(request);
            this.run = new InMemoryRun(sink);
            return run;
        }
    }

    private static final class InMemoryRun implements RowSource.Run {
        private final RowSink sink;
        private long consumed;
        Status status = new Status(State.RUNNING, "Reading");

        InMemoryRun(RowSink sink) {
            this.sink = sink;
        }

        void send(List<RecordRow> batch) {
            consumed += batch.size();
            sink.accept(batch);
        }

        @Override
        public void pause() {
        }

        @Override
        public void resume() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean awaitStopped(Duration timeout) {
            return true;
        }

        @Override
        public long consumed() {
            return consumed;
        }

        @Override
        public LiveConsumer.Status status() {
            return status;
        }
    }
}
