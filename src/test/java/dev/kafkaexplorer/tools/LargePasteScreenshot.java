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
 * that a screenshot can be taken. Not a test: run it by hand under the screenshot tool, e.g.
 *
 * <pre>../shared/tools/screenshot /tmp/paste.png --size 1100x720 --title 'Produce message' --wait 8 -- \
 *   java -cp target/test-classes:target/classes:CLASSPATH dev.kafkaexplorer.tools.LargePasteScreenshot</pre>
 */
public final class LargePasteScreenshot {

    private static final FxRobot robot = new FxRobot();

    private LargePasteScreenshot() {
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
