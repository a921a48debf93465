package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.UiState;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Small things a user meets in the first minutes: a window saved too small comes back usable,
 * Ctrl+2 puts the focus in the tab, a row clicked while following stays in view, a filter over
 * many rows ends with the right count.
 */
class FirstMinutesUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void launchWithAWindowSavedTooSmall() throws Exception {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestBroker.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer());
        Path configDir = Files.createTempDirectory("kafka-explorer-first-minutes");
        // As a user left it: a window dragged down to 718 × 395.
        SettingsStore store = new SettingsStore(configDir.resolve("settings.json"));
        UiState small = new UiState(UiState.Theme.LIGHT, new UiState.WindowBounds(20, 20, 718, 395), false, null, Map.of(), Map.of());
        store.save(AppSettings.defaults().withUi(small));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--bootstrap-servers=" + TestBroker.bootstrapServers(),
                "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 30);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#liveSplit").tryQuery().isPresent()));
    }

    @AfterAll
    static void close() throws Exception {
        producer.close();
        UiTestSupport.stopApp(app);
    }

    @Test
    void aWindowSavedBelowTheMinimumComesBackAtTheMinimumWithTheStatusOnOneLine() throws Exception {
        Stage stage = stage();
        assertThat(onFx(stage::getMinWidth)).isGreaterThanOrEqualTo(1000);
        assertThat(onFx(stage::getWidth)).isGreaterThanOrEqualTo(onFx(stage::getMinWidth));
        assertThat(onFx(stage::getHeight)).isGreaterThanOrEqualTo(onFx(stage::getMinHeight));
        // The connection's status reads on one line, not a word per line.
        assertThat(onFx(() -> {
            Label status = robot.lookup("#connectionStatus").queryAs(Label.class);
            return status.getHeight() < 2.5 * status.getFont().getSize();
        })).isTrue();
        // Every screen fits the window at this size: nothing wider than it, the live footer in view.
        for (int tab = 0, tabs = onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getTabs().size()); tab < tabs; tab++) {
            int index = tab;
            onFx(() -> {
                robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(index);
                return null;
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getWidth()))
                    .as("tab %s", tab).isLessThanOrEqualTo(onFx(() -> stage().getScene().getWidth()));
        }
        ScenePicture.write(onFx(() -> stage().getScene().snapshot(null)), Path.of("target", "screenshots", "cluster-at-minimum.png"));
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(2);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        ScenePicture.write(onFx(() -> stage().getScene().snapshot(null)), Path.of("target", "screenshots", "live-at-minimum.png"));
        assertThat(onFx(() -> {
            Node footer = robot.lookup("#liveCount").query();
            return footer.localToScene(footer.getBoundsInLocal()).getMaxY() <= stage().getScene().getHeight();
        })).as("the live footer in the window").isTrue();
    }

    @Test
    void ctrlAndATabsNumberPutsTheFocusOnThatTabsFirstControl() {
        robot.clickOn("#bootstrapServers");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> focusIsIn("#producerTopic"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> focusIsIn("#groupFilter"));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> focusIsIn("#topicFilter"));
    }

    @Test
    void aRowClickedWhileFollowingStaysInViewAsMoreRecordsArrive() throws Exception {
        onFx(() -> {
            stage().setWidth(1100);
            stage().setHeight(720);
            return null;
        });
        String topic = TestBroker.createTopic("first-minutes-click", 1);
        startReading(topic);
        send(topic, 200, "early");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableRows() == 200);
        assertThat(onFx(() -> live().followTailProperty().get())).isTrue();

        // The user clicks a row in view, near the bottom of a following table.
        TableRow<?> clicked = onFx(() -> {
            int wanted = lastVisible() - 2;
            return robot.lookup("#liveTable .table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                    .filter(row -> row.isVisible() && row.getIndex() == wanted && row.getItem() != null).findFirst().orElseThrow();
        });
        RecordRow record = onFx(() -> (RecordRow) clicked.getItem());
        robot.clickOn(clicked);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onFx(() -> live().detailRow()) == record);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        ScenePicture.write(onFx(() -> stage().getScene().snapshot(null)), Path.of("target", "screenshots", "live-detail-1100x720.png"));
        // The value reads at least eight lines at the default size (it read five).
        assertThat(onFx(() -> {
            javafx.scene.control.TextArea value = robot.lookup("#liveDetailValue").queryAs(javafx.scene.control.TextArea.class);
            return value.getHeight() / (value.getFont().getSize() * 1.4);
        })).isGreaterThanOrEqualTo(8);

        send(topic, 300, "later");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableRows() == 500);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> live().followTailProperty().get())).as("following stopped").isFalse();
        int index = onFx(() -> robot.lookup("#liveTable").queryAs(TableView.class).getItems().indexOf(record));
        assertThat(index).isBetween(onFx(FirstMinutesUiTest::firstVisible), onFx(FirstMinutesUiTest::lastVisible));
        stopReading();
    }

    @Test
    void aFilterOverManyRowsEndsWithTheCountOfWhatMatches() {
        String topic = TestBroker.createTopic("first-minutes-filter", 1);
        startReading(topic);
        send(topic, 12_000, "order");
        send(topic, 7, "payment");
        Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> onFx(() -> live().retainedRows().size()) == 12_007);
        robot.clickOn("#liveFilter").write("payment");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> textOf(robot, "#liveMatches").startsWith("7 of "));
        assertThat(onFx(() -> robot.lookup("#liveFilterProgress").query().isVisible())).as("progress gone once done").isFalse();
        onFx(() -> {
            live().filterTextProperty().set("");
            return null;
        });
        stopReading();
    }

    private static void startReading(String topic) {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        robot.clickOn("#refreshTopicsButton");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> live().inputs().topicNames().contains(topic)));
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(2);
            live().clear();
            live().followTailProperty().set(true);
            live().inputs().topicProperty().set(topic);
            live().inputs().startFromProperty().set(StartChoice.LATEST);
            return null;
        });
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStatus", "Reading", 20);
    }

    private static void stopReading() {
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }

    private static void send(String topic, int n, String kind) {
        for (int i = 0; i < n; i++) {
            producer.send(new ProducerRecord<>(topic, (kind + "-" + i).getBytes(StandardCharsets.UTF_8),
                    ("{\"kind\":\"" + kind + "\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
        }
        producer.flush();
    }

    private static boolean focusIsIn(String query) {
        return onFx(() -> {
            Node owner = stage().getScene().getFocusOwner();
            Node target = robot.lookup(query).query();
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n == target) {
                    return true;
                }
            }
            return false;
        });
    }

    private static int tableRows() {
        return onFx(() -> live().retainedRows().size());
    }

    private static VirtualFlow<?> flow() {
        return (VirtualFlow<?>) robot.lookup("#liveTable").query().lookup(".virtual-flow");
    }

    private static int firstVisible() {
        IndexedCell<?> cell = flow().getFirstVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }

    private static int lastVisible() {
        IndexedCell<?> cell = flow().getLastVisibleCell();
        return cell == null ? -1 : cell.getIndex();
    }

    private static LiveViewModel live() {
        return (LiveViewModel) robot.lookup("#liveTable").queryAs(TableView.class).getProperties().get(LiveViewModel.class);
    }

    private static Stage stage() {
        return (Stage) robot.lookup("#mainTabs").query().getScene().getWindow();
    }
}
