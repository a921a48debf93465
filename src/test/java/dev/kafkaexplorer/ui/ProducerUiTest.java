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
    void aTopicDeletedDuringARunStopsItSayingTheTopicNoLongerExists() throws Exception {
        String topic = TestBroker.createTopic("ui-deleted-while-producing", 1);
        chooseTopic(topic);
        erase("#producerRate");
        robot.write("200");
        robot.clickOn("#producerStart");
        awaitText(robot, "#producerRunMessage", "Streaming to", 20);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> counter("#producerAcked") >= 50);

        try (var admin = TestBroker.admin()) {
            admin.deleteTopics(java.util.List.of(topic)).all().get();
        }

        awaitText(robot, "#producerRunMessage", "Stopped by an error", 60);
        assertThat(textOf(robot, "#producerRunMessage"))
                .startsWith("Stopped by an error: Topic '" + topic + "' no longer exists: it was deleted while the run was sending to it.")
                .doesNotContain("may be down");
        assertThat(counter("#producerSent")).isEqualTo(counter("#producerAcked") + counter("#producerFailed"));
        assertThat(isDisabled(robot, "#producerStop")).as("the run has ended").isTrue();
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

    @Test
    void typedNumbersStayAsTypedAndAreRefusedInWordsNextToTheField() {
        String topic = TestBroker.createTopic("ui-producer-numbers", 1);
        chooseTopic(topic);
        java.util.Map<String, String> refused = java.util.Map.of(
                "0", "Rate: at least 0.1",
                "-3", "Rate: at least 0.1",
                "abc", "Rate: “abc” is not a number",
                "20000000", "Rate: at most 10,000,000");
        for (var typed : refused.entrySet()) {
            erase("#producerRate");
            robot.write(typed.getKey());
            robot.clickOn("#producerSeed");
            assertThat(fieldText("#producerRate")).as("still as typed after leaving the field").isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#producerRateError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#producerStart")).as(typed.getKey()).isTrue();
        }
        erase("#producerRate");
        robot.write("100");
        assertThat(textOf(robot, "#producerRateError")).isEmpty();

        // The producer settings' numbers, in their folded pane; reached with the keyboard, as the
        // pane may unfold below the visible part of the form.
        robot.clickOn("Producer settings");
        java.util.Map<String, String> lingers = java.util.Map.of(
                "-3", "Linger (ms): at least 0",
                "abc", "Linger (ms): “abc” is not a whole number",
                "60000", "Linger (ms): at most 15,000, so that a batch leaves within the 30 s delivery timeout");
        for (var typed : lingers.entrySet()) {
            typeWithKeyboard("#producerLinger", typed.getKey());
            robot.type(KeyCode.TAB);
            assertThat(onFx(() -> robot.lookup("#producerLinger").query().isFocused())).as("focus moved away").isFalse();
            assertThat(fieldText("#producerLinger")).isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#producerLingerError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#producerStart")).isTrue();
        }
        typeWithKeyboard("#producerLinger", "5");
        typeWithKeyboard("#producerBatchSize", "-3");
        robot.type(KeyCode.TAB);
        assertThat(fieldText("#producerBatchSize")).isEqualTo("-3");
        assertThat(textOf(robot, "#producerBatchSizeError")).isEqualTo("Batch (bytes): at least 0");
        assertThat(isDisabled(robot, "#producerStart")).isTrue();
        // Firing Start as a click or Enter would does nothing while it is disabled.
        onFx(() -> {
            robot.lookup("#producerStart").queryButton().fire();
            return null;
        });
        assertThat(textOf(robot, "#producerRunMessage")).doesNotContain("Streaming");
        assertThat(TestBroker.countOnBroker(topic)).as("the broker unchanged").isZero();
        typeWithKeyboard("#producerBatchSize", "65536");
        assertThat(isDisabled(robot, "#producerStart")).isFalse();
        foldProducerSettings();
    }

    /** Focuses {@code query}, selects its text and types {@code text} over it, as a keyboard user does. */
    private static void typeWithKeyboard(String query, String text) {
        onFx(() -> {
            robot.lookup(query).query().requestFocus();
            return null;
        });
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    @Test
    void compressionIsNoneByDefaultAndAChosenCodecSaysWhatConsumersNeed() {
        robot.clickOn("Producer settings");
        @SuppressWarnings("unchecked")
        ComboBox<String> compression = robot.lookup("#producerCompression").queryAs(ComboBox.class);
        assertThat(onFx(compression::getValue)).isEqualTo("none");
        assertThat(UiTestSupport.isShowing(robot, "#producerCompressionNote")).isFalse();
        onFx(() -> {
            compression.setValue("lz4");
            return null;
        });
        assertThat(textOf(robot, "#producerCompressionNote")).isEqualTo("Every consumer of the topic then needs the lz4 codec");
        onFx(() -> {
            compression.setValue("none");
            return null;
        });
        foldProducerSettings();
    }

    /** As the panel opens: settings folded, the form scrolled to the top, so Start is in view for the next test. */
    private static void foldProducerSettings() {
        onFx(() -> {
            robot.lookup(".titled-pane").queryAllAs(javafx.scene.control.TitledPane.class).stream()
                    .filter(p -> p.getText().equals("Producer settings")).forEach(p -> p.setExpanded(false));
            robot.lookup("#producerSplit .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0);
            return null;
        });
    }

    private static String fieldText(String query) {
        return onFx(() -> robot.lookup(query).queryAs(TextField.class).getText());
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
