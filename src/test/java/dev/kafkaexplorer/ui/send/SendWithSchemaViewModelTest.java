package dev.kafkaexplorer.ui.send;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.format.jsonschema.JsonSchemaCodec;
import dev.kafkaexplorer.kafka.produce.OneRecord;
import dev.kafkaexplorer.kafka.produce.SentRecord;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.ui.common.ChangeGuard;
import dev.kafkaexplorer.ui.common.ManualTicks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * "JSON encoded with a subject's schema" in the produce-one-message dialog, without the toolkit:
 * the subjects, the topic's own chosen first, the value written with the latest schema, and the
 * refusals in words. The registry here is in memory; the real one is tested in {@code SendWithSchemaRegistryTest}.
 */
class SendWithSchemaViewModelTest {

    private final List<OneRecord> sent = new ArrayList<>();
    private final List<String> subjects = new ArrayList<>(List.of("audit-value", "orders-value"));
    private RegistryException listingFailure;

    private final SendChannel channel = new SendChannel() {
        @Override
        public CompletableFuture<SentRecord> send(OneRecord record, int maxRequestSize) {
            sent.add(record);
            return CompletableFuture.completedFuture(new SentRecord(record.topic(), 0, sent.size() - 1, 0));
        }

        @Override
        public int maxRequestSize() {
            return 1_048_576;
        }

        @Override
        public CompletionStage<Integer> topicMaxMessageBytes(String topic) {
            return CompletableFuture.completedFuture(1_048_588);
        }

        @Override
        public void close() {
        }
    };

    /** Version 3 of every subject is schema id 7 (orders) or 8; a value without "id" does not fit. */
    private final SchemaSource registry = new SchemaSource() {
        @Override
        public List<String> subjects() throws RegistryException {
            if (listingFailure != null) {
                throw listingFailure;
            }
            return List.copyOf(subjects);
        }

        @Override
        public RegisteredSchema latest(String subject) {
            return new RegisteredSchema(subject.startsWith("orders") ? 7 : 8, subject, 3, SchemaType.AVRO,
                    "{\"type\": \"record\", \"name\": \"R\", \"fields\": [{\"name\": \"id\", \"type\": \"long\"}]}", List.of());
        }

        @Override
        public byte[] encode(RegisteredSchema schema, String json) throws FormatException {
            if (!json.contains("\"id\"")) {
                throw new FormatException("field “id” is missing and has no default");
            }
            return WireFormat.frame(schema.id(), json.getBytes(StandardCharsets.UTF_8));
        }
    };

    private SendRecordViewModel dialog(String topic, SchemaSource schemas) {
        return new SendRecordViewModel(new ManualTicks().runtime(), Map.of("orders", 3, "audit", 1, "logs", 1), topic,
                channel, ChangeGuard.none(), schemas);
    }

    @Test
    void theTopicsSubjectIsChosenAndTheValueIsSentAsWrittenWithItsLatestSchema() {
        SendRecordViewModel model = dialog("orders", registry);
        model.valueProperty().set("{\"id\": 42}");
        model.valueFormatProperty().set(ValueFormat.SCHEMA);
        SchemaValue schema = model.schemaValue();

        assertThat(schema.subjects).containsExactly("audit-value", "orders-value");
        assertThat(schema.subject.get()).isEqualTo("orders-value");
        assertThat(schema.schemaInfo.get()).isEqualTo("Avro, version 3, schema id 7");
        assertThat(schema.subjectError.get()).isEmpty();
        assertThat(model.valueErrorProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();

        model.send();
        byte[] value = sent.get(0).value();
        assertThat(WireFormat.header(value)).get().extracting(WireFormat.Framed::schemaId).isEqualTo(7);
        assertThat(new String(value, 5, value.length - 5, StandardCharsets.UTF_8)).isEqualTo("{\"id\": 42}");

        schema.subject.set("audit-value");
        assertThat(schema.schemaInfo.get()).isEqualTo("Avro, version 3, schema id 8");
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void aValueThatDoesNotFitIsRefusedInWordsAndNothingIsSent() {
        SendRecordViewModel model = dialog("orders", registry);
        model.valueFormatProperty().set(ValueFormat.SCHEMA);
        model.valueProperty().set("{\"name\": \"x\"}");

        assertThat(model.valueErrorProperty().get())
                .isEqualTo("Does not fit “orders-value” version 3: field “id” is missing and has no default");
        assertThat(model.canSendProperty().get()).isFalse();
        model.valueProperty().set("{\"id\": ");
        assertThat(model.valueErrorProperty().get()).as("not JSON at all: said first").startsWith("Not valid JSON at line 1");
        assertThat(model.canSendProperty().get()).isFalse();
        model.valueProperty().set("{\"id\": 1}");
        assertThat(model.valueErrorProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();

        model.valueFormatProperty().set(ValueFormat.TEXT);
        model.valueProperty().set("{\"name\": \"x\"}");
        assertThat(model.valueErrorProperty().get()).as("text needs no schema").isEmpty();
        model.send();
        assertThat(sent.get(0).value()).asString(StandardCharsets.UTF_8).isEqualTo("{\"name\": \"x\"}");
    }

    @Test
    void aJsonSchemaValueThatDoesNotFitIsRefusedInTheValidatorsWordsAndNothingIsSent() {
        RegisteredSchema order = new RegisteredSchema(11, "orders-value", 2, SchemaType.JSON, """
                {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}""", List.of());
        JsonSchemaCodec codec = new JsonSchemaCodec();
        SchemaSource jsonSchemas = new SchemaSource() {
            @Override
            public List<String> subjects() {
                return List.of("orders-value");
            }

            @Override
            public RegisteredSchema latest(String subject) {
                return order;
            }

            @Override
            public byte[] encode(RegisteredSchema schema, String json) throws FormatException {
                return codec.fromJson(schema, json, null);
            }
        };
        SendRecordViewModel model = dialog("orders", jsonSchemas);
        model.valueFormatProperty().set(ValueFormat.SCHEMA);
        model.valueProperty().set("{\"id\": \"forty-two\"}");

        assertThat(model.schemaValue().schemaInfo.get()).isEqualTo("JSON Schema, version 2, schema id 11");
        assertThat(model.valueErrorProperty().get())
                .isEqualTo("Does not fit “orders-value” version 2: $.id: string found, integer expected");
        assertThat(model.canSendProperty().get()).isFalse();
        model.valueProperty().set("{\"name\": \"x\"}");
        assertThat(model.valueErrorProperty().get())
                .isEqualTo("Does not fit “orders-value” version 2: $: required property 'id' not found");
        assertThat(model.canSendProperty().get()).isFalse();

        model.valueProperty().set("{\"id\": 42}");
        assertThat(model.valueErrorProperty().get()).isEmpty();
        assertThat(model.canSendProperty().get()).isTrue();
        model.send();
        assertThat(sent).hasSize(1);
        assertThat(WireFormat.header(sent.get(0).value())).get().extracting(WireFormat.Framed::schemaId).isEqualTo(11);
    }

    @Test
    void aTopicWithoutItsOwnSubjectAsksForOne() {
        SendRecordViewModel model = dialog("logs", registry);
        model.valueProperty().set("{\"id\": 1}");
        model.valueFormatProperty().set(ValueFormat.SCHEMA);

        assertThat(model.schemaValue().subject.get()).isEmpty();
        assertThat(model.schemaValue().subjectError.get()).isEqualTo("Choose a subject");
        assertThat(model.canSendProperty().get()).isFalse();
        model.schemaValue().subject.set("orders-value");
        assertThat(model.canSendProperty().get()).isTrue();
    }

    @Test
    void withoutARegistryOrWithAnEmptyOneTheDialogSaysSo() {
        SendRecordViewModel none = dialog("orders", null);
        none.valueProperty().set("{\"id\": 1}");
        none.valueFormatProperty().set(ValueFormat.SCHEMA);
        assertThat(none.schemaValue().subjectError.get()).isEqualTo("This cluster has no schema registry: set one in its profile");
        assertThat(none.canSendProperty().get()).isFalse();

        subjects.clear();
        SendRecordViewModel empty = dialog("orders", registry);
        empty.valueFormatProperty().set(ValueFormat.SCHEMA);
        assertThat(empty.schemaValue().subjectError.get())
                .isEqualTo("The registry has no subjects yet: register a schema first (Schemas tab)");

        listingFailure = new RegistryException("no answer from http://127.0.0.1:8081 within 10 s");
        SendRecordViewModel down = dialog("orders", registry);
        down.valueFormatProperty().set(ValueFormat.SCHEMA);
        assertThat(down.schemaValue().subjectError.get())
                .isEqualTo("The registry's subjects were not read: no answer from http://127.0.0.1:8081 within 10 s");
        assertThat(down.canSendProperty().get()).isFalse();
    }
}
