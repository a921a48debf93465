package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.producer.TemplateChoice;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The producer panel as a user drives it, against the test broker. Each test starts from the panel
 * open, connected to the test broker and with no run going, so any one runs alone or in any order.
 */
class ProducerUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("producer-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    /** Connected to the test broker, no run going, the producer tab open: whatever the test before left. */
    @BeforeEach
    void connectedWithNoRunGoing() {
        boolean onTestBroker = onFx(() -> robot.lookup("#bootstrapServers .text-field").queryAs(TextField.class).getText())
                .equals(TestBroker.bootstrapServers());
        if (!onTestBroker || !textOf(robot, "#connectionStatus").contains("Connected")) {
            erase("#bootstrapServers .text-field");
            robot.write(TestBroker.bootstrapServers());
            robot.clickOn("#connectButton");
            awaitText(robot, "#connectionStatus", "Connected", 30);
        }
        openProducerTab();
        if (!isDisabled(robot, "#producerStop")) {
            robot.clickOn("#producerStop");
        }
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> isDisabled(robot, "#producerStop"));
    }

    @Test
    void streamsToTheChosenTopicAndTheCountersMatchTheBroker() {
        String topic = TestBroker.createTopic("ui-producer", 3);
        chooseTopic(topic);
        assertThat(textOf(robot, "#producerTopicMessage")).isEmpty();
        selectTemplate("Payment");
        // Opening the tab made the sample records, and a new template makes new ones.
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#producerPreview").queryAs(javafx.scene.control.TextArea.class).getText()).contains("\"currency\""));
        erase("#producerRate");
        robot.write("500");
        assertThat(isDisabled(robot, "#producerStart")).isFalse();

        robot.clickOn("#producerStart");
        // The counters show the last run's figures until this one has started.
        awaitText(robot, "#producerRunMessage", "Streaming to", 20);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> counter("#producerAcked") >= 500);
        assertThat(isDisabled(robot, "#producerStop")).isFalse();
        robot.clickOn("#producerStop");
        awaitText(robot, "#producerRunMessage", "Finished", 30);

        long sent = counter("#producerSent");
        long acked = counter("#producerAcked");
        long failed = counter("#producerFailed");
        assertThat(sent).isEqualTo(acked + failed);
        assertThat(failed).isZero();
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(acked);
        assertThat(isDisabled(robot, "#producerStart")).isFalse();
    }

    @Test
    void offersToCreateAMissingTopic() {
        String topic = TestBroker.uniqueTopic("ui-missing");
        erase("#producerTopic .text-field");
        robot.write(topic);
        assertThat(textOf(robot, "#producerTopicMessage")).contains("does not exist");
        assertThat(isDisabled(robot, "#producerStart")).isTrue();
        robot.clickOn("#producerCreateTopic");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> textOf(robot, "#producerTopicMessage").isEmpty());
        assertThat(TestBroker.countOnBroker(topic)).isZero();
        assertThat(isDisabled(robot, "#producerStart")).isFalse();
    }

    @Test
    void stopRightAfterStartAndSwitchingClusterBothEndTheStreamWithConsistentCounters() {
        String topic = TestBroker.createTopic("ui-producer-stop", 1);
        chooseTopic(topic);

        // Stop pressed while the loop is still being built must still stop it.
        onFx(() -> {
            robot.lookup("#producerStart").queryButton().fire();
            robot.lookup("#producerStop").queryButton().fire();
            return null;
        });
        awaitText(robot, "#producerRunMessage", "Finished", 30);
        assertThat(counter("#producerSent")).isEqualTo(counter("#producerAcked") + counter("#producerFailed"));
        // The stop may come after the loop sent its first records: those are on the broker too.
        long fromTheStoppedRun = counter("#producerAcked");
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(fromTheStoppedRun);

        // A stream belongs to its connection: once another connection replaces it (here the same
        // broker by another name), the stream ends, flushed and counted.
        robot.clickOn("#producerStart");
        awaitText(robot, "#producerRunMessage", "Streaming to", 20);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> counter("#producerAcked") > 100);
        erase("#bootstrapServers .text-field");
        robot.write(TestBroker.bootstrapServers().replace("127.0.0.1", "localhost"));
        robot.clickOn("#connectButton");
        awaitText(robot, "#producerRunMessage", "Finished", 30);
        long sent = counter("#producerSent");
        assertThat(sent).isEqualTo(counter("#producerAcked") + counter("#producerFailed"));
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(fromTheStoppedRun + counter("#producerAcked"));
    }

    private static void openProducerTab() {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
    }

    /** Types {@code topic}, made by the test outside the app, in the open producer tab. */
    private static void chooseTopic(String topic) {
        // Opening the topic list asks the cluster again, so a topic made elsewhere shows up.
        robot.clickOn("#producerTopic .arrow-button");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#producerTopic").queryAs(ComboBox.class).getItems().contains(topic)));
        erase("#producerTopic .text-field");
        robot.write(topic);
    }

    @SuppressWarnings("unchecked")
    private static void selectTemplate(String label) {
        onFx(() -> {
            ComboBox<TemplateChoice> box = robot.lookup("#producerTemplate").queryAs(ComboBox.class);
            box.getItems().stream().filter(c -> c.label().equals(label)).findFirst().ifPresent(box::setValue);
            return null;
        });
    }

    private static long counter(String query) {
        return Long.parseLong(textOf(robot, query).replaceAll("[^0-9]", ""));
    }

    private static void erase(String query) {
        UiTestSupport.erase(robot, query);
    }
}
