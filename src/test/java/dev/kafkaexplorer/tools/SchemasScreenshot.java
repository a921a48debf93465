package dev.kafkaexplorer.tools;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Shows the Schemas tab with a subject chosen (three Avro versions, a Protobuf and a JSON Schema
 * subject beside it) on a real display, and stays open for a screenshot. Not a test:
 *
 * <pre>../shared/tools/screenshot /tmp/schemas.png --size 1100x720 --wait 40 -- \
 *   java -cp target/test-classes:target/classes:CLASSPATH dev.kafkaexplorer.tools.SchemasScreenshot 1100x720 [compare|new|dark]</pre>
 */
public final class SchemasScreenshot {

    private static final FxRobot robot = new FxRobot();
    private static final String ORDER = """
            {"type": "record", "name": "Order", "namespace": "shop", "doc": "An order as the shop takes it",
             "fields": [
               {"name": "id", "type": {"type": "string", "logicalType": "uuid"}},
               {"name": "placed", "type": {"type": "long", "logicalType": "timestamp-millis"}},
               {"name": "total", "type": {"type": "bytes", "logicalType": "decimal", "precision": 12, "scale": 2}},
               {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID", "SHIPPED"]}},
               {"name": "lines", "type": {"type": "array", "items": {"type": "record", "name": "Line", "fields": [
                 {"name": "sku", "type": "string"}, {"name": "quantity", "type": "int"}]}}}%s
             ]}""";

    private SchemasScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        String[] size = (args.length > 0 ? args[0] : "1100x720").split("x");
        String view = args.length > 1 ? args[1] : "";
        String servers = TestBroker.bootstrapServers();
        LocalSchemaRegistry local = LocalSchemaRegistry.start(ClusterAccess.plaintext(servers));
        SchemaRegistry registry = SchemaRegistries.forAccess(RegistryAccess.open(local.url()));
        registry.register("orders-value", SchemaType.AVRO, ORDER.formatted(""), List.of());
        registry.register("orders-value", SchemaType.AVRO, ORDER.formatted(
                ",\n   {\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null}"), List.of());
        registry.register("orders-value", SchemaType.AVRO, ORDER.formatted(
                ",\n   {\"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null},"
                        + "\n   {\"name\": \"coupon\", \"type\": [\"null\", \"string\"], \"default\": null}"), List.of());
        registry.register("orders-key", SchemaType.AVRO, "\"string\"", List.of());
        registry.register("payments-value", SchemaType.PROTOBUF, """
                syntax = "proto3";
                package shop;

                // A payment for an order, in cents.
                message Payment {
                  string order_id = 1;
                  int64 cents = 2;
                  Method method = 3;
                  enum Method { CARD = 0; TRANSFER = 1; }
                }
                """, List.of());
        registry.register("customers-value", SchemaType.JSON, """
                {"$schema": "http://json-schema.org/draft-07/schema#", "title": "Customer", "type": "object",
                 "properties": {"id": {"type": "integer"}, "email": {"type": "string", "format": "email"}},
                 "required": ["id"]}""", List.of());

        Path config = Files.createTempDirectory("kafka-explorer-schemas-shot");
        Files.writeString(config.resolve("settings.json"), """
                {"ui": {"theme": "%s", "window": {"x": 0, "y": 0, "width": %s, "height": %s}}}
                """.formatted(view.equals("dark") ? "DARK" : "LIGHT", size[0], size[1]));
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(App.class, "--bootstrap-servers=" + servers, "--schema-registry=" + local.url(),
                "--config-dir=" + config);
        Awaitility.await().atMost(120, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#connectionStatus").queryAs(Labeled.class).getText().contains("Connected")));
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(5);
            return null;
        });
        Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#subjectList").queryAs(ListView.class).getItems().contains("orders-value")));
        onFx(() -> {
            robot.lookup("#subjectList").queryListView().getSelectionModel().select("orders-value");
            return null;
        });
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#schemaMeta").queryAs(Labeled.class).getText().startsWith("Version 3")));
        if (view.equals("compare") || view.equals("new")) {
            onFx(() -> {
                TabPane inner = robot.lookup("#schemaTabs").queryAs(TabPane.class);
                inner.getSelectionModel().select(view.equals("compare") ? 1 : 2);
                return null;
            });
            if (view.equals("compare")) {
                robot.clickOn("#compareButton");
            }
        }
        System.out.println("ready to be photographed");
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        System.exit(0);
    }
}
