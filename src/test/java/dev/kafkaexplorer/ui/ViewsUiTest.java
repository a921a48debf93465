package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * View → Producer and Live side by side, and Help → Keyboard shortcuts, as a user drives them on
 * the default 1100×720 window. Pictures go to target/screenshots.
 */
class ViewsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static final Path PICTURES = Path.of("target", "screenshots");
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        Path configDir = Files.createTempDirectory("kafka-explorer-views");
        Files.writeString(configDir.resolve("settings.json"),
                "{\"ui\": {\"window\": {\"x\": 0, \"y\": 0, \"width\": 1100, \"height\": 720}}}");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(dev.kafkaexplorer.App.class,
                "--bootstrap-servers=" + TestBroker.bootstrapServers(), "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void theProducerAndTheLiveTableRunSideBySideAndKeepRunningBackInTheirTabs() throws Exception {
        String topic = TestBroker.createTopic("side-by-side", 2);
        // Made outside the app: the topic list learns of it on a refresh.
        selectTab(0);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> onFx(() -> {
            robot.lookup("#refreshTopicsButton").queryButton().fire();
            return robot.lookup("#topicTable").queryAs(TableView.class).getItems().stream()
                    .anyMatch(row -> row.toString().contains(topic));
        }));
        selectTab(1);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(() -> ((CheckMenuItem) menuItem("sideBySideItem")).isSelected())).isTrue();
        assertThat(onScreen("#producerStart")).isTrue();
        assertThat(onScreen("#liveTable")).isTrue();
        assertThat(onScreen("#liveStart")).isTrue();

        // Both started while side by side, each from its own half.
        setText("#liveTopic", topic);
        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(StartChoice.EARLIEST);
            return null;
        });
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStatus", "Reading", 20);
        setText("#producerTopic", topic);
        UiTestSupport.type(robot, "#producerRate", "200");
        // Its Start may be scrolled below the half's edge at 720 px: the shortcut starts it wherever it is.
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        awaitText(robot, "#producerRunMessage", "Streaming to", 20);
        awaitRising("#producerAcked");
        awaitRising("#liveCount");
        // The run's figures in view above the live table's rows, though the form was scrolled to Start.
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onScreen("#producerAcked")
                && topInside("#producerAcked", "#sideBySideProducer"));
        assertThat(onScreen("#liveTable")).isTrue();
        picture("side-by-side-1100x720.png");

        // The same at 1440×900: both halves still whole.
        onFx(() -> {
            Stage stage = stage();
            stage.setWidth(1440);
            stage.setHeight(900);
            return null;
        });
        awaitRising("#liveCount");
        assertThat(onScreen("#producerStop")).isTrue();
        assertThat(onScreen("#liveTable")).isTrue();
        picture("side-by-side-1440x900.png");
        onFx(() -> {
            Stage stage = stage();
            stage.setWidth(1100);
            stage.setHeight(720);
            return null;
        });

        // Back to tabs: the run and the live table go on, each in its own tab.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(onFx(() -> ((CheckMenuItem) menuItem("sideBySideItem")).isSelected())).isFalse();
        selectTab(1);
        assertThat(onScreen("#producerStop")).isTrue();
        assertThat(onScreen("#liveTable")).as("the live table is in its own tab again").isFalse();
        assertThat(isDisabled(robot, "#producerStop")).as("the run is still going").isFalse();
        awaitRising("#producerAcked");
        selectTab(2);
        assertThat(onScreen("#liveTable")).isTrue();
        assertThat(onScreen("#producerStart")).isFalse();
        awaitRising("#liveCount");
        assertThat(textOf(robot, "#liveStart")).isEqualTo("Stop");

        robot.clickOn("#liveStart");
        selectTab(1);
        robot.clickOn("#producerStop");
        awaitText(robot, "#producerRunMessage", "Finished", 30);
        long acked = counter("#producerAcked");
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(acked);
    }

    @Test
    void keyboardShortcutsListEveryMenuAccelerator() throws Exception {
        selectTab(0);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        List<List<String>> rows = onFx(() -> {
            TableView<?> table = robot.lookup("#shortcutsTable").queryAs(TableView.class);
            List<List<String>> all = new ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                List<String> row = new ArrayList<>();
                for (TableColumn<?, ?> column : table.getColumns()) {
                    row.add(String.valueOf(column.getCellData(i)));
                }
                all.add(row);
            }
            return all;
        });
        assertThat(rows).contains(List.of("Ctrl+K", "Clusters…", "File"), List.of("F1", "Keyboard shortcuts", "Help"),
                List.of("Ctrl+Shift+S", "Producer and Live side by side", "View"), List.of("Ctrl+R", "Refresh (as F5)", "File"));
        List<List<String>> accelerators = onFx(() -> allItems().stream().filter(item -> item.getAccelerator() != null)
                .map(item -> List.of(item.getAccelerator().getDisplayText(), item.getText())).toList());
        assertThat(accelerators).hasSizeGreaterThan(15);
        assertThat(rows.stream().map(row -> row.subList(0, 2)).toList()).containsAll(accelerators);
        Window dialog = onFx(() -> robot.lookup("#shortcutsTable").query().getScene().getWindow());
        picture(dialog.getScene(), "keyboard-shortcuts.png");
        robot.clickOn("#shortcutsClose");
        assertThat(robot.lookup("#shortcutsTable").tryQuery()).isEmpty();

        // The second key, Ctrl+/, opens the same list.
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> robot.lookup("#shortcutsTable").tryQuery().isPresent());
        robot.clickOn("#shortcutsClose");
    }

    private static void awaitRising(String query) {
        long before = counter(query);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> counter(query) > before);
    }

    private static long counter(String query) {
        String digits = textOf(robot, query).replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** Whether the node is where the user can see it: it and its parents visible, its corner inside the window. */
    private static boolean onScreen(String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).tryQuery().orElse(null);
            if (node == null || node.getScene() == null || !node.getScene().getWindow().isShowing()) {
                return false;
            }
            for (Node n = node; n != null; n = n.getParent()) {
                if (!n.isVisible()) {
                    return false;
                }
            }
            Bounds bounds = node.localToScene(node.getLayoutBounds());
            Scene scene = node.getScene();
            // Its top left corner in the window: a table may go on below the edge of its half, which scrolls.
            return bounds.getWidth() > 0 && bounds.getHeight() > 0 && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                    && bounds.getMinX() + 20 <= scene.getWidth() && bounds.getMinY() + 20 <= scene.getHeight();
        });
    }

    /** Whether the node's top edge lies within {@code area}'s, which clips what scrolled out of it. */
    private static boolean topInside(String query, String area) {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            Node clip = robot.lookup(area).query();
            Bounds inner = node.localToScene(node.getLayoutBounds());
            Bounds outer = clip.localToScene(clip.getLayoutBounds());
            return inner.getMinY() >= outer.getMinY() && inner.getMinY() < outer.getMaxY();
        });
    }

    private static void selectTab(int index) {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(index);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static void setText(String comboQuery, String text) {
        onFx(() -> {
            robot.lookup(comboQuery).queryAs(ComboBox.class).getEditor().setText(text);
            return null;
        });
    }

    private static Stage stage() {
        return (Stage) robot.lookup("#mainRoot").query().getScene().getWindow();
    }

    private static List<MenuItem> allItems() {
        List<MenuItem> all = new ArrayList<>();
        robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().forEach(menu -> collect(menu, all));
        return all;
    }

    private static void collect(Menu menu, List<MenuItem> into) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, into);
            } else {
                into.add(item);
            }
        }
    }

    private static MenuItem menuItem(String id) {
        return allItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static void picture(String name) throws Exception {
        picture(onFx(() -> stage().getScene()), name);
    }

    private static void picture(Scene scene, String name) throws Exception {
        // Two pulses first, so the picture shows the last layout.
        onFx(() -> null);
        onFx(() -> null);
        ScenePicture.write(onFx(() -> scene.snapshot(null)), PICTURES.resolve(name));
    }
}
