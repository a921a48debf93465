package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.StartChoice;
import dev.kafkaexplorer.ui.main.Themes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Every tab's toolbars and the connection bar at the default 1100×720 window and at 1440×900, in
 * the light and the dark theme: nothing reads cut (a label with an ellipsis, a field too narrow
 * for its value or prompt), and the live inputs' errors wrap on a line of their own. Pictures go
 * to target/screenshots/ for a person to look at.
 */
class ToolbarsFitUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static final Path PICTURES = Path.of("target", "screenshots");
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("toolbars", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
        TestBroker.createTopic("toolbars-topic", 1, java.util.Map.of());
        // Every screen has joined the window once connected.
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#liveSplit").tryQuery().isPresent()
                && robot.lookup("#clusterRefresh").tryQuery().isPresent()));
    }

    @AfterEach
    void lightAgain() {
        onFx(() -> {
            Themes.apply(UiState.Theme.LIGHT);
            live().filterTextProperty().set("");
            live().regexProperty().set(false);
            live().inputs().startFromProperty().set(StartChoice.LATEST);
            live().inputs().startValueProperty().set("");
            live().inputs().topicProperty().set("");
            return null;
        });
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void noToolbarOfAnyTabReadsCutInEitherThemeAtEitherSize() throws Exception {
        List<String> cut = new ArrayList<>();
        for (UiState.Theme theme : UiState.Theme.values()) {
            onFx(() -> {
                Themes.apply(theme);
                return null;
            });
            for (int[] size : new int[][] {{1100, 720}, {1440, 900}}) {
                resize(size[0], size[1]);
                for (int tab = 0, tabs = onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getTabs().size()); tab < tabs; tab++) {
                    selectTab(tab);
                    cut.addAll(cutInToolbars(theme + " " + size[0] + "x" + size[1] + " tab " + tab));
                    savePicture("tab" + tab + "-" + theme.name().toLowerCase() + "-" + size[0] + "x" + size[1] + ".png");
                }
            }
        }
        assertThat(cut).isEmpty();
    }

    @Test
    void anInvalidRegexWrapsItsWholeErrorOnALineOfItsOwnAndTheToolbarsStayWhole() throws Exception {
        for (int[] size : new int[][] {{1100, 720}, {1440, 900}}) {
            resize(size[0], size[1]);
            selectTab(2);
            onFx(() -> {
                live().inputs().capacityTextProperty().set("100000");
                live().regexProperty().set(true);
                live().filterTextProperty().set("order-[");
                return null;
            });
            awaitText(robot, "#liveFilterError", "Not a valid regular expression", 5);
            settle();
            savePicture("live-invalid-regex-" + size[0] + "x" + size[1] + ".png");
            assertThat(cutInToolbars("invalid regex " + size[0])).isEmpty();
            Label error = onFx(() -> robot.lookup("#liveFilterError").queryAs(Label.class));
            assertThat(onFx(() -> CutText.under(error))).isEmpty();
            // On a line of its own: below the filter field, not beside it.
            assertThat(onFx(() -> error.localToScene(error.getBoundsInLocal()).getMinY()
                    >= bottomOf("#liveFilter"))).isTrue();
        }
    }

    @Test
    void fromOffsetKeepsTheOffsetTheGroupAndTheRowLimitWhole() throws Exception {
        for (int[] size : new int[][] {{1100, 720}, {1440, 900}}) {
            resize(size[0], size[1]);
            selectTab(2);
            onFx(() -> {
                live().inputs().capacityTextProperty().set("100000");
                live().inputs().topicProperty().set("toolbars-topic");
                live().inputs().startFromProperty().set(StartChoice.OFFSET);
                live().inputs().startValueProperty().set("1234567890");
                return null;
            });
            settle();
            savePicture("live-from-offset-" + size[0] + "x" + size[1] + ".png");
            assertThat(cutInToolbars("from offset " + size[0])).isEmpty();
        }
    }

    @Test
    void producerSettingsExpandedKeepStartInView() throws Exception {
        for (int[] size : new int[][] {{1100, 720}, {1440, 900}}) {
            resize(size[0], size[1]);
            selectTab(1);
            onFx(() -> {
                robot.lookup("#producerSettingsPane").queryAs(TitledPane.class).setExpanded(true);
                return null;
            });
            settle();
            savePicture("producer-settings-" + size[0] + "x" + size[1] + ".png");
            assertThat(onFx(() -> {
                Node start = robot.lookup("#producerStart").query();
                Stage stage = stage();
                var bounds = start.localToScene(start.getBoundsInLocal());
                return start.isVisible() && bounds.getMaxY() <= stage.getScene().getHeight() && bounds.getMinY() >= 0;
            })).as("Start in view at %s", size[0]).isTrue();
            assertThat(onFx(() -> CutText.under(robot.lookup(".producer-form").query()))).as("producer form at %s", size[0]).isEmpty();
            // The custom template editor wraps its lines: no sideways scrolling.
            UiTestSupport.choose(robot, "#producerTemplate", "Custom");
            settle();
            savePicture("producer-custom-template-" + size[0] + "x" + size[1] + ".png");
            assertThat(onFx(() -> robot.lookup("#customTemplate .scroll-bar").queryAll().stream()
                    .map(javafx.scene.control.ScrollBar.class::cast)
                    .noneMatch(bar -> bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && bar.isVisible())))
                    .as("no sideways scroll bar at %s", size[0]).isTrue();
            assertThat(onFx(() -> {
                Node start = robot.lookup("#producerStart").query();
                return start.localToScene(start.getBoundsInLocal()).getMaxY() <= stage().getScene().getHeight();
            })).as("Start in view with the template open at %s", size[0]).isTrue();
        }
    }

    @Test
    void aTopicsConfigsShowSeveralRowsAtTheDefaultSize() throws Exception {
        resize(1100, 720);
        selectTab(0);
        robot.clickOn("#refreshTopicsButton");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#topicTable").queryAs(TableView.class)
                .getItems().stream().anyMatch(t -> t.toString().contains("toolbars-topic"))));
        onFx(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> topics = robot.lookup("#topicTable").queryAs(TableView.class);
            topics.getSelectionModel().select(topics.getItems().stream().filter(t -> t.toString().contains("toolbars-topic")).findFirst().orElseThrow());
            TabPane details = robot.lookup("#topicDetails").queryAs(TabPane.class);
            details.getSelectionModel().select(1);
            return null;
        });
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> !robot.lookup("#configTable").queryAs(TableView.class).getItems().isEmpty()));
        settle();
        savePicture("topic-configs-1100x720.png");
        // A dense row is about 26 px: five rows and the header need 150; the edit row below stays in the window.
        assertThat(onFx(() -> robot.lookup("#configTable").queryAs(TableView.class).getHeight())).isGreaterThanOrEqualTo(150);
        assertThat(onFx(() -> {
            Node save = robot.lookup("#configSave").query();
            return save.localToScene(save.getBoundsInLocal()).getMaxY() <= bottomOf("#topicsSplit");
        })).as("the value's edit row in view").isTrue();
    }

    private static List<String> cutInToolbars(String where) {
        return onFx(() -> {
            List<String> cut = new ArrayList<>();
            Node tabContent = robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getContent();
            for (Node bar : tabContent.lookupAll(".pane-toolbar")) {
                CutText.under(bar).forEach(line -> cut.add(where + ": " + line));
            }
            for (Node bar : robot.lookup(".connection-row").queryAll()) {
                CutText.under(bar).forEach(line -> cut.add(where + ": " + line));
            }
            return cut;
        });
    }

    private static double bottomOf(String query) {
        Node node = robot.lookup(query).query();
        return node.localToScene(node.getBoundsInLocal()).getMaxY();
    }

    private static LiveViewModel live() {
        return (LiveViewModel) robot.lookup("#liveTable").queryAs(TableView.class).getProperties().get(LiveViewModel.class);
    }

    private static Stage stage() {
        return (Stage) robot.lookup("#mainTabs").query().getScene().getWindow();
    }

    private static void resize(int width, int height) {
        onFx(() -> {
            Stage stage = stage();
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        settle();
    }

    private static void selectTab(int index) {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(index);
            return null;
        });
        settle();
    }

    /** Two pulses: the window has laid out what changed. */
    private static void settle() {
        for (int i = 0; i < 3; i++) {
            onFx(() -> {
                stage().getScene().getRoot().applyCss();
                stage().getScene().getRoot().layout();
                return null;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void savePicture(String name) throws Exception {
        Image picture = onFx(() -> stage().getScene().snapshot(null));
        ScenePicture.write(picture, PICTURES.resolve(name));
    }
}
