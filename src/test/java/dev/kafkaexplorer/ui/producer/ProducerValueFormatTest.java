package dev.kafkaexplorer.ui.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.produce.InMemoryRegistry;
import dev.kafkaexplorer.kafka.produce.ProducedValueFormat;
import dev.kafkaexplorer.kafka.produce.ValueSchemaPlan;
import dev.kafkaexplorer.kafka.produce.ValueSchemaSetup;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.ReadOnlyProfiles;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter.Spec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The producer's value format as a user sees it, without the toolkit: the choice, the subject it
 * registers under, the schema file and message checked in words, Start refused without a registry
 * or when the registry refuses the schema.
 */
class ProducerValueFormatTest {

    private static final ClusterAccess NO_REGISTRY = ClusterAccess.plaintext("localhost:9092");
    private static final ClusterAccess REGISTRY = NO_REGISTRY.withRegistry(RegistryAccess.open("http://127.0.0.1:8081"));

    @TempDir
    Path dir;

    private final ManualTicks ticks = new ManualTicks();
    private final ObservableList<TopicSummary> topics = FXCollections.observableArrayList(
            new TopicSummary("orders", 3, 1, false), new TopicSummary("payments", 1, 1, false));
    private final List<Spec> started = new ArrayList<>();
    private ProducerRunStarter starter = spec -> {
        started.add(spec);
        throw new IllegalStateException("no broker in this test");
    };

    private ProducerViewModel model(ClusterAccess access) {
        ProducerViewModel model = new ProducerViewModel(ticks.runtime(), topics, () -> { }, spec -> starter.start(spec));
        model.clusterProperty().set(cluster(access));
        return model;
    }

    private static ProducerCluster cluster(ClusterAccess access) {
        return new ProducerCluster(access, 1, request -> CompletableFuture.completedFuture(null));
    }

    @Test
    void jsonTextIsTheDefaultAndTheSubjectFollowsTheTopic() {
        ProducerViewModel model = model(NO_REGISTRY);
        ValueEncoding values = model.values();
        assertThat(values.formatProperty().get()).isEqualTo(ProducedValueFormat.JSON_TEXT);
        assertThat(values.formats()).extracting(Object::toString).containsExactly("JSON text",
                "Avro from template", "Avro from .avsc file",
                "Protobuf from .proto file", "JSON Schema from template", "JSON Schema from file");
        assertThat(values.subjectProperty().get()).isEqualTo("orders-value");
        model.topicProperty().set(" payments ");
        assertThat(values.subjectProperty().get()).isEqualTo("payments-value");
        assertThat(model.startCommand().isExecutable()).isTrue();

        model.startCommand().execute();
        assertThat(started.get(0).values()).isEqualTo(ValueSchemaPlan.JSON_TEXT);
    }

    @Test
    void aRegistryFormatOnAClusterWithoutARegistryIsRefusedInWords() {
        ProducerViewModel model = model(NO_REGISTRY);
        model.values().formatProperty().set(ProducedValueFormat.AVRO_DERIVED);

        assertThat(model.values().registryErrorProperty().get())
                .isEqualTo("Value format: this cluster has no schema registry: set one in its profile");
        assertThat(model.formErrorProperty().get()).isEqualTo("Value format: this cluster has no schema registry: set one in its profile");
        assertThat(model.startCommand().isExecutable()).isFalse();

        model.clusterProperty().set(cluster(REGISTRY));
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();
        model.clusterProperty().set(cluster(NO_REGISTRY));
        model.values().formatProperty().set(ProducedValueFormat.JSON_TEXT);
        assertThat(model.formErrorProperty().get()).as("JSON text needs no registry").isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void theDerivedSchemaIsShownAndTheRunGetsItsPlan() {
        ProducerViewModel model = model(REGISTRY);
        model.templateProperty().set(model.templates().stream().filter(t -> "Order".equals(t.toString())).findFirst().orElseThrow());
        model.values().formatProperty().set(ProducedValueFormat.AVRO_DERIVED);

        assertThat(model.values().schemaTextProperty().get()).contains("\"name\" : \"Order\"", "\"name\" : \"items\"");
        model.startCommand().execute();
        assertThat(started.get(0).values()).isEqualTo(new ValueSchemaPlan(ProducedValueFormat.AVRO_DERIVED, null, null, "orders-value"));

        model.values().formatProperty().set(ProducedValueFormat.JSON_SCHEMA_DERIVED);
        assertThat(model.values().schemaTextProperty().get()).contains("\"$schema\" : \"http://json-schema.org/draft-07/schema#\"");
    }

    @Test
    void aTemplateWhoseFieldsAvroCannotNameIsRefusedForAvroOnly() {
        ProducerViewModel model = model(REGISTRY);
        model.templateProperty().set(TemplateChoice.CUSTOM);
        model.customJsonProperty().set("{\"first-name\": \"#{Name.firstName}\"}");
        ticks.advance(RecordSettings.PARSE_DELAY);
        model.values().formatProperty().set(ProducedValueFormat.AVRO_DERIVED);

        assertThat(model.formErrorProperty().get()).startsWith("Value format: Field “first-name” is not a valid Avro name");
        assertThat(model.startCommand().isExecutable()).isFalse();
        model.values().formatProperty().set(ProducedValueFormat.JSON_SCHEMA_DERIVED);
        assertThat(model.formErrorProperty().get()).isEmpty();
        assertThat(model.startCommand().isExecutable()).isTrue();
    }

    @Test
    void theSchemaFileIsCheckedOnceTypingPausesWithItsProblemInWords() throws Exception {
        ProducerViewModel model = model(REGISTRY);
        ValueEncoding values = model.values();
        values.formatProperty().set(ProducedValueFormat.AVRO_FILE);
        assertThat(values.fileErrorProperty().get()).isEqualTo("Schema file: choose the .avsc file holding the schema");
        assertThat(model.startCommand().isExecutable()).isFalse();

        Path missing = dir.resolve("order.avsc");
        values.fileProperty().set(missing.toString());
        assertThat(values.fileErrorProperty().get()).as("not while typing").isEmpty();
        assertThat(model.startCommand().isExecutable()).as("while the file is checked").isFalse();
        ticks.advance(ValueEncoding.CHECK_DELAY);
        assertThat(values.fileErrorProperty().get()).isEqualTo("Schema file: no file at " + missing);
        assertThat(model.formErrorProperty().get()).isEqualTo("Schema file: no file at " + missing);

        Files.writeString(missing, "{\"type\": \"record\", \"name\": \"Order\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}");
        values.fileProperty().set(missing + " ");
        ticks.advance(ValueEncoding.CHECK_DELAY);
        assertThat(values.fileErrorProperty().get()).isEmpty();
        assertThat(values.fileProperty().get()).as("kept as typed").isEqualTo(missing + " ");
        assertThat(values.schemaTextProperty().get()).contains("\"Order\"");
        assertThat(model.startCommand().isExecutable()).isTrue();
        model.startCommand().execute();
        assertThat(started.get(0).values()).isEqualTo(new ValueSchemaPlan(ProducedValueFormat.AVRO_FILE, missing, null, "orders-value"));
    }

    @Test
    void aProtobufMessageNameIsCheckedAgainstTheFile() throws Exception {
        Path proto = Files.writeString(dir.resolve("shop.proto"),
                "syntax = \"proto3\";\nmessage Order { string id = 1; }\nmessage Payment { string id = 1; }\n");
        ProducerViewModel model = model(REGISTRY);
        ValueEncoding values = model.values();
        values.formatProperty().set(ProducedValueFormat.PROTOBUF_FILE);
        values.fileProperty().set(proto.toString());
        ticks.advance(ValueEncoding.CHECK_DELAY);
        assertThat(model.formErrorProperty().get()).isEmpty();

        values.messageNameProperty().set("Pay ment");
        assertThat(values.messageErrorProperty().get()).isEqualTo("Message: “Pay ment” is not a message name (letters, digits, _ and dots)");
        assertThat(model.startCommand().isExecutable()).isFalse();
        values.messageNameProperty().set("Refund");
        ticks.advance(ValueEncoding.CHECK_DELAY);
        assertThat(values.messageErrorProperty().get()).isEqualTo("Message: no message “Refund” in shop.proto; it declares Order, Payment");
        assertThat(values.fileErrorProperty().get()).isEmpty();
        values.messageNameProperty().set("Payment");
        ticks.advance(ValueEncoding.CHECK_DELAY);
        assertThat(model.formErrorProperty().get()).isEmpty();
        model.startCommand().execute();
        assertThat(started.get(0).values().messageName()).isEqualTo("Payment");
    }

    @Test
    void theRegistrysRefusalStopsTheStartWithItsWords() {
        InMemoryRegistry registry = new InMemoryRegistry();
        registry.refusal = new RegistryException("Schema being registered is incompatible with an earlier schema", 409,
                OptionalInt.of(409), null);
        starter = ProducerRunStarter.withKafka(new ValueSchemaSetup(access -> registry, client -> type -> {
            throw new AssertionError("nothing is encoded when registering failed");
        }));
        ProducerViewModel model = model(REGISTRY);
        model.values().formatProperty().set(ProducedValueFormat.AVRO_DERIVED);
        model.startCommand().execute();

        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.runMessageProperty().get()).isEqualTo("Could not start: the registry refused the schema as "
                + "incompatible with the versions under “orders-value” (choose another topic, or change the subject's "
                + "compatibility level): Schema being registered is incompatible with an earlier schema");
        assertThat(model.startCommand().isExecutable()).as("free to try again").isTrue();
    }

    @Test
    void aReadOnlyProfileStillCannotStartWhateverTheFormat() {
        ProducerViewModel model = model(REGISTRY);
        model.clusterProperty().set(new ProducerCluster(REGISTRY, 1, r -> CompletableFuture.completedFuture(null),
                ReadOnlyProfiles.PRODUCTION));
        model.values().formatProperty().set(ProducedValueFormat.AVRO_DERIVED);
        assertThat(model.startCommand().isExecutable()).isFalse();
        assertThat(model.changeGuard().reason()).isEqualTo(ReadOnlyProfiles.REASON);
    }
}
