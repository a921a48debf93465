package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.SchemaCodec;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.RegistryException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Getting a run's values ready: the schema registered once under the topic's subject, or the run
 * refused in words. The registry is in memory here (its words come from the test); the registry
 * client and the real local registry have their own tests.
 */
class ValueSchemaSetupTest {

    private static final RecordTemplate ORDER = BuiltInTemplates.byId("order").orElseThrow();
    private static final ClusterAccess WITH_REGISTRY = ClusterAccess.plaintext("localhost:9092")
            .withRegistry(RegistryAccess.open("http://127.0.0.1:8081"));

    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final List<String> encoded = new ArrayList<>();
    /** Frames the JSON text as it is; refuses a value holding "bad", as a codec refuses what does not fit. */
    private final SchemaCodec codec = new SchemaCodec() {
        @Override
        public String toJson(RegisteredSchema schema, byte[] bytes, int payloadOffset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] fromJson(RegisteredSchema schema, String json, String messageName) throws FormatException {
            if (json.contains("bad")) {
                throw new FormatException("field “status”: “bad” is not one of the enum's symbols");
            }
            encoded.add(schema.subject() + "#" + schema.id() + "#" + messageName);
            return WireFormat.frame(schema.id(), json.getBytes(StandardCharsets.UTF_8));
        }
    };
    private final ValueSchemaSetup setup = new ValueSchemaSetup(access -> registry, registry -> type -> codec);

    @Test
    void jsonTextRegistersNothing() throws Exception {
        ValueSchemaSetup.Prepared prepared = setup.prepare(ValueSchemaPlan.JSON_TEXT, ClusterAccess.plaintext("x:1"), ORDER, Locale.US);
        assertThat(prepared.description()).isEmpty();
        assertThat(prepared.encoder().encode("{}".getBytes(StandardCharsets.UTF_8))).asString().isEqualTo("{}");
        assertThat(registry.registered).isEmpty();
    }

    @Test
    void theDerivedSchemaIsRegisteredOnceUnderTheTopicsSubjectAndFramesEveryValue() throws Exception {
        ValueSchemaPlan plan = new ValueSchemaPlan(ProducedValueFormat.AVRO_DERIVED, null, null, ValueSchemaPlan.valueSubject("orders"));
        ValueSchemaSetup.Prepared prepared = setup.prepare(plan, WITH_REGISTRY, ORDER, Locale.US);

        assertThat(registry.registered).hasSize(1);
        RegisteredSchema schema = registry.registered.get(0);
        assertThat(schema.subject()).isEqualTo("orders-value");
        assertThat(new Schema.Parser().parse(schema.schema()).getName()).isEqualTo("Order");
        assertThat(prepared.description()).isEqualTo("Avro, subject orders-value, schema id 1");

        byte[] bytes = prepared.encoder().encode("{\"orderId\": \"ORD-1\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(WireFormat.header(bytes)).get().extracting(WireFormat.Framed::schemaId).isEqualTo(1);
        prepared.encoder().encode("{}".getBytes(StandardCharsets.UTF_8));
        assertThat(encoded).containsExactly("orders-value#1#null", "orders-value#1#null");
        assertThat(registry.registered).as("encoding registers nothing more").hasSize(1);
        assertThatThrownBy(() -> prepared.encoder().encode("{\"status\": \"bad\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class).hasMessage("field “status”: “bad” is not one of the enum's symbols");
    }

    @Test
    void withoutARegistryTheRunIsRefusedInWords() {
        ValueSchemaPlan plan = new ValueSchemaPlan(ProducedValueFormat.AVRO_DERIVED, null, null, "orders-value");
        assertThatThrownBy(() -> setup.prepare(plan, ClusterAccess.plaintext("localhost:9092"), ORDER, Locale.US))
                .isInstanceOf(KafkaFailure.class)
                .hasMessage("this cluster has no schema registry: set one in its profile");
    }

    @Test
    void theRegistrysRefusalIsSaidWithItsOwnWords() {
        ValueSchemaPlan plan = new ValueSchemaPlan(ProducedValueFormat.JSON_SCHEMA_DERIVED, null, null, "orders-value");
        registry.refusal = new RegistryException("Schema being registered is incompatible with an earlier schema", 409,
                OptionalInt.of(409), null);
        assertThatThrownBy(() -> setup.prepare(plan, WITH_REGISTRY, ORDER, Locale.US))
                .hasMessage("the registry refused the schema as incompatible with the versions under “orders-value” "
                        + "(choose another topic, or change the subject's compatibility level): "
                        + "Schema being registered is incompatible with an earlier schema");

        registry.refusal = new RegistryException("Invalid schema: unexpected token", 422, OptionalInt.of(42201), null);
        assertThatThrownBy(() -> setup.prepare(plan, WITH_REGISTRY, ORDER, Locale.US))
                .hasMessage("the registry refused the JSON Schema as invalid: Invalid schema: unexpected token");

        registry.refusal = new RegistryException("no answer from http://127.0.0.1:8081");
        assertThatThrownBy(() -> setup.prepare(plan, WITH_REGISTRY, ORDER, Locale.US))
                .hasMessage("the schema could not be registered under “orders-value”: no answer from http://127.0.0.1:8081");
    }

    @Test
    void aProtobufFileIsReadCheckedAndItsMessageUsed(@TempDir Path dir) throws Exception {
        Path proto = Files.writeString(dir.resolve("orders.proto"), """
                syntax = "proto3";
                package shop;
                message Order { string id = 1; message Line { string sku = 1; } repeated Line lines = 2; }
                message Payment { string id = 1; }
                """);
        ValueSchemaPlan plan = new ValueSchemaPlan(ProducedValueFormat.PROTOBUF_FILE, proto, "Payment", "orders-value");
        ValueSchemaSetup.Prepared prepared = setup.prepare(plan, WITH_REGISTRY, ORDER, Locale.US);
        assertThat(registry.registered.get(0).schema()).isEqualTo(Files.readString(proto));
        prepared.encoder().encode("{\"id\": \"p\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(encoded).containsExactly("orders-value#1#Payment");

        ValueSchemaPlan missing = new ValueSchemaPlan(ProducedValueFormat.PROTOBUF_FILE, dir.resolve("nope.proto"), null, "orders-value");
        assertThatThrownBy(() -> setup.prepare(missing, WITH_REGISTRY, ORDER, Locale.US))
                .hasMessage("Schema file: no file at " + dir.resolve("nope.proto"));
    }
}
