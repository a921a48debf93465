package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.KafkaClientVersion;
import dev.kafkaexplorer.settings.AppSettings.LogLevel;
import dev.kafkaexplorer.settings.LogLevels;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.ui.main.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The window around the screens, as a user meets it: shortcuts, toasts, About, and a theme, size
 * and tab that are still there after closing and opening the app again with the same config dir.
 * The tests share one app; each starts connected to the local broker with no topics.
 */
class DesktopUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int CONNECT_TIMEOUT_SECONDS = 8;
    private static final FxRobot robot = new FxRobot();
    private static Path configDir;
    private static Stage stage;
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        configDir = Files.createTempDirectory("kafka-explorer-desktop");
        // The cancel step must come before this timeout even on a loaded machine; only that step waits
        // for it (the local broker answers at once), so it slows no other test.
        Files.writeString(configDir.resolve("settings.json"), "{\"connectTimeoutSeconds\": " + CONNECT_TIMEOUT_SECONDS + "}");
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + configDir);
    }

    @BeforeEach
    void connectedWithoutTopics() throws Exception {
        StartingPoint.withoutTopics(robot, StartingPoint.connectedToTheLocalBroker(robot));
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void ctrlNOpensTheCreateTopicDialogAndTheResultComesAsAToast() {
        awaitText(robot, "#topicCount", "0 topics", 10);
        assertThat(isShowing(robot, "#emptyCreateTopicButton")).as("empty table offers to create a topic").isTrue();
        robot.clickOn("#topicFilter");
        shortcut(KeyCode.N);
        assertThat(isShowing(robot, "#topicName")).as("create-topic dialog open").isTrue();

        robot.clickOn("#topicName").write("toasted");
        robot.clickOn("#createTopicConfirm");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> toastTexts().contains("Created “toasted”."));
        assertThat(robot.lookup("#topicName").tryQuery()).as("dialog closed").isEmpty();
        assertThat(textOf(robot, "#topicsMessage")).isEqualTo("Created “toasted”.");
        assertThat(textOf(robot, "#notificationsButton")).as("the bell counts what came").isNotEmpty();

        // The status line's note goes by itself; the history keeps it with its time.
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> textOf(robot, "#topicsMessage").isEmpty());
        robot.clickOn("#notificationsButton");
        List<String> history = onFx(() -> robot.lookup("#notificationsList").queryListView().getItems().stream()
                .map(Object::toString).toList());
        assertThat(history).anySatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d(:\\d\\d)?  Created “toasted”\\."));
        assertThat(textOf(robot, "#notificationsButton")).as("seen").isEmpty();
        onFx(() -> {
            robot.lookup("#notificationsList").query().getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void ctrlFPutsTheCursorInTheCurrentTabsFilter() {
        shortcut(KeyCode.DIGIT3);
        assertThat(selectedTab()).isEqualTo("liveTab");
        shortcut(KeyCode.F);
        assertThat(onFx(() -> robot.lookup("#liveFilter").query().isFocused())).isTrue();
        shortcut(KeyCode.DIGIT1);
        shortcut(KeyCode.F);
        assertThat(onFx(() -> robot.lookup("#topicFilter").query().isFocused())).isTrue();
    }

    @Test
    void aboutNamesTheKafkaClientJavaFxAndJavaVersions() {
        robot.clickOn("Help").clickOn("About Kafka Explorer");
        assertThat(isShowing(robot, "#aboutVersions")).isTrue();
        List<String> shown = onFx(() -> robot.lookup("#aboutVersions").queryAs(GridPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).toList());
        assertThat(shown).contains("Kafka client", KafkaClientVersion.get(), "JavaFX", "Java");
        assertThat(KafkaClientVersion.get()).startsWith("4.");
        assertThat(shown).contains(System.getProperty("javafx.version"));
        assertThat(shown).anyMatch(text -> text.startsWith(System.getProperty("java.version") + " ("));
        assertThat(shown).contains(configDir.resolve("logs").toString());
        robot.clickOn("#aboutClose");
        assertThat(robot.lookup("#aboutVersions").tryQuery()).isEmpty();
    }

    @Test
    void openLogFolderWithoutADesktopNamesTheFolder() {
        robot.clickOn("File").clickOn("Open log folder");
        String folder = configDir.resolve("logs").toString();
        Awaitility.await().atMost(10, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> toastTexts().stream().anyMatch(text -> text.contains(folder)));
        assertThat(Files.isDirectory(configDir.resolve("logs"))).isTrue();
    }

    @Test
    void theLogLevelChosenInTheMenuAppliesAtOnceAndIsSaved() {
        // A submenu's popup cannot be clicked reliably under Monocle: the item is fired as a click would.
        fireMenuItem("logLevelDebug");
        assertThat(LogLevels.current()).isEqualTo(LogLevel.DEBUG);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> new SettingsStore(configDir.resolve("settings.json")).load().logLevel()
                        == LogLevel.DEBUG);
        fireMenuItem("logLevelInfo");
        assertThat(LogLevels.current()).isEqualTo(LogLevel.INFO);
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void themeWindowTabDividersAndColumnsAreThereAfterARestart() throws Exception {
        robot.clickOn("View").clickOn("Dark theme");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(UiState.Theme.DARK));
        // Saved in the background a moment after the change, not only on close: a crash keeps it too.
        Awaitility.await().atMost(10, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> new SettingsStore(configDir.resolve("settings.json")).load().ui().theme() == UiState.Theme.DARK);
        shortcut(KeyCode.DIGIT3);
        onFx(() -> {
            robot.lookup("#liveSplit").queryAs(SplitPane.class).setDividerPositions(0.5);
            return null;
        });
        shortcut(KeyCode.DIGIT1);
        double nameWidth = onFx(() -> {
            TableView<?> table = robot.lookup("#topicTable").queryAs(TableView.class);
            TableColumn<?, ?> name = table.getColumns().get(0);
            table.resizeColumn((TableColumn) name, -150);
            return name.getWidth();
        });
        shortcut(KeyCode.DIGIT2);
        onFx(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1040);
            stage.setHeight(700);
            return null;
        });

        FxToolkit.cleanupApplication(app);
        assertThat(App.awaitShutdown(Duration.ofSeconds(10))).isTrue();
        // A new process would start light and with a window of its own size: make this one so too.
        onFx(() -> {
            Application.setUserAgentStylesheet(Themes.stylesheet(UiState.Theme.LIGHT));
            stage.setWidth(1200);
            stage.setHeight(760);
            return null;
        });

        app = FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 60);
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(UiState.Theme.DARK));
        assertThat(onFx(() -> ((RadioMenuItem) menuItem("darkThemeItem")).isSelected())).isTrue();
        assertThat(onFx(() -> List.of(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight())))
                .containsExactly(40.0, 30.0, 1040.0, 700.0);
        assertThat(selectedTab()).isEqualTo("producerTab");
        // The other screens join the window a frame each once connected.
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#liveSplit").tryQuery().isPresent()));
        assertThat(onFx(() -> robot.lookup("#liveSplit").queryAs(SplitPane.class).getDividerPositions()[0]))
                .isCloseTo(0.5, within(0.01));
        double restoredNameWidth = onFx(() -> {
            TableView<?> table = robot.lookup("#topicTable").queryAs(TableView.class);
            return table.getColumns().get(0).getPrefWidth();
        });
        assertThat(restoredNameWidth).isCloseTo(nameWidth, within(1.0));

        robot.clickOn("View").clickOn("Light theme");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Themes.stylesheet(UiState.Theme.LIGHT));
    }

    @Test
    void aConnectThatTakesLongCanBeCancelled() {
        UiTestSupport.erase(robot, "#bootstrapServers .text-field");
        robot.write("127.0.0.1:1");
        robot.clickOn("#connectButton");
        awaitText(robot, "#connectionStatus", "Connecting to 127.0.0.1:1", 5);
        // Fired, not clicked: a robot click waits for the pointer and may miss a button under load.
        onFx(() -> {
            robot.lookup("#cancelConnectButton").queryButton().fire();
            return null;
        });
        // Cancelled, the window is back on the connection it kept meanwhile (the local broker).
        awaitText(robot, "#connectionStatus", "Connected — ", 5);
        assertThat(isShowing(robot, "#cancelConnectButton")).isFalse();
        // The abandoned attempt's failure, due when the connect timeout runs out, must not replace the
        // message: watch for longer than that timeout, so the failure has had every chance to show.
        Awaitility.await().during(CONNECT_TIMEOUT_SECONDS + 2, TimeUnit.SECONDS).atMost(CONNECT_TIMEOUT_SECONDS + 4, TimeUnit.SECONDS)
                .until(() -> UiTestSupport.textOf(robot, "#connectionStatus").startsWith("Connected — ")
                        && !UiTestSupport.textOf(robot, "#connectionStatus").contains("failed"));
    }

    private static void fireMenuItem(String id) {
        onFx(() -> {
            robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                    .flatMap(menu -> menu.getItems().stream())
                    .flatMap(item -> item instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(item))
                    .filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
    }

    private static void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static String selectedTab() {
        return onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
    }

    private static MenuItem menuItem(String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> id.equals(item.getId()))
                .findFirst().orElseThrow();
    }

    private static List<String> toastTexts() {
        return onFx(() -> robot.lookup(".toast-message").queryAll().stream()
                .map(Node.class::cast).map(n -> ((Label) n).getText()).toList());
    }
}
