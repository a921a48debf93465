package dev.kafkaexplorer.tools;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.TopicSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Shows the notifications list after a few things were done, or with the argument {@code groups}
 * a refused consumer-group delete, on a real display, and stays open for a screenshot. Not a test:
 *
 * <pre>../shared/tools/screenshot /tmp/notes.png --size 1100x720 --wait 60 -- \
 *   java -cp target/test-classes:target/classes:CLASSPATH dev.kafkaexplorer.tools.NotesScreenshot [groups]</pre>
 */
public final class NotesScreenshot {

    private static final FxRobot robot = new FxRobot();

    private NotesScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        Path config = Files.createTempDirectory("kafka-explorer-notes-shot");
        Files.writeString(config.resolve("settings.json"), """
                {"ui": {"theme": "LIGHT", "window": {"x": 0, "y": 0, "width": 1100, "height": 720}}}
                """);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + config);
        Awaitility.await().atMost(120, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#connectionStatus").queryAs(Labeled.class).getText().contains("Connected")));
        createTopic("orders");
        createTopic("payments");
        if (args.length > 0 && args[0].equals("groups")) {
            showRefusedDelete();
        } else {
            robot.clickOn("#notificationsButton");
        }
        System.out.println("ready to be photographed");
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    private static void createTopic(String name) {
        onFx(() -> {
            robot.lookup("#createTopicButton").queryAs(ButtonBase.class).fire();
            return null;
        });
        robot.clickOn("#topicName").write(name);
        robot.clickOn("#createTopicConfirm");
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() -> ((TableView<TopicSummary>)
                robot.lookup("#topicTable").queryAs(TableView.class)).getItems().stream().anyMatch(t -> t.name().equals(name))));
    }

    @SuppressWarnings("unchecked")
    private static void showRefusedDelete() throws Exception {
        String servers = onFx(() -> robot.lookup("#bootstrapServers .text-field").queryAs(javafx.scene.control.TextField.class).getText());
        String group = "billing-service";
        java.util.concurrent.CountDownLatch joined = new java.util.concurrent.CountDownLatch(1);
        Thread member = new Thread(() -> {
            try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<byte[], byte[]>(Map.of(
                    "bootstrap.servers", servers, "group.id", group),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
                consumer.subscribe(java.util.List.of("orders"));
                while (true) {
                    consumer.poll(Duration.ofMillis(200));
                    if (!consumer.assignment().isEmpty()) {
                        joined.countDown();
                    }
                }
            }
        }, "screenshot-group-member");
        member.setDaemon(true);
        member.start();
        joined.await(60, TimeUnit.SECONDS);
        onFx(() -> {
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(3);
            return null;
        });
        Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).until(() -> onFx(() -> {
            TableView<GroupSummary> table = robot.lookup("#groupTable").queryAs(TableView.class);
            robot.lookup("#groupRefresh").queryAs(Button.class).fire();
            table.getItems().stream().filter(g -> g.groupId().equals(group)).findFirst().ifPresent(g -> table.getSelectionModel().select(g));
            return table.getSelectionModel().getSelectedItem() != null;
        }));
        robot.clickOn("#groupDelete");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton());
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() ->
                !robot.lookup("#groupDeleteRefusal").queryAs(Labeled.class).getText().isEmpty()));
    }
}
