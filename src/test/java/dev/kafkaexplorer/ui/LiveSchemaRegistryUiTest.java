package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.format.avro.AvroCodec;
import dev.kafkaexplorer.registry.RegisteredSchema;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The live table reading Avro records framed for a schema registry, as a user sees them: the app
 * started on the test broker with {@code --schema-registry} naming a local registry on that
 * broker, records encoded with the registered schema, one with an id the registry does not know
 * and one cut short. Auto reads the framed records by their schema and leaves the other two as
 * bytes; Avro chosen says why those two cannot be read; either way the stream goes on.
 */
class LiveSchemaRegistryUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final String ORDER_SCHEMA = """
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

    private static final FxRobot robot = new FxRobot();
    private static AppWithLocalRegistry app;

    @BeforeAll
    static void launch() throws Exception {
        app = AppWithLocalRegistry.launch("live-registry", robot);
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void avroRecordsShowDecodedWithTheirSchemaAndTheUnreadableOnesSayWhyWhileTheStreamGoesOn() throws Exception {
        String topic = TestBroker.createTopic("ui-avro", 1, Map.of());
        String subject = topic + "-value";
        SchemaRegistry client = app.client();
        int id = client.register(subject, SchemaType.AVRO, ORDER_SCHEMA, List.of());
        RegisteredSchema schema = client.schemaById(id);
        AvroCodec avro = new AvroCodec();
        byte[] alice = avro.fromJson(schema, order(1, "alice", "10.50"), null);
        byte[] bob = avro.fromJson(schema, order(2, "bob", "7.25"), null);
        byte[] unknownId = WireFormat.frame(777, Arrays.copyOfRange(bob, WireFormat.HEADER_BYTES, bob.length));
        byte[] cut = Arrays.copyOf(bob, bob.length - 6);
        byte[] carol = avro.fromJson(schema, order(4, "carol", "1234567.89"), null);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestBroker.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 5; i++) {
                byte[] value = List.of(alice, unknownId, cut, carol, bob).get(i);
                producer.send(new ProducerRecord<>(topic, ("order-" + (i + 1)).getBytes(StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }

        LiveTabDriver.showTopic(robot, topic);
        String schemaColumn = subject + " v1";

        // Auto, with the registry the app was started with: the framed records by their schema.
        LiveTabDriver.readFromEarliest(robot, 5);
        assertThat(cellText("liveValueColumn", 0)).contains("\"name\":\"alice\"").contains("\"status\":\"NEW\"").contains("10.50");
        assertThat(cellText("liveSchemaColumn", 0)).isEqualTo(schemaColumn);
        assertThat(cellText("liveValueColumn", 1)).as("Auto promises nothing: the bytes as always").startsWith("0x0000000309");
        assertThat(cellText("liveValueColumn", 3)).contains("\"name\":\"carol\"");
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);

        UiTestSupport.choose(robot, "#liveValueFormat", RecordFormat.AVRO.label());
        LiveTabDriver.readFromEarliest(robot, 5);
        assertThat(cellText("liveValueColumn", 0)).contains("\"name\":\"alice\"");
        assertThat(cellText("liveSchemaColumn", 0)).isEqualTo(schemaColumn);
        assertThat(cellText("liveValueColumn", 1)).isEqualTo("⚠ schema id 777 not found in the registry");
        assertThat(cellText("liveSchemaColumn", 1)).isEqualTo("777");
        assertThat(cellText("liveValueColumn", 2)).startsWith("⚠ ").contains("Avro data ends early");
        assertThat(cellText("liveValueColumn", 3)).as("later records still arrive").contains("\"name\":\"carol\"");
        assertThat(cellText("liveValueColumn", 4)).contains("\"name\":\"bob\"");
        assertThat(cellText("liveKeyColumn", 1)).isEqualTo("order-2");

        selectRow(0);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> detailValue().contains("alice"));
        JsonNode shown = new ObjectMapper().readTree(detailValue());
        assertThat(shown.get("customer").get("name").asText()).isEqualTo("alice");
        assertThat(shown.get("amount").decimalValue()).isEqualByComparingTo("10.50");
        assertThat(shown.get("items").size()).isEqualTo(2);
        assertThat(shown.get("placedAt").asText()).as("a readable date-time").startsWith("2024-05-01T");
        assertThat(textOf(robot, "#liveDetailSchema")).isEqualTo("Schema: subject " + subject + ", version 1, id " + id);
        assertThat(textOf(robot, "#liveDetailValueKind")).contains("Avro");
        assertThat(textOf(robot, "#liveDetailMeta")).contains("offset 0");
        // For a person to look at: the schema column and the decoded detail at the default size.
        onFx(() -> {
            robot.lookup("#mainTabs").query().getScene().getWindow().setWidth(1100);
            robot.lookup("#mainTabs").query().getScene().getWindow().setHeight(720);
            return null;
        });
        for (int i = 0; i < 3; i++) {
            onFx(() -> {
                robot.lookup("#mainTabs").query().getScene().getRoot().layout();
                return null;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        ScenePicture.write(onFx(() -> robot.lookup("#mainTabs").query().getScene().snapshot(null)),
                java.nio.file.Path.of("target", "screenshots", "live-avro-1100x720.png"));
        // Show schema opens the Schemas tab at the subject that decoded the record.
        robot.clickOn(robot.lookup("#liveShowSchema").queryAs(Hyperlink.class));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() -> subject.equals(
                robot.lookup("#subjectList").queryAs(javafx.scene.control.ListView.class).getSelectionModel().getSelectedItem())));
        assertThat(onFx(() -> robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().getSelectedItem().getId())).isEqualTo("schemasTab");
        awaitText(robot, "#subjectTitle", subject, 10);
        UiTestSupport.selectTab(robot, 2);

        selectRow(1);
        awaitText(robot, "#liveDetailMessage", "schema id 777 not found in the registry", 10);
        assertThat(textOf(robot, "#liveDetailMeta")).contains("offset 1");
        assertThat(detailValue()).as("its bytes").startsWith("00000000  00 00 00 03 09");
        assertThat(onFx(() -> robot.lookup("#liveDetailKey").queryAs(TextArea.class).getText())).isEqualTo("order-2");

        selectRow(2);
        awaitText(robot, "#liveDetailMessage", "Avro data ends early", 10);
        assertThat(textOf(robot, "#liveDetailMeta")).contains("offset 2");
        assertThat(detailValue()).startsWith("00000000  00");

        // The filter matches decoded text, which the bytes do not hold as written.
        UiTestSupport.type(robot, "#liveFilter", "\"name\":\"carol\"");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> LiveTabDriver.tableRows(robot) == 1);
        UiTestSupport.erase(robot, "#liveFilter");
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }

    private static String order(int id, String name, String amount) {
        return "{\"id\": " + id + ", \"customer\": {\"name\": \"" + name + "\", \"email\": \"" + name + "@example.com\"},"
                + " \"amount\": " + amount + ", \"status\": \"NEW\", \"items\": [\"book\", \"pen\"], \"tags\": {\"gift\": 1},"
                + " \"placedAt\": \"2024-05-01T10:15:30Z\"}";
    }

    private static void selectRow(int index) {
        onFx(() -> {
            robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().clearAndSelect(index);
            return null;
        });
    }

    private static String detailValue() {
        return onFx(() -> robot.lookup("#liveDetailValue").queryAs(TextArea.class).getText());
    }

    private static String cellText(String columnId, int index) {
        return LiveFormatsUiTest.cellText(columnId, index);
    }
}
