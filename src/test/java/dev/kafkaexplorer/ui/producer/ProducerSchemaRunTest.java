package dev.kafkaexplorer.ui.producer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.fake.schema.AvroSchemaFromJson;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.format.avro.AvroCodec;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.kafka.produce.ProducedValueFormat;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.kafka.produce.ValueSchemaPlan;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Run;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Producer runs through a schema registry, as the app starts them ({@link ProducerRunStarter#withKafka()}),
 * against the real embedded broker and the local registry beside it: the schema registered once
 * under {@code <topic>-value}, every record on the broker framed with its id, and readable back
 * with the codec into the template's shape.
 */
class ProducerSchemaRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 300;
    private static LocalSchemaRegistry local;
    private static ClusterAccess access;

    @TempDir
    Path dir;

    @BeforeAll
    static void startRegistry() throws Exception {
        local = LocalSchemaRegistry.start(ClusterAccess.plaintext(TestBroker.bootstrapServers()));
        access = TestBroker.access().withRegistry(RegistryAccess.open(local.url()));
    }

    @AfterAll
    static void stopRegistry() {
        local.close();
    }

    private static SchemaRegistry registry() {
        return SchemaRegistries.forAccess(access.schemaRegistry().orElseThrow());
    }

    private static ProducerStats run(String topic, RecordTemplate template, ValueSchemaPlan plan) throws Exception {
        ProduceRequest request = new ProduceRequest(access, topic, Optional.empty(), OptionalLong.of(RECORDS),
                Optional.empty(), ProducerTuning.defaults());
        Run run = ProducerRunStarter.withKafka().start(new Spec(request, template, new KeyStrategy.RandomUuid(), true,
                Locale.US, 42, plan));
        assertThat(run.awaitFinished(Duration.ofSeconds(60))).isTrue();
        assertThat(run.valueDescription()).contains("subject " + plan.subject());
        ProducerStats stats = run.stats();
        assertThat(stats.state()).isEqualTo(ProducerLoop.State.FINISHED);
        assertThat(stats.sent()).isEqualTo(stats.acked() + stats.failed());
        return stats;
    }

    /** The schema id in a record's header, after checking the magic byte. */
    private static int framedId(byte[] value) {
        assertThat(value[0]).as("magic byte").isEqualTo((byte) 0);
        return WireFormat.header(value).orElseThrow().schemaId();
    }

    @Test
    void anAvroRunRegistersTheDerivedSchemaOnceAndEveryRecordCarriesItsIdAndReadsBackInTheTemplatesShape() throws Exception {
        String topic = TestBroker.createTopic("avro-run", 3);
        String subject = ValueSchemaPlan.valueSubject(topic);
        RecordTemplate order = BuiltInTemplates.byId("order").orElseThrow();
        ValueSchemaPlan plan = new ValueSchemaPlan(ProducedValueFormat.AVRO_DERIVED, null, null, subject);

        ProducerStats first = run(topic, order, plan);
        assertThat(first.acked()).isEqualTo(RECORDS);
        assertThat(first.failed()).isZero();
        assertThat(registry().versions(subject)).as("registered once").containsExactly(1);
        RegisteredSchema schema = registry().version(subject, 1);
        Schema avro = new Schema.Parser().parse(schema.schema());
        assertThat(avro.getName()).isEqualTo("Order");

        // A second run of the same template finds the schema registered: still one version, the same id.
        ProducerStats second = run(topic, order, plan);
        assertThat(registry().versions(subject)).containsExactly(1);
        assertThat(TestBroker.countOnBroker(topic)).as("acknowledged = on the broker").isEqualTo(first.acked() + second.acked());

        AvroCodec codec = new AvroCodec();
        List<ConsumerRecord<byte[], byte[]>> records = TestBroker.readAll(topic, 2L * RECORDS);
        assertThat(records).hasSize(2 * RECORDS);
        List<JsonNode> decoded = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            assertThat(framedId(record.value())).isEqualTo(schema.id());
            JsonNode value = JSON.readTree(codec.toJson(schema, record.value(), WireFormat.HEADER_BYTES));
            assertThat(fieldNames(value)).containsExactly("orderId", "customerId", "items", "currency", "total", "status", "placedAt");
            assertThat(value.get("items").get(0).get("quantity").isIntegralNumber()).isTrue();
            assertThat(value.get("total").isNumber()).isTrue();
            decoded.add(value);
        }
        assertThat(AvroSchemaFromJson.derive("order", decoded)).as("the records read back have the template's shape").isEqualTo(avro);
    }

    @Test
    void aJsonSchemaRunFramesTheTemplatesJson() throws Exception {
        String topic = TestBroker.createTopic("json-schema-run", 1);
        String subject = ValueSchemaPlan.valueSubject(topic);
        ProducerStats stats = run(topic, BuiltInTemplates.byId("sensor-reading").orElseThrow(),
                new ValueSchemaPlan(ProducedValueFormat.JSON_SCHEMA_DERIVED, null, null, subject));

        assertThat(stats.acked()).isEqualTo(RECORDS);
        RegisteredSchema schema = registry().version(subject, -1);
        assertThat(registry().versions(subject)).containsExactly(1);
        assertThat(JSON.readTree(schema.schema()).get("required")).hasSize(7);
        for (ConsumerRecord<byte[], byte[]> record : TestBroker.readAll(topic, RECORDS)) {
            assertThat(framedId(record.value())).isEqualTo(schema.id());
            JsonNode value = JSON.readTree(new JsonSchemaCodec().toJson(schema, record.value(), WireFormat.HEADER_BYTES));
            assertThat(value.get("deviceId").asText()).startsWith("sensor-");
        }
    }

    @Test
    void kcatWithoutARegistrySeesMagicByteZeroAndTheId() throws Exception {
        Assumptions.assumeTrue(onPath("kcat"), "kcat is not installed here");
        String topic = TestBroker.createTopic("avro-kcat", 1);
        String subject = ValueSchemaPlan.valueSubject(topic);
        run(topic, BuiltInTemplates.byId("payment").orElseThrow(), new ValueSchemaPlan(ProducedValueFormat.AVRO_DERIVED, null, null, subject));
        int id = registry().version(subject, 1).id();

        Process kcat = new ProcessBuilder("kcat", "-C", "-b", TestBroker.bootstrapServers(), "-t", topic, "-c", "1", "-e",
                "-f", "%s").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = kcat.getInputStream().readAllBytes();
        assertThat(kcat.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).hasSizeGreaterThan(5);
        assertThat(java.util.Arrays.copyOf(out, 5)).containsExactly(0, 0, 0, (id >> 8) & 0xFF, id & 0xFF);
    }

    private static boolean onPath(String program) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }

    @Test
    void aProtobufRunWritesTheChosenMessageWithItsIndexAndId() throws Exception {
        Path proto = Files.writeString(dir.resolve("payments.proto"), """
                syntax = "proto3";
                package shop;
                message Refund { string paymentId = 1; }
                message Payment {
                  string paymentId = 1; string orderId = 2; double amount = 3; string currency = 4;
                  string method = 5; string cardLast4 = 6; string status = 7; string processedAt = 8;
                }
                """);
        String topic = TestBroker.createTopic("proto-run", 2);
        String subject = ValueSchemaPlan.valueSubject(topic);
        ProducerStats stats = run(topic, BuiltInTemplates.byId("payment").orElseThrow(),
                new ValueSchemaPlan(ProducedValueFormat.PROTOBUF_FILE, proto, "Payment", subject));

        assertThat(stats.acked()).isEqualTo(RECORDS);
        assertThat(stats.failed()).isZero();
        assertThat(registry().versions(subject)).containsExactly(1);
        RegisteredSchema schema = registry().version(subject, 1);
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(stats.acked());
        ProtobufCodec codec = new ProtobufCodec();
        List<ConsumerRecord<byte[], byte[]>> records = TestBroker.readAll(topic, RECORDS);
        assertThat(records).hasSize(RECORDS);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            byte[] value = record.value();
            assertThat(framedId(value)).isEqualTo(schema.id());
            // Message index [1] (Payment, the file's second message), as Confluent writes it: 02 02.
            assertThat(value[5]).isEqualTo((byte) 2);
            assertThat(value[6]).isEqualTo((byte) 2);
            JsonNode decoded = JSON.readTree(codec.toJson(schema, value, WireFormat.HEADER_BYTES));
            assertThat(decoded.get("paymentId").asText()).startsWith("pay_");
            assertThat(decoded.get("amount").isNumber()).isTrue();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> i = node.fieldNames(); i.hasNext(); ) {
            names.add(i.next());
        }
        return names;
    }
}
