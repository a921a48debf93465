package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.format.avro.AvroCodec;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.format.protobuf.ProtobufCodec;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.DoubleSerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.UUIDSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live consumer reading records framed for a schema registry, against the test broker and a
 * local registry on it: Avro (written by Avro's own GenericDatumWriter and by the app's codec),
 * Protobuf with a second message in its file, JSON Schema; a record whose schema id is unknown and
 * one cut short say why and the stream goes on; keys from Kafka's own serializers read as numbers
 * and UUIDs once their format is chosen.
 */
class DecodedRowsTest {

    private static final String ORDER_AVRO = """
            {"type": "record", "name": "Order", "namespace": "shop", "fields": [
              {"name": "id", "type": "long"},
              {"name": "customer", "type": {"type": "record", "name": "Customer", "fields": [
                {"name": "name", "type": "string"},
                {"name": "email", "type": ["null", "string"], "default": null}]}},
              {"name": "amount", "type": {"type": "bytes", "logicalType": "decimal", "precision": 10, "scale": 2}},
              {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID", "SHIPPED"]}},
              {"name": "items", "type": {"type": "array", "items": "string"}},
              {"name": "tags", "type": {"type": "map", "values": "int"}},
              {"name": "placedAt", "type": {"type": "long", "logicalType": "timestamp-millis"}}]}
            """;
    private static final String SHIPMENT_PROTO = """
            syntax = "proto3";
            package shop;
            message Parcel { string id = 1; }
            message Shipment { string order_id = 1; Parcel parcel = 2; int32 weight_grams = 3; }
            """;
    private static final String REFUND_JSON_SCHEMA = """
            {"type": "object", "properties": {"orderId": {"type": "integer"}, "reason": {"type": "string"}}}
            """;

    private static LocalSchemaRegistry registry;
    private static ClusterAccess access;
    private static SchemaRegistry client;

    @BeforeAll
    static void startRegistry() throws Exception {
        registry = LocalSchemaRegistry.start(TestBroker.access());
        access = TestBroker.access().withRegistry(RegistryAccess.open(registry.url()));
        client = SchemaRegistries.forAccess(RegistryAccess.open(registry.url()));
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void recordsOfEverySchemaKindReadDecodedWithTheirSchemaAndTheUnreadableOnesSayWhy() throws Exception {
        String topic = TestBroker.createTopic("decoded", 1);
        RegisteredSchema order = registered(topic + "-value", SchemaType.AVRO, ORDER_AVRO);
        RegisteredSchema shipment = registered(topic + "-shipment", SchemaType.PROTOBUF, SHIPMENT_PROTO);
        RegisteredSchema refund = registered(topic + "-refund", SchemaType.JSON, REFUND_JSON_SCHEMA);

        byte[] byAvroItself = WireFormat.frame(order.id(), avroWrittenByAvro(order));
        byte[] byTheCodec = new AvroCodec().fromJson(order, """
                {"id": 2, "customer": {"name": "bob", "email": null}, "amount": 1234567.89, "status": "SHIPPED",
                 "items": [], "tags": {}, "placedAt": "2024-05-01T10:15:30Z"}""", null);
        byte[] secondMessage = new ProtobufCodec().fromJson(shipment,
                "{\"orderId\": \"o-3\", \"parcel\": {\"id\": \"p-9\"}, \"weightGrams\": 1200}", "shop.Shipment");
        byte[] jsonSchema = new JsonSchemaCodec().fromJson(refund, "{\"orderId\": 4, \"reason\": \"late\"}", null);
        byte[] unknownId = WireFormat.frame(777, Arrays.copyOfRange(byTheCodec, WireFormat.HEADER_BYTES, byTheCodec.length));
        byte[] cut = Arrays.copyOf(byTheCodec, byTheCodec.length - 6);
        send(topic, new ByteArraySerializer(), List.of("k1", "k2", "k3", "k4", "k5", "k6", "k7").stream()
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList(),
                List.of(byAvroItself, byTheCodec, secondMessage, jsonSchema, unknownId, cut, byAvroItself));
        assertThat(secondMessage[5]).as("message index [1] as Confluent writes it").isEqualTo((byte) 2);
        assertThat(secondMessage[6]).isEqualTo((byte) 2);

        // Auto with a registry: every kind by the id in its header.
        List<RecordRow> auto = read(topic, RecordFormat.AUTO, RecordFormat.AUTO, 7);
        JsonNode first = decodedValue(auto.get(0));
        assertThat(auto.get(0).valuePreview()).startsWith("{\"id\":1,\"customer\":{\"name\":\"alice\"");
        assertThat(first.get("customer").get("name").asText()).isEqualTo("alice");
        assertThat(first.get("customer").get("email").asText()).isEqualTo("alice@example.com");
        assertThat(first.get("status").asText()).isEqualTo("PAID");
        assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("10.50");
        assertThat(first.get("placedAt").asText()).startsWith("2024-05-01T10:15:30");
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("tags").get("gift").asInt()).isEqualTo(1);
        assertThat(auto.get(0).valueSchema().columnText()).isEqualTo(topic + "-value v1");
        assertThat(decodedValue(auto.get(1)).get("amount").decimalValue()).isEqualByComparingTo("1234567.89");
        assertThat(decodedValue(auto.get(2)).get("parcel").get("id").asText()).isEqualTo("p-9");
        assertThat(auto.get(2).valueSchema().columnText()).isEqualTo(topic + "-shipment v1");
        assertThat(decodedValue(auto.get(3)).get("reason").asText()).isEqualTo("late");
        assertThat(auto.get(3).valueSchema().columnText()).isEqualTo(topic + "-refund v1");
        assertThat(auto.get(4).valuePreview()).as("Auto promises nothing: the bytes as always").startsWith("0x00000003");
        assertThat(auto.get(0).keyPreview()).isEqualTo("k1");
        assertThat(auto.get(0).searchText()).contains("\"name\":\"alice\"");

        // Avro chosen: the unknown id and the cut record fail with words; the stream goes on.
        List<RecordRow> avro = read(topic, RecordFormat.STRING, RecordFormat.AVRO, 7);
        assertThat(avro.get(4).valuePreview()).isEqualTo("⚠ schema id 777 not found in the registry");
        assertThat(avro.get(4).valueSchema().columnText()).isEqualTo("777");
        assertThat(avro.get(4).keyPreview()).as("its key still decodes").isEqualTo("k5");
        assertThat(avro.get(5).valuePreview()).startsWith("⚠ ").contains("Avro data ends early");
        assertThat(decodedValue(avro.get(6)).get("customer").get("name").asText()).isEqualTo("alice");
    }

    @Test
    void keysFromKafkasOwnSerializersReadAsNumbersAndUuids() throws Exception {
        UUID uuid = UUID.fromString("6f1c7a52-3f7e-4a8e-9a65-2c1f0f3b9d11");
        String longs = TestBroker.createTopic("long-keys", 1);
        send(longs, new LongSerializer(), List.of(9007199254740993L, -1L), List.of(new byte[] {1}, new byte[] {2}));
        String ints = TestBroker.createTopic("int-keys", 1);
        send(ints, new IntegerSerializer(), List.of(2147483647), List.of(new byte[] {1}));
        String doubles = TestBroker.createTopic("double-keys", 1);
        send(doubles, new DoubleSerializer(), List.of(0.1), List.of(new byte[] {1}));
        String uuids = TestBroker.createTopic("uuid-keys", 1);
        send(uuids, new UUIDSerializer(), List.of(uuid), List.of(new byte[] {1}));

        List<RecordRow> longRows = read(longs, RecordFormat.LONG, RecordFormat.AUTO, 2);
        assertThat(longRows.get(0).keyPreview()).isEqualTo("9007199254740993");
        assertThat(longRows.get(1).keyPreview()).isEqualTo("-1");
        assertThat(read(ints, RecordFormat.INT, RecordFormat.AUTO, 1).get(0).keyPreview()).isEqualTo("2147483647");
        assertThat(read(doubles, RecordFormat.DOUBLE, RecordFormat.AUTO, 1).get(0).keyPreview()).isEqualTo("0.1");
        assertThat(read(uuids, RecordFormat.UUID, RecordFormat.AUTO, 1).get(0).keyPreview()).isEqualTo(uuid.toString());
        assertThat(read(longs, RecordFormat.AUTO, RecordFormat.AUTO, 2).get(0).keyPreview())
                .as("Auto shows the bytes as always").isEqualTo("0x0020000000000001");
    }

    private static RegisteredSchema registered(String subject, SchemaType type, String schema) throws Exception {
        return client.schemaById(client.register(subject, type, schema, List.of()));
    }

    /** The first order as Avro's own writer encodes it, from a GenericRecord. */
    private static byte[] avroWrittenByAvro(RegisteredSchema registered) throws Exception {
        Schema schema = new Schema.Parser().parse(registered.schema());
        GenericRecord customer = new GenericData.Record(schema.getField("customer").schema());
        customer.put("name", "alice");
        customer.put("email", "alice@example.com");
        GenericRecord order = new GenericData.Record(schema);
        order.put("id", 1L);
        order.put("customer", customer);
        order.put("amount", java.nio.ByteBuffer.wrap(new java.math.BigDecimal("10.50").unscaledValue().toByteArray()));
        order.put("status", new GenericData.EnumSymbol(schema.getField("status").schema(), "PAID"));
        order.put("items", List.of("book", "pen"));
        order.put("tags", Map.of("gift", 1));
        order.put("placedAt", java.time.Instant.parse("2024-05-01T10:15:30Z").toEpochMilli());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new GenericDatumWriter<GenericRecord>(schema).write(order, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static <K> void send(String topic, Serializer<K> keys, List<K> keyList, List<byte[]> values) throws Exception {
        try (KafkaProducer<K, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestBroker.bootstrapServers()),
                keys, new ByteArraySerializer())) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, keyList.get(i), values.get(i))).get();
            }
        }
    }

    /** Reads {@code topic} from the start with the formats as a live run does, until {@code count} rows came. */
    private static List<RecordRow> read(String topic, RecordFormat key, RecordFormat value, int count) throws Exception {
        CollectingSink sink = new CollectingSink();
        LiveConsumer consumer = new LiveConsumer(new ConsumeRequest(access, topic, OptionalInt.empty(), new StartPosition.Earliest(),
                Optional.empty(), key, value), sink).start();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> sink.size() >= count);
            assertThat(consumer.status().state()).isEqualTo(LiveConsumer.State.RUNNING);
            return sink.rows();
        } finally {
            consumer.stop();
            assertThat(consumer.awaitStopped(Duration.ofSeconds(10))).isTrue();
        }
    }

    /** The whole decoded value, as the detail pane and export take it (the table's line is cut to 200 characters). */
    private static JsonNode decodedValue(RecordRow row) throws Exception {
        return new ObjectMapper().readTree(row.decoding().value(row.value()).text());
    }
}
