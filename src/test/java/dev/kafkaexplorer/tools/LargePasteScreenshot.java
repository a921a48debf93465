package dev.kafkaexplorer.tools;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.TopicSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Shows the produce-one-message dialog after a 20 MB paste, on a real display, and stays open so
 * that a screenshot can be taken; with the argument {@code detail}, the live table's detail pane
 * showing a 3 MB record instead. Not a test: run it by hand under the screenshot tool, e.g.
 *
 * <pre>../shared/tools/screenshot /tmp/paste.png --size 1100x720 --title 'Produce message' --wait 8 -- \
 *   java -cp target/test-classes:target/classes:CLASSPATH dev.kafkaexplorer.tools.LargePasteScreenshot</pre>
 */
public final class LargePasteScreenshot {

    private static final FxRobot robot = new FxRobot();

    private LargePasteScreenshot() {
    }

    /** Sends a 3 MB record with a producer of its own, then selects it in the live table. */
    @SuppressWarnings("unchecked")
    private static void showLargeDetail() throws Exception {
        String servers = onFx(() -> robot.lookup("#bootstrapServers .text-field").queryAs(javafx.scene.control.TextField.class).getText());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(java.util.Map.of("bootstrap.servers", servers));
             var producer = new org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]>(java.util.Map.of(
                     "bootstrap.servers", servers, "max.request.size", 8 * 1024 * 1024),
                     new org.apache.kafka.common.serialization.ByteArraySerializer(),
                     new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            admin.createTopics(java.util.List.of(new org.apache.kafka.clients.admin.NewTopic("big-records", 1, (short) 1)
                    .configs(java.util.Map.of("max.message.bytes", String.valueOf(8 * 1024 * 1024))))).all().get();
            String json = "{\"event\": \"bulk-import\", \"rows\": [" + "{\"id\": 1, \"name\": \"Ada\"}, ".repeat(3 * 1024 * 1024 / 26) + "{}]}";
            producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("big-records", "import-1".getBytes(),
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8))).get();
        }
        robot.clickOn("#refreshTopicsButton");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> ((TableView<TopicSummary>)
                robot.lookup("#topicTable").queryAs(TableView.class)).getItems().stream().anyMatch(t -> t.name().equals("big-records"))));
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2);
            return null;
        });
        Thread.sleep(1500);
        onFx(() -> {
            robot.lookup("#liveTopic .text-field").queryAs(javafx.scene.control.TextField.class).setText("big-records");
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(dev.kafkaexplorer.ui.live.StartChoice.EARLIEST);
            return null;
        });
        robot.clickOn("#liveStart");
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() ->
                !robot.lookup("#liveTable").queryAs(TableView.class).getItems().isEmpty()));
        onFx(() -> {
            robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().select(0);
            return null;
        });
        System.out.println("detail shown; waiting to be photographed");
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        Path config = Files.createTempDirectory("kafka-explorer-paste-shot");
        Files.writeString(config.resolve("settings.json"), """
                {"ui": {"theme": "LIGHT", "window": {"x": 0, "y": 0, "width": 1100, "height": 720}}}
                """);
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + config);
        Awaitility.await().atMost(120, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#connectionStatus").queryAs(Labeled.class).getText().contains("Connected")));
        onFx(() -> {
            robot.lookup("#createTopicButton").queryAs(ButtonBase.class).fire();
            return null;
        });
        robot.clickOn("#topicName").write("payloads");
        robot.clickOn("#createTopicConfirm");
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            table.getItems().stream().filter(t -> t.name().equals("payloads")).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
            return table.getSelectionModel().getSelectedItem() != null;
        }));
        if (args.length > 0 && args[0].equals("detail")) {
            showLargeDetail();
        }
        robot.clickOn("#produceMessageButton");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> robot.lookup("#sendValue").tryQuery().isPresent());
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("{\"event\": \"bulk-import\", \"rows\": [" + "{\"id\": 1, \"name\": \"Ada\"}, ".repeat(20 * 1024 * 1024 / 26)
                    + "{}]}");
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        robot.clickOn("#sendValue");
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        System.out.println("pasted; waiting to be photographed");
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        FxToolkit.cleanupApplication(app);
        App.awaitShutdown(java.time.Duration.ofSeconds(10));
        System.exit(0);
    }
}
