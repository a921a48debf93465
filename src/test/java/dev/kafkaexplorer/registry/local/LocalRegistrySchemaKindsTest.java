package dev.kafkaexplorer.registry.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.RecordDecoding;
import dev.kafkaexplorer.format.RecordDecodings;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.SchemaCodecs;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.registry.CompatibilityVerdict;
import dev.kafkaexplorer.registry.HttpSchemaRegistry;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaReference;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.testing.TestBroker;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Protobuf, JSON Schema and Avro (with their references) in the local registry, and two registries on one broker. */
class LocalRegistrySchemaKindsTest {

    static final String ORDERS_PROTO = """
            syntax = "proto3";
            package shop;

            message Customer {
              string name = 1;
            }

            message Order {
              string id = 1;
              int32 quantity = 2;
              Customer customer = 3;
            }
            """;

    private static LocalSchemaRegistry local;
    private static SchemaRegistry registry;

    @BeforeAll
    static void start() throws Exception {
        local = LocalSchemaRegistry.start(TestBroker.access());
        registry = new HttpSchemaRegistry(RegistryAccess.open(local.url()));
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Test
    void protobufIsParsedKeptAsGivenAndFoundAgainWhateverItsLayout() throws Exception {
        String subject = LocalSchemaRegistryTest.subject("proto");
        int id = registry.register(subject, SchemaType.PROTOBUF, ORDERS_PROTO, List.of());
        RegisteredSchema read = registry.schemaById(id);
        assertThat(read.type()).isEqualTo(SchemaType.PROTOBUF);
        assertThat(read.schema()).isEqualTo(ORDERS_PROTO.trim());
        assertThat(read.subject()).isEqualTo(subject);

        String relaid = "// the same file\n" + ORDERS_PROTO.replace("\n\n", "\n").replace("  ", "    ");
        assertThat(registry.register(subject, SchemaType.PROTOBUF, relaid, List.of())).isEqualTo(id);
        assertThat(registry.versions(subject)).containsExactly(1);
    }

    @Test
    void aProtobufFieldWhoseWireTypeChangesIsRefused() throws Exception {
        String subject = LocalSchemaRegistryTest.subject("proto-change");
        registry.register(subject, SchemaType.PROTOBUF, ORDERS_PROTO, List.of());
        String quantityAsText = ORDERS_PROTO.replace("int32 quantity = 2", "string quantity = 2");
        CompatibilityVerdict verdict = registry.checkCompatibility(subject, SchemaType.PROTOBUF, quantityAsText, List.of());
        assertThat(verdict.compatible()).isFalse();
        assertThat(verdict.reasons()).containsExactly("field 2 of message Order was int32 in version 1 and is string now:"
                + " the bytes of one cannot be read as the other");
        assertThatThrownBy(() -> registry.register(subject, SchemaType.PROTOBUF, quantityAsText, List.of()))
                .hasMessageStartingWith("the schema is incompatible with subject " + subject);

        String withNewField = ORDERS_PROTO.replace("Customer customer = 3;", "Customer customer = 3;\n  int64 placed_at = 4;");
        assertThat(registry.checkCompatibility(subject, SchemaType.PROTOBUF, withNewField, List.of()).compatible()).isTrue();
    }

    @Test
    void invalidProtobufAndJsonAreRefused() {
        assertThatThrownBy(() -> registry.register(LocalSchemaRegistryTest.subject("bad-proto"), SchemaType.PROTOBUF,
                "syntax = \"proto3\";\nmessage Order { string id = ; }", List.of()))
                .hasMessageStartingWith("the schema is not valid: Invalid schema: ");
        assertThatThrownBy(() -> registry.register(LocalSchemaRegistryTest.subject("bad-json"), SchemaType.JSON,
                "{\"type\": \"object\",", List.of()))
                .hasMessageStartingWith("the schema is not valid: Invalid schema: not JSON: ");
    }

    @Test
    void jsonSchemaIsKeptCompactAndARootTypeChangeIsIncompatible() throws Exception {
        String subject = LocalSchemaRegistryTest.subject("json");
        int id = registry.register(subject, SchemaType.JSON,
                "{\n  \"type\": \"object\",\n  \"properties\": {\"id\": {\"type\": \"string\"}}\n}", List.of());
        assertThat(registry.schemaById(id).schema()).isEqualTo("{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}");
        assertThat(registry.schemaById(id).type()).isEqualTo(SchemaType.JSON);

        CompatibilityVerdict verdict = registry.checkCompatibility(subject, SchemaType.JSON, "{\"type\":\"string\"}", List.of());
        assertThat(verdict.compatible()).isFalse();
        assertThat(verdict.reasons()).containsExactly("the root type changed from \"object\" in version 1 to \"string\"");
    }

    @Test
    void anAvroSchemaUsesTheNamedTypesOfItsReferences() throws Exception {
        String addresses = LocalSchemaRegistryTest.subject("address");
        String suffix = Long.toHexString(System.nanoTime());
        registry.register(addresses, SchemaType.AVRO, "{\"type\":\"record\",\"name\":\"Address" + suffix
                + "\",\"namespace\":\"shop\",\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}", List.of());
        String customer = "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"shop\",\"fields\":"
                + "[{\"name\":\"home\",\"type\":\"shop.Address" + suffix + "\"}]}";
        List<SchemaReference> refs = List.of(new SchemaReference("shop.Address" + suffix, addresses, 1));

        String subject = LocalSchemaRegistryTest.subject("customer");
        int id = registry.register(subject, SchemaType.AVRO, customer, refs);
        assertThat(registry.schemaById(id).references()).isEqualTo(refs);
        assertThat(registry.schemaById(id).schema()).isEqualTo(customer);

        assertThatThrownBy(() -> registry.register(LocalSchemaRegistryTest.subject("customer-alone"), SchemaType.AVRO, customer, List.of()))
                .hasMessageStartingWith("the schema is not valid: Invalid schema: ").hasMessageContaining("Address" + suffix);
    }

    @Test
    void aProtobufSchemaImportingAnotherSubjectIsKeptWithItsReferencesAndItsRecordsRead() throws Exception {
        String money = LocalSchemaRegistryTest.subject("acme-money");
        registry.register(money, SchemaType.PROTOBUF, """
                syntax = "proto3";
                package acme;
                message Money { string currency = 1; int64 units = 2; }
                """, List.of());
        String ordersText = """
                syntax = "proto3";
                package shop;
                import "acme/money.proto";
                message Order { string id = 1; acme.Money total = 2; }
                """;
        // As Confluent's serializer registers it: the reference's name is the import path, its subject the file's.
        List<SchemaReference> refs = List.of(new SchemaReference("acme/money.proto", money, 1));
        String orders = LocalSchemaRegistryTest.subject("proto-orders");
        int id = registry.register(orders, SchemaType.PROTOBUF, ordersText, refs);
        assertThat(registry.schemaById(id).references()).isEqualTo(refs);

        SchemaRegistry reading = SchemaRegistries.forAccess(RegistryAccess.open(local.url()));
        String json = "{\"id\":\"o-1\",\"total\":{\"currency\":\"EUR\",\"units\":\"1250\"}}";
        byte[] order = new SchemaCodecs(reading).forType(SchemaType.PROTOBUF).fromJson(reading.schemaById(id), json, null);
        for (RecordFormat format : List.of(RecordFormat.PROTOBUF, RecordFormat.AUTO)) {
            RecordDecoding decoding = RecordDecodings.of(RecordFormat.AUTO, format, reading);
            decoding.prepare(null, order);
            Decoded value = decoding.value(order);
            assertThat(value.text()).as(format.name()).isEqualTo(json);
            assertThat(value.schema()).isEqualTo(new SchemaRef(id, orders, 1));
        }
    }

    @Test
    void aProtobufReferenceToAVersionNotRegisteredIsRefused() {
        String subject = LocalSchemaRegistryTest.subject("proto-dangling");
        List<SchemaReference> refs = List.of(new SchemaReference("acme/none.proto", subject + "-none", 1));
        assertThatThrownBy(() -> registry.register(subject, SchemaType.PROTOBUF,
                "syntax = \"proto3\";\nimport \"acme/none.proto\";\nmessage M { acme.None n = 1; }", refs))
                .hasMessageStartingWith("the schema is not valid: Invalid schema: the reference acme/none.proto names "
                        + subject + "-none version 1, which is not registered");
    }

    @Test
    void aSecondRegistryOnTheBrokerSeesWhatTheFirstWrote() throws Exception {
        try (LocalSchemaRegistry second = LocalSchemaRegistry.start(TestBroker.access())) {
            SchemaRegistry other = new HttpSchemaRegistry(RegistryAccess.open(second.url()));
            String subject = LocalSchemaRegistryTest.subject("shared");
            int id = registry.register(subject, SchemaType.JSON, "{\"type\":\"object\",\"title\":\"" + subject + "\"}", List.of());
            // Each request reads the topic up to its end first: no wait for the other's reader.
            assertThat(other.schemaById(id).subject()).isEqualTo(subject);
            // and its next id follows the first's
            int next = other.register(LocalSchemaRegistryTest.subject("shared-next"), SchemaType.JSON,
                    "{\"type\":\"object\",\"title\":\"next " + subject + "\"}", List.of());
            assertThat(next).isEqualTo(id + 1);
        }
    }
}
