package dev.kafkaexplorer.ui.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.format.SchemaCodecs;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.format.avro.AvroCodec;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.produce.SingleRecordSender;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.ManualTicks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * "JSON encoded with a subject's schema" against the real broker and the local registry: the
 * subject's latest schema writes the typed JSON, a value that does not fit is refused in the Avro
 * codec's (or the JSON Schema validator's) words, and what reaches the broker is framed with the
 * schema's id and reads back.
 */
class SendWithSchemaRegistryTest {

    private static final String ORDER = """
            {"type": "record", "name": "Order", "fields": [
              {"name": "id", "type": "long"}, {"name": "note", "type": ["null", "string"], "default": null}]}""";

    @Test
    void theTypedJsonIsSentAsWrittenWithTheTopicsSubjectsLatestSchema() throws Exception {
        String topic = TestBroker.createTopic("send-avro", 1);
        String subject = topic + "-value";
        try (LocalSchemaRegistry local = LocalSchemaRegistry.start(ClusterAccess.plaintext(TestBroker.bootstrapServers()));
             SingleRecordSender sender = new SingleRecordSender(TestBroker.access(), Duration.ofSeconds(10));
             Admin admin = TestBroker.admin()) {
            SchemaRegistry registry = SchemaRegistries.forAccess(RegistryAccess.open(local.url()));
            int id = registry.register(subject, SchemaType.AVRO, ORDER, List.of());
            SendRecordViewModel model = new SendRecordViewModel(new ManualTicks().runtime(), Map.of(topic, 1), topic,
                    SendChannel.over(sender, admin), ChangeGuard.none(), SchemaSource.of(registry, new SchemaCodecs(registry)::forType));

            model.valueProperty().set("{\"id\": \"forty-two\"}");
            model.valueFormatProperty().set(ValueFormat.SCHEMA);
            assertThat(model.schemaValue().subject.get()).isEqualTo(subject);
            assertThat(model.schemaValue().schemaInfo.get()).isEqualTo("Avro, version 1, schema id " + id);
            assertThat(model.valueErrorProperty().get()).startsWith("Does not fit “" + subject + "” version 1: id");
            assertThat(model.canSendProperty().get()).isFalse();

            model.valueProperty().set("{\"id\": 42}");
            assertThat(model.valueErrorProperty().get()).isEmpty();
            Awaitility.await().until(() -> model.canSendProperty().get());
            model.send();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !model.resultProperty().get().isEmpty());
            assertThat(model.resultProperty().get()).startsWith("Sent to " + topic + ": partition 0, offset 0");

            List<ConsumerRecord<byte[], byte[]>> records = TestBroker.readAll(topic, 1);
            assertThat(records).hasSize(1);
            byte[] value = records.get(0).value();
            assertThat(WireFormat.header(value).orElseThrow().schemaId()).isEqualTo(id);
            RegisteredSchema schema = registry.schemaById(id);
            assertThat(new ObjectMapper().readTree(new AvroCodec().toJson(schema, value, WireFormat.HEADER_BYTES)))
                    .isEqualTo(new ObjectMapper().readTree("{\"id\": 42, \"note\": null}"));
            model.close();
        }
    }

    @Test
    void aJsonSchemaValueThatDoesNotFitIsRefusedAndOneThatFitsIsSent() throws Exception {
        String topic = TestBroker.createTopic("send-json-schema", 1);
        String subject = topic + "-value";
        try (LocalSchemaRegistry local = LocalSchemaRegistry.start(ClusterAccess.plaintext(TestBroker.bootstrapServers()));
             SingleRecordSender sender = new SingleRecordSender(TestBroker.access(), Duration.ofSeconds(10));
             Admin admin = TestBroker.admin()) {
            SchemaRegistry registry = SchemaRegistries.forAccess(RegistryAccess.open(local.url()));
            int id = registry.register(subject, SchemaType.JSON, """
                    {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"],
                     "additionalProperties": false}""", List.of());
            SendRecordViewModel model = new SendRecordViewModel(new ManualTicks().runtime(), Map.of(topic, 1), topic,
                    SendChannel.over(sender, admin), ChangeGuard.none(), SchemaSource.of(registry, new SchemaCodecs(registry)::forType));

            model.valueProperty().set("{\"id\": 42, \"note\": \"x\"}");
            model.valueFormatProperty().set(ValueFormat.SCHEMA);
            assertThat(model.schemaValue().schemaInfo.get()).isEqualTo("JSON Schema, version 1, schema id " + id);
            Awaitility.await().until(() -> !model.valueErrorProperty().get().isEmpty());
            assertThat(model.valueErrorProperty().get()).isEqualTo("Does not fit “" + subject + "” version 1: $: property 'note'"
                    + " is not defined in the schema and the schema does not allow additional properties");
            assertThat(model.canSendProperty().get()).isFalse();

            model.valueProperty().set("{\"id\": 42}");
            Awaitility.await().until(() -> model.canSendProperty().get());
            model.send();
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !model.resultProperty().get().isEmpty());
            assertThat(model.resultProperty().get()).startsWith("Sent to " + topic + ": partition 0, offset 0");
            byte[] value = TestBroker.readAll(topic, 1).get(0).value();
            assertThat(WireFormat.header(value).orElseThrow().schemaId()).isEqualTo(id);
            assertThat(new JsonSchemaCodec().toJson(registry.schemaById(id), value, WireFormat.HEADER_BYTES)).isEqualTo("{\"id\":42}");
            model.close();
        }
    }
}
