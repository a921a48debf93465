package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.choose;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.TestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The producer's value format as a user meets it on a cluster without a schema registry: the
 * choice folds under the producer settings, a registry format is refused in words with Start off,
 * the schema file is checked in words as typed, and JSON text still starts.
 */
class ProducerValueFormatUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @TempDir
    Path dir;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("producer-format-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void registryFormatsAreRefusedInWordsWithoutARegistryAndTheFileIsCheckedAsTyped() throws Exception {
        String topic = TestBroker.createTopic("ui-value-format", 1);
        UiTestSupport.selectTab(robot, 1);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#producerValueFormatPane"));
        // Opening the topic list asks the cluster again, so the topic made here shows up.
        robot.clickOn("#producerTopic .arrow-button");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#producerTopic").queryAs(ComboBox.class).getItems().contains(topic)));
        onFx(() -> {
            robot.lookup("#producerTopic").queryAs(ComboBox.class).getEditor().setText(topic);
            robot.lookup("#producerValueFormatPane").queryAs(TitledPane.class).setExpanded(true);
            return null;
        });
        assertThat(onFx(() -> robot.lookup("#producerValueFormatPane").queryAs(TitledPane.class).getText()))
                .isEqualTo("Value format: JSON text");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#producerStart"));
        assertThat(isShowing(robot, "#producerSchemaFileBox")).isFalse();

        choose(robot, "#producerValueFormat", "Avro from template");
        awaitText(robot, "#producerRegistryError", "Value format: this cluster has no schema registry: set one in its profile", 10);
        assertThat(textOf(robot, "#producerFormError")).isEqualTo("Value format: this cluster has no schema registry: set one in its profile");
        assertThat(isDisabled(robot, "#producerStart")).isTrue();
        assertThat(textOf(robot, "#producerSubject")).isEqualTo(topic + "-value");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#producerSchemaText").queryAs(TextArea.class).getText()).contains("\"type\" : \"record\""));

        choose(robot, "#producerValueFormat", "Avro from .avsc file");
        assertThat(isShowing(robot, "#producerSchemaFileBox")).isTrue();
        assertThat(textOf(robot, "#producerSchemaFileError")).isEqualTo("Schema file: choose the .avsc file holding the schema");
        Path avsc = dir.resolve("order.avsc");
        // The section is at the foot of the form: scrolled into view, as a user scrolls to it.
        onFx(() -> {
            robot.lookup("#producerSplit .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1);
            return null;
        });
        robot.clickOn("#producerSchemaFile").write(avsc.toString());
        awaitText(robot, "#producerSchemaFileError", "Schema file: no file at " + avsc, 10);
        Files.writeString(avsc, "{\"type\": \"record\", \"name\": \"Order\", \"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}");
        robot.write(" ");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> textOf(robot, "#producerSchemaFileError").isEmpty()
                && onFx(() -> robot.lookup("#producerSchemaText").queryAs(TextArea.class).getText()).contains("\"Order\""));
        assertThat(isDisabled(robot, "#producerStart")).as("still no registry").isTrue();
        assertThat(onFx(() -> robot.lookup("#producerValueFormatPane").queryAs(TitledPane.class).getText()))
                .isEqualTo("Value format: Avro");
        onFx(() -> {
            javafx.scene.control.ScrollPane form = robot.lookup("#producerSplit .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
            assertThat(((javafx.scene.layout.Region) form.getContent()).minWidth(-1)).as("the section never widens the form past its half")
                    .isLessThanOrEqualTo(form.getViewportBounds().getWidth());
            return null;
        });

        choose(robot, "#producerValueFormat", "JSON text");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#producerStart"));
        assertThat(textOf(robot, "#producerFormError")).isEmpty();
        assertThat(isShowing(robot, "#producerSchemaFileBox")).isFalse();
    }
}
