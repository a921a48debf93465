package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.send.ValueFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The produce-one-message dialog as a user drives it from the topics toolbar, against the test broker. */
class SendRecordUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("send-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void sendsTheTypedRecordAndShowsWhereItLandedThenSendsAnother() {
        String topic = TestBroker.createTopic("ui-send", 3);
        selectTopic(topic);
        robot.clickOn("#produceMessageButton");
        assertThat(textOf(robot, "#sendPartitionHint")).contains("partitions 0–2");

        robot.clickOn("#sendKey").write("customer-42");
        onFx(() -> {
            robot.lookup("#sendValueFormat").queryAs(ComboBox.class).setValue(ValueFormat.JSON);
            return null;
        });
        robot.clickOn("#sendValue").write("{\"id\": 42,\n\"name\": }");
        assertThat(textOf(robot, "#sendValueError")).startsWith("Not valid JSON at line 2, column 9");
        assertThat(isDisabled(robot, "#sendConfirm")).isTrue();
        UiTestSupport.erase(robot, "#sendValue");
        robot.write("{\"id\": 42}");
        assertThat(isShowing(robot, "#sendValueError")).isFalse();

        robot.clickOn("#sendHeaders").write("source");
        assertThat(textOf(robot, "#sendHeadersError")).isEqualTo("Line 1: expected name=value, found no '='");
        robot.write("=ui-test");
        assertThat(isShowing(robot, "#sendHeadersError")).isFalse();

        robot.clickOn("#sendPartition").write("3");
        assertThat(textOf(robot, "#sendPartitionError")).isEqualTo("Partition: at most 2, the topic has partitions 0–2");
        assertThat(isDisabled(robot, "#sendConfirm")).isTrue();
        UiTestSupport.erase(robot, "#sendPartition");
        robot.write("1");
        assertThat(isDisabled(robot, "#sendConfirm")).isFalse();

        robot.clickOn("#sendConfirm");
        awaitText(robot, "#sendResult", "partition 1, offset 0", 20);
        assertThat(textOf(robot, "#sendResult")).isEqualTo("Sent to " + topic + ": partition 1, offset 0");
        // The dialog stays open for another send.
        robot.clickOn("#sendConfirm");
        awaitText(robot, "#sendResult", "partition 1, offset 1", 20);

        List<ConsumerRecord<byte[], byte[]>> read = TestBroker.readAll(topic, 2);
        assertThat(read).hasSize(2).allSatisfy(r -> {
            assertThat(r.partition()).isEqualTo(1);
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("customer-42");
            assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": 42}");
            assertThat(new String(r.headers().lastHeader("source").value(), StandardCharsets.UTF_8)).isEqualTo("ui-test");
        });
        robot.clickOn("#sendClose");
        assertThat(robot.lookup("#sendValue").tryQuery()).isEmpty();
    }

    @Test
    void aTypedPartitionStaysAsTypedAndIsRefusedInWords() {
        String topic = TestBroker.createTopic("ui-send-partition", 3);
        selectTopic(topic);
        robot.clickOn("#produceMessageButton");
        robot.clickOn("#sendValue").write("v");
        java.util.Map<String, String> refused = java.util.Map.of(
                "-3", "Partition: at least 0",
                "abc", "Partition: “abc” is not a whole number (empty: the producer chooses)",
                "3", "Partition: at most 2, the topic has partitions 0–2");
        for (var typed : refused.entrySet()) {
            UiTestSupport.erase(robot, "#sendPartition");
            robot.write(typed.getKey());
            robot.clickOn("#sendKey");
            assertThat(onFx(() -> robot.lookup("#sendPartition").queryAs(javafx.scene.control.TextField.class).getText()))
                    .as("still as typed after leaving the field").isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#sendPartitionError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#sendConfirm")).as(typed.getKey()).isTrue();
        }
        robot.clickOn("#sendConfirm");
        robot.clickOn("#sendClose");
        assertThat(TestBroker.countOnBroker(topic)).as("the broker unchanged").isZero();
    }

    /** Refreshes the topic list so a topic made outside the app shows, and selects it. */
    @SuppressWarnings("unchecked")
    static void selectTopic(String topic) {
        robot.clickOn("#refreshTopicsButton");
        // Asked again each second: a refresh still answering for the list before the topic was made may come last.
        Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(1, TimeUnit.SECONDS).until(() -> onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            if (table.getItems().stream().noneMatch(t -> t.name().equals(topic))) {
                robot.lookup("#refreshTopicsButton").queryButton().fire();
            }
            table.getItems().stream().filter(t -> t.name().equals(topic)).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
            return table.getSelectionModel().getSelectedItem() != null;
        }));
    }
}
