package dev.kafkaexplorer.tools;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Writes the README's screenshots from the real app on a real display (Xvfb will do), in the light
 * or the dark theme. Not a test: run it by hand, see README "Screenshots".
 *
 * <pre>Xvfb :95 -screen 0 1280x800x24 &amp;
 * DISPLAY=:95 java -cp target/test-classes:target/classes:CLASSPATH dev.kafkaexplorer.tools.ReadmeScreenshots docs dark [1440x900]</pre>
 *
 * Shots are taken with ImageMagick's {@code import}, cropped to the window at the screen's top left.
 */
public final class ReadmeScreenshots {

    private static int WIDTH = 1100;
    private static int HEIGHT = 720;
    private static final FxRobot robot = new FxRobot();

    private ReadmeScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        boolean dark = args.length > 1 && args[1].equals("dark");
        String suffix = dark ? "-dark" : "";
        if (args.length > 2) {
            // A review at another window size: "1440x900" writes every shot at that size, named with it.
            String[] size = args[2].split("x");
            WIDTH = Integer.parseInt(size[0]);
            HEIGHT = Integer.parseInt(size[1]);
            suffix += "-" + args[2];
        }
        Path config = Files.createTempDirectory("kafka-explorer-screens");
        Files.writeString(config.resolve("settings.json"), """
                {"ui": {"theme": "%s", "window": {"x": 0, "y": 0, "width": %d, "height": %d}}}
                """.formatted(dark ? "DARK" : "LIGHT", WIDTH, HEIGHT));
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + config);
        await(() -> text("#connectionStatus").contains("Connected"), 90);
        pause(1000);
        shot(out.resolve("topics-empty" + suffix + ".png"));
        select("liveTab");
        shot(out.resolve("live-empty" + suffix + ".png"));
        select("topicsTab");

        createTopics(onFx(() -> robot.lookup("#bootstrapServers").queryAs(ComboBox.class).getEditor().getText()));
        press("#refreshTopicsButton");
        await(() -> onFx(() -> robot.lookup("#topicTable").queryAs(TableView.class).getItems().size()) >= 4, 20);
        fx(() -> robot.lookup("#topicTable").queryAs(TableView.class).getSelectionModel().select(1));
        shot(out.resolve("main-window" + suffix + ".png"));

        press("#createTopicButton");
        await(() -> robot.lookup("#topicName").tryQuery().isPresent(), 10);
        setText("#topicName", "orders.v2");
        pause(800);
        shot(out.resolve("create-topic" + suffix + ".png"));
        press("#createTopicCancel");

        select("producerTab");
        fx(() -> robot.lookup("#producerTopic").queryAs(ComboBox.class).getEditor().setText("user-signups"));
        setText("#producerRate", "2000");
        press("#producerStart");
        pause(9000);
        shot(out.resolve("producer" + suffix + ".png"));

        select("liveTab");
        fx(() -> robot.lookup("#liveTopic").queryAs(ComboBox.class).getEditor().setText("user-signups"));
        fx(() -> robot.lookup("#liveStartFrom").queryAs(ComboBox.class).setValue(StartChoice.LATEST));
        press("#liveStart");
        pause(4000);
        fx(() -> robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().select(5));
        pause(1500);
        shot(out.resolve("live" + suffix + ".png"));
        press("#liveStart");
        press("#producerStop");
        pause(2500);
        shot(out.resolve("live-stopped" + suffix + ".png"));
        select("groupsTab");
        pause(1500);
        shot(out.resolve("groups" + suffix + ".png"));
        select("clusterTab");
        pause(2500);
        shot(out.resolve("cluster" + suffix + ".png"));

        fx(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "aboutItem".equals(i.getId()))
                .findFirst().orElseThrow().fire());
        pause(800);
        shot(out.resolve("about" + suffix + ".png"));

        FxToolkit.cleanupApplication(app);
        App.awaitShutdown(java.time.Duration.ofSeconds(10));
        System.exit(0);
    }

    private static void createTopics(String servers) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic("orders", 6, (short) 1), new NewTopic("page-views", 3, (short) 1),
                    new NewTopic("payments", 1, (short) 1), new NewTopic("user-signups", 3, (short) 1)
                            .configs(Map.of("retention.ms", "86400000")))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void fx(Runnable action) {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static void select(String tabId) {
        onFx(() -> {
            var tabs = robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class);
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
            return null;
        });
        pause(500);
    }

    private static void press(String query) {
        onFx(() -> {
            robot.lookup(query).queryAs(ButtonBase.class).fire();
            return null;
        });
    }

    private static void setText(String query, String text) {
        onFx(() -> {
            robot.lookup(query).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private static String text(String query) {
        return onFx(() -> robot.lookup(query).queryAs(Labeled.class).getText());
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition, int seconds) {
        Awaitility.await().atMost(seconds, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(condition);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shot(Path file) throws IOException, InterruptedException {
        pause(400);
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", WIDTH + "x" + HEIGHT + "+0+0", "+repage",
                file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("import failed for " + file);
        }
        System.out.println("wrote " + file);
    }
}
