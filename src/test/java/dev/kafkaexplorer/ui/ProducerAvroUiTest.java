package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.choose;
import static dev.kafkaexplorer.ui.UiTestSupport.counter;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.live.StartChoice;
import dev.kafkaexplorer.ui.producer.TemplateChoice;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The producer's Avro run as a user drives it, on the test broker with {@code --schema-registry}
 * naming a local registry: the schema derived from the template is registered once under the
 * topic's subject, the run says so, and the live table (Auto) decodes every record it sent.
 */
class ProducerAvroUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int RECORDS = 200;
    private static final FxRobot robot = new FxRobot();
    private static AppWithLocalRegistry app;

    @BeforeAll
    static void launch() throws Exception {
        app = AppWithLocalRegistry.launch("producer-avro", robot);
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAvroRunRegistersItsSchemaOnceAndTheLiveTableDecodesEveryRecord() throws Exception {
        String topic = TestBroker.createTopic("ui-avro-run", 2);
        String subject = topic + "-value";
        UiTestSupport.selectTab(robot, 1);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> UiTestSupport.isShowing(robot, "#producerTopic"));
        robot.clickOn("#producerTopic .arrow-button");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#producerTopic").queryAs(ComboBox.class).getItems().contains(topic)));
        onFx(() -> {
            robot.lookup("#producerTopic").queryAs(ComboBox.class).getEditor().setText(topic);
            ComboBox<TemplateChoice> templates = robot.lookup("#producerTemplate").queryAs(ComboBox.class);
            templates.getItems().stream().filter(c -> c.label().equals("Order")).findFirst().ifPresent(templates::setValue);
            return null;
        });
        choose(robot, "#producerStopMode", "After N records");
        onFx(() -> {
            robot.lookup("#producerStopValue").queryAs(TextField.class).setText(String.valueOf(RECORDS));
            robot.lookup("#producerMaxRate").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
            return null;
        });
        choose(robot, "#producerValueFormat", "Avro from template");
        assertThat(textOf(robot, "#producerSubject")).isEqualTo(subject);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#producerStart"));
        // For a person to look at: the value format's section with its derived schema, at the default size.
        onFx(() -> {
            robot.lookup("#mainTabs").query().getScene().getWindow().setWidth(1100);
            robot.lookup("#mainTabs").query().getScene().getWindow().setHeight(720);
            robot.lookup("#producerValueFormatPane").queryAs(javafx.scene.control.TitledPane.class).setExpanded(true);
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        ScenePicture.write(onFx(() -> robot.lookup("#mainTabs").query().getScene().snapshot(null)),
                java.nio.file.Path.of("target", "screenshots", "producer-avro-1100x720.png"));

        robot.clickOn("#producerStart");
        awaitText(robot, "#producerRunMessage", "Finished", 60);
        assertThat(counter(robot, "#producerAcked")).isEqualTo(RECORDS);
        assertThat(counter(robot, "#producerFailed")).isZero();
        SchemaRegistry client = app.client();
        assertThat(client.versions(subject)).as("registered once").containsExactly(1);
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(RECORDS);

        // A second run finds its schema registered: still one version.
        robot.clickOn("#producerStart");
        awaitText(robot, "#producerRunMessage", "Finished", 60);
        assertThat(client.versions(subject)).containsExactly(1);

        UiTestSupport.selectTab(robot, 0);
        robot.clickOn("#refreshTopicsButton");
        UiTestSupport.selectTab(robot, 2);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> LiveTabDriver.model(robot).inputs().topicNames().contains(topic)));
        UiTestSupport.type(robot, "#liveTopic .text-field", topic);
        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(StartChoice.EARLIEST);
            return null;
        });
        robot.clickOn("#liveStart");
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> LiveTabDriver.tableRows(robot) == 2 * RECORDS);
        // The table follows the newest rows: the last one is in view.
        int last = 2 * RECORDS - 1;
        assertThat(LiveFormatsUiTest.cellText("liveSchemaColumn", last)).isEqualTo(subject + " v1");
        assertThat(LiveFormatsUiTest.cellText("liveValueColumn", last)).contains("\"orderId\":\"ORD-");
        // Field names are not in Avro's bytes: only a decoded record matches them, so every row was decoded.
        UiTestSupport.type(robot, "#liveFilter", "\"orderId\":\"ORD-");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> LiveTabDriver.tableRows(robot) == 2 * RECORDS);
        UiTestSupport.erase(robot, "#liveFilter");
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }
}
