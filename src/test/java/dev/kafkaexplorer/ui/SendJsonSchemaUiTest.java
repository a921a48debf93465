package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.SchemaType;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.send.ValueFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * *Produce message…* with a JSON Schema subject, as a user meets it: a value that breaks the schema
 * is refused next to the value, naming the path, and Send stays off; the fixed value is sent framed
 * with the schema's id. Writes target/screenshots/send-jsonschema-refused.png for a person to look at.
 */
class SendJsonSchemaUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final String ORDER = """
            {"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
             "properties": {"id": {"type": "integer"}, "customer": {"type": "string"}},
             "required": ["id", "customer"]}""";

    private static final FxRobot robot = new FxRobot();
    private static AppWithLocalRegistry app;

    @BeforeAll
    static void launch() throws Exception {
        app = AppWithLocalRegistry.launch("send-jsonschema", robot);
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void aValueThatBreaksItsJsonSchemaIsRefusedInWordsAndTheFixedOneIsSentFramed() throws Exception {
        String topic = TestBroker.createTopic("ui-send-jsonschema", 1);
        int id = app.client().register(topic + "-value", SchemaType.JSON, ORDER, List.of());
        SendRecordUiTest.selectTopic(topic);
        robot.clickOn("#produceMessageButton");
        onFx(() -> {
            robot.lookup("#sendValueFormat").queryAs(ComboBox.class).setValue(ValueFormat.SCHEMA);
            return null;
        });
        awaitText(robot, "#sendSchemaInfo", "JSON Schema, version 1, schema id " + id, 20);

        robot.clickOn("#sendValue").write("{\"id\": \"forty-two\"}");
        awaitText(robot, "#sendValueError", "Does not fit", 20);
        assertThat(textOf(robot, "#sendValueError"))
                .startsWith("Does not fit “" + topic + "-value” version 1: ")
                .contains("$.id: string found, integer expected")
                .contains("customer");
        assertThat(isDisabled(robot, "#sendConfirm")).isTrue();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        ScenePicture.write(onFx(() -> robot.lookup("#sendValue").query().getScene().snapshot(null)),
                Path.of("target", "screenshots", "send-jsonschema-refused.png"));

        UiTestSupport.erase(robot, "#sendValue");
        robot.write("{\"id\": 42, \"customer\": \"Ada\"}");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> !isDisabled(robot, "#sendConfirm"));
        assertThat(isShowing(robot, "#sendValueError")).isFalse();
        robot.clickOn("#sendConfirm");
        awaitText(robot, "#sendResult", "partition 0, offset 0", 20);

        byte[] sent = TestBroker.readAll(topic, 1).get(0).value();
        assertThat(WireFormat.schemaId(sent)).isEqualTo(id);
        assertThat(new String(Arrays.copyOfRange(sent, WireFormat.HEADER_BYTES, sent.length), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":42,\"customer\":\"Ada\"}");
        robot.clickOn("#sendClose");
    }
}
