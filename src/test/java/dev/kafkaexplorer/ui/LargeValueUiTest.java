package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.producer.TemplateChoice;
import dev.kafkaexplorer.ui.send.SendRecordViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Megabytes in the produce-one-message dialog, as a user pastes or loads them, against the test
 * broker: the editor never lays them out, and the limits that would refuse them are said first.
 */
class LargeValueUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int MIB = 1024 * 1024;
    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @TempDir
    Path dir;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("large-value-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @AfterEach
    void closeDialog() {
        if (isShowing(robot, "#sendClose")) {
            robot.clickOn("#sendClose");
        }
    }

    @Test
    void pasting20MegabytesHoldsTheValueOutOfTheEditorAndSaysWhichLimitRefusesIt() {
        String topic = TestBroker.createTopic("ui-paste-big", 1);
        openDialogFor(topic);
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("p".repeat(20 * MIB));
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });

        robot.clickOn("#sendValue");
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);

        awaitText(robot, "#sendValueLimit", "max.message.bytes", 20);
        assertThat(textOf(robot, "#sendValueLimit")).isEqualTo("The record (value, key, headers and batch overhead) is"
                + " 20.0 MiB (20,971,608 bytes); topic '" + topic + "' takes at most 1.0 MiB (1,048,588 bytes, its"
                + " max.message.bytes): 19.0 MiB over the limit. The broker would refuse it, so it is not sent: raise the"
                + " topic's max.message.bytes, or send a smaller value.");
        TextArea editor = robot.lookup("#sendValue").queryAs(TextArea.class);
        assertThat(onFx(() -> editor.getLength())).as("the editor holds a summary, not 20 MB to lay out")
                .isLessThan(BoundedTextArea.DEFAULT_LIMIT);
        assertThat(onFx(() -> editor.getText())).startsWith("Pasted text — 20.0 MiB (20,971,520 bytes), sent whole.");
        assertThat(onFx(() -> editor.isEditable())).isFalse();
        assertThat(onFx(() -> model().heldValueProperty().get().bytes().length)).isEqualTo(20 * MIB);
        assertThat(isDisabled(robot, "#sendConfirm")).isTrue();
        assertThat(isShowing(robot, "#sendRaiseRequestSize")).as("no raise helps when the broker refuses").isFalse();
        robot.clickOn("#sendConfirm");
        assertThat(isShowing(robot, "#sendResult")).as("a disabled Send sends nothing").isFalse();
        assertThat(TestBroker.countOnBroker(topic)).isZero();

        robot.clickOn("#sendValueClear");
        assertThat(onFx(() -> editor.getText())).isEmpty();
        assertThat(onFx(() -> editor.isEditable())).isTrue();
        assertThat(isShowing(robot, "#sendValueLimit")).isFalse();
    }

    @Test
    void aTwoMegabyteFileReachesTheBrokerWholeOnceTheUserRaisesMaxRequestSize() throws Exception {
        String topic = TestBroker.createTopic("ui-file-big", 1, Map.of("max.message.bytes", String.valueOf(3 * MIB)));
        byte[] bytes = new byte[2 * MIB];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        Path file = Files.write(dir.resolve("two-megabytes.txt"), bytes);
        openDialogFor(topic);

        // What the file chooser hands over when the user picks the file.
        onFx(() -> {
            model().loadValueFromFile(file);
            return null;
        });

        awaitText(robot, "#sendValueLimit", "max.request.size", 20);
        assertThat(textOf(robot, "#sendValueLimit")).contains("the producer sends at most 1.0 MiB (1,048,576 bytes,"
                + " max.request.size): 1.0 MiB over the limit. Topic '" + topic + "' takes up to 3.0 MiB (3,145,728 bytes,"
                + " max.message.bytes)");
        assertThat(onFx(() -> robot.lookup("#sendValue").queryAs(TextArea.class).getText()))
                .startsWith("two-megabytes.txt — 2.0 MiB (2,097,152 bytes)");
        assertThat(isDisabled(robot, "#sendConfirm")).isTrue();
        assertThat(textOf(robot, "#sendRaiseRequestSize")).isEqualTo("Raise max.request.size to 3.0 MiB (3,145,728 bytes)"
                + " for this dialog");

        robot.clickOn("#sendRaiseRequestSize");
        assertThat(isDisabled(robot, "#sendConfirm")).isFalse();
        robot.clickOn("#sendConfirm");
        awaitText(robot, "#sendResult", "partition 0, offset 0", 30);

        List<ConsumerRecord<byte[], byte[]>> read = TestBroker.readAll(topic, 1);
        assertThat(read).hasSize(1);
        assertThat(Arrays.equals(read.get(0).value(), bytes)).as("the whole file, byte for byte").isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void pasting20MegabytesIntoTheCustomTemplateIsRefusedInWords() {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> isShowing(robot, "#producerTemplate"));
        onFx(() -> {
            robot.lookup("#producerTemplate").queryAs(ComboBox.class).setValue(TemplateChoice.CUSTOM);
            return null;
        });
        TextArea editor = robot.lookup("#customTemplate").queryAs(TextArea.class);
        String before = onFx(() -> editor.getText());
        onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("t".repeat(20 * MIB));
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });

        robot.clickOn("#customTemplate");
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);

        awaitText(robot, "#customTemplatePasteRefused", "Not pasted", 10);
        assertThat(textOf(robot, "#customTemplatePasteRefused")).startsWith("Not pasted: the template would be "
                + String.format(java.util.Locale.ROOT, "%,d", before.length() + 20 * MIB)
                + " characters long, and a template is at most 65,536.");
        assertThat(onFx(() -> editor.getText())).as("the template as it was").isEqualTo(before);

        robot.write(" ");
        assertThat(isShowing(robot, "#customTemplatePasteRefused")).as("the next edit clears the refusal").isFalse();
    }

    private static SendRecordViewModel model() {
        return (SendRecordViewModel) robot.lookup("#sendValue").queryAs(TextArea.class).getProperties()
                .get(SendRecordViewModel.class);
    }

    @SuppressWarnings("unchecked")
    private static void openDialogFor(String topic) {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            return null;
        });
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#refreshTopicsButton"));
        robot.clickOn("#refreshTopicsButton");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            table.getItems().stream().filter(t -> t.name().equals(topic)).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
            return table.getSelectionModel().getSelectedItem() != null
                    && table.getSelectionModel().getSelectedItem().name().equals(topic);
        }));
        robot.clickOn("#produceMessageButton");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#sendValue"));
    }
}
