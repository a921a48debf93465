package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.UiTestSupport;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How responsive the produce-one-message dialog stays when 20 MB is pasted into its value: the
 * paste as a user makes it (clipboard, Ctrl+V), then 20 FX round trips timed (a task handed to the
 * FX thread until it ran). Also, for scale: a paste just under the editor's limit (held by the
 * text area itself), and a plain text area given 2 MB, as the dialog did before. Prints figures.
 */
class LargePasteBenchmark {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int MIB = 1024 * 1024;
    private static final int ROUND_TRIPS = 20;
    private static final FxRobot robot = new FxRobot();

    @Test
    void roundTripsAfterPasting20Megabytes() throws Exception {
        System.out.printf("== Large paste benchmark (%d cores, headless Monocle, software rendering) ==%n",
                Runtime.getRuntime().availableProcessors());
        Application app = UiTestSupport.startApp("large-paste-bench", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        try {
            UiTestSupport.awaitText(robot, "#connectionStatus", "Connected", 60);
            openDialog(TestBroker.createTopic("bench-paste", 1));
            TextArea editor = robot.lookup("#sendValue").queryAs(TextArea.class);

            paste(editor, "s".repeat(10), "10 characters (for scale: the robot's own key presses and waits)");
            robot.clickOn(editor);
            robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
            robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
            paste(editor, "p".repeat(20 * MIB), "20 MiB (the dialog holds it, the editor shows a summary)");
            Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> UiTestSupport.onFx(() -> !editor.isEditable()));
            roundTrips("after the summary shows", editor);
            robot.clickOn("#sendValueClear");
            long onFx = WaitForAsyncUtils.asyncFx(() -> {
                long began = System.nanoTime();
                editor.paste();
                return System.nanoTime() - began;
            }).get(120, TimeUnit.SECONDS);
            System.out.printf("-- the FX thread's own time in TextArea.paste() of the 20 MiB clipboard: %.1f ms%n", onFx / 1e6);
            Awaitility.await().atMost(60, TimeUnit.SECONDS).until(() -> UiTestSupport.onFx(() -> !editor.isEditable()));

            robot.clickOn("#sendValueClear");
            paste(editor, "q".repeat(BoundedTextArea.DEFAULT_LIMIT - 1000), (BoundedTextArea.DEFAULT_LIMIT - 1000)
                    + " characters (just under the editor's limit: in the text area)");
            robot.write("x");
            roundTrips("after typing one more character", editor);

            plainTextArea(2 * MIB);
        } finally {
            UiTestSupport.stopApp(app);
        }
    }

    private static void paste(TextArea editor, String text, String what) throws Exception {
        UiTestSupport.onFx(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            return null;
        });
        robot.clickOn(editor);
        long began = System.nanoTime();
        robot.press(KeyCode.CONTROL).press(KeyCode.V).release(KeyCode.V).release(KeyCode.CONTROL);
        System.out.printf("-- paste of %s: Ctrl+V handled in %.1f ms%n", what, (System.nanoTime() - began) / 1e6);
        roundTrips("right after the paste", editor);
    }

    private static void roundTrips(String when, TextArea editor) throws Exception {
        double[] ms = new double[ROUND_TRIPS];
        for (int i = 0; i < ROUND_TRIPS; i++) {
            long began = System.nanoTime();
            WaitForAsyncUtils.asyncFx(() -> null).get(120, TimeUnit.SECONDS);
            ms[i] = (System.nanoTime() - began) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf("   %d FX round trips %s (editor holds %d characters): first %.2f ms, median %.2f ms, max %.2f ms%n",
                ROUND_TRIPS, when, UiTestSupport.onFx(editor::getLength), ms[0], sorted[ROUND_TRIPS / 2], sorted[ROUND_TRIPS - 1]);
    }

    /** What the dialog did before: a plain text area laying out the whole text. */
    private static void plainTextArea(int chars) throws Exception {
        String text = "r".repeat(chars);
        long began = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> {
            TextArea plain = new TextArea();
            Stage stage = new Stage();
            stage.setScene(new Scene(plain, 600, 300));
            stage.show();
            plain.setText(text);
            return null;
        }).get(600, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> null).get(600, TimeUnit.SECONDS);
        long layout = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> null).get(600, TimeUnit.SECONDS);
        System.out.printf("-- for scale, a plain TextArea given %d characters: set and laid out in %.0f ms; the next round trip %.1f ms%n",
                chars, (layout - began) / 1e6, (System.nanoTime() - layout) / 1e6);
    }

    @SuppressWarnings("unchecked")
    private static void openDialog(String topic) {
        robot.clickOn("#refreshTopicsButton");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> UiTestSupport.onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            table.getItems().stream().filter(t -> t.name().equals(topic)).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
            return table.getSelectionModel().getSelectedItem() != null;
        }));
        robot.clickOn("#produceMessageButton");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> UiTestSupport.isShowing(robot, "#sendValue"));
    }
}
