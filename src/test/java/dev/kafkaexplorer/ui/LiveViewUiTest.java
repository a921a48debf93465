package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.RowExporter;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The live table as a user drives it, with records produced by the test meanwhile. One broker and
 * one app for the class; each test reads a topic of its own from a view set back to its defaults.
 */
class LiveViewUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private static String topic;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void launch() throws Exception {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestBroker.bootstrapServers(),
                "max.request.size", 3145728), new ByteArraySerializer(), new ByteArraySerializer());
        app = UiTestSupport.startApp("live-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    /** A new topic the live view knows of, and the view as it opens: stopped, empty, unfiltered, following, 100 000 rows. */
    @BeforeEach
    void freshTopicAndView() {
        topic = TestBroker.createTopic("ui-live", 3, Map.of("max.message.bytes", "3145728"));
        selectTab(0);
        robot.clickOn("#refreshTopicsButton");
        selectTab(2);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> model().inputs().topicNames().contains(topic)));
        if (onFx(() -> model().runningProperty().get())) {
            robot.clickOn("#liveStart");
            awaitText(robot, "#liveStart", "Start", 10);
        }
        onFx(() -> {
            LiveViewModel model = model();
            model.filterTextProperty().set("");
            model.regexProperty().set(false);
            model.newestOnTopProperty().set(false);
            model.followTailProperty().set(true);
            model.inputs().capacityTextProperty().set(String.valueOf(dev.kafkaexplorer.ui.live.LiveInputs.DEFAULT_CAPACITY));
            model.applyCapacity();
            model.inputs().startFromProperty().set(StartChoice.LATEST);
            robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().clearSelection();
            model.clear();
            return null;
        });
    }

    private static void selectTab(int index) {
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(index);
            return null;
        });
    }

    /** Reads this test's topic from {@code from}, as the user starts it. */
    private static void startReading(StartChoice from) {
        erase("#liveTopic .text-field");
        robot.write(topic);
        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(from);
            return null;
        });
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStatus", "Reading", 20);
    }

    /** Reads this test's topic from now on and waits for the 300 orders and 20 payments sent meanwhile. */
    private static void readOrdersAndPayments() {
        startReading(StartChoice.LATEST);
        send(300, "order");
        send(20, "payment");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 320 && tableRows() == 320);
    }

    @AfterAll
    static void close() throws Exception {
        producer.close();
        UiTestSupport.stopApp(app);
    }

    @Test
    void recordsProducedAfterStartAppearAndAreCounted() {
        startReading(StartChoice.LATEST);
        send(300, "order");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 300 && tableRows() == 300);
        assertThat(textOf(robot, "#liveRetained")).isEqualTo("300");
    }

    @Test
    void theFilterNarrowsBySubstringAndByRegex() {
        readOrdersAndPayments();
        robot.clickOn("#liveFilter").write("PAYMENT");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 20);
        assertThat(textOf(robot, "#liveMatches")).isEqualTo("20 of 320 match");
        erase("#liveFilter");
        robot.clickOn("#liveRegex");
        robot.clickOn("#liveFilter").write("order-(1|2)\\d\\b");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 20);
        erase("#liveFilter");
        robot.write("order-[");
        awaitText(robot, "#liveFilterError", "Not a valid regular expression", 5);
        erase("#liveFilter");
        robot.clickOn("#liveRegex");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 320);

        // A selected row that passes the filter stays selected, and in the detail pane, when the
        // filter is cleared again.
        selectRow(0);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> detailValue().contains("\"kind\" : \"order\""));
        String shown = detailValue();
        robot.clickOn("#liveFilter").write("order");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 300);
        erase("#liveFilter");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 320);
        assertThat(selectedIndex()).isZero();
        assertThat(detailValue()).isEqualTo(shown);
    }

    @Test
    void exportWritesExactlyTheRowsShown() throws Exception {
        readOrdersAndPayments();
        robot.clickOn("#liveFilter").write("payment");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 20);
        Path file = Files.createTempDirectory("export").resolve("rows.jsonl");
        onFx(() -> {
            model().export(file, RowExporter.Format.JSON_LINES);
            return null;
        });
        awaitText(robot, "#liveExportMessage", "Exported 20 rows", 10);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(20);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("topic").asText()).isEqualTo(topic);
            assertThat(node.get("value").asText()).startsWith("{\"kind\":\"payment\"");
        }
    }

    @Test
    void pauseHoldsTheCountAndResumeCatchesUpWithoutLoss() {
        readOrdersAndPayments();
        robot.clickOn("#livePause");
        awaitText(robot, "#livePause", "Resume", 5);
        send(50, "later");
        Awaitility.await().during(1500, TimeUnit.MILLISECONDS).atMost(5, TimeUnit.SECONDS)
                .until(() -> count("#liveCount") == 320);
        robot.clickOn("#livePause");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 370 && tableRows() == 370);
        List<RecordRow> rows = onFx(() -> List.copyOf(model().retainedRows()));
        assertThat(rows.stream().map(r -> r.partition() + "/" + r.offset()).distinct()).hasSize(370);
        for (int p = 0; p < 3; p++) {
            int partition = p;
            List<Long> offsets = rows.stream().filter(r -> r.partition() == partition).map(RecordRow::offset).toList();
            assertThat(offsets).as("partition %d in offset order, no gaps", p).isSorted()
                    .containsExactlyElementsOf(java.util.stream.LongStream.range(0, offsets.size()).boxed().toList());
        }
    }

    @Test
    void theDetailPaneShowsTheWholeRecordAsJson() {
        startReading(StartChoice.LATEST);
        send(10, "order");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableRows() == 10);
        onFx(() -> {
            robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().select(0);
            return null;
        });
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> !onFx(() ->
                robot.lookup("#liveDetailValue").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty());
        String value = onFx(() -> robot.lookup("#liveDetailValue").queryAs(javafx.scene.control.TextArea.class).getText());
        assertThat(value).contains("\n").contains("\"kind\" : \"order\"");
        assertThat(textOf(robot, "#liveDetailMeta")).contains("offset");
    }

    @Test
    void oddRecordsAreShownSafelyAndTheWholeBigOneIsReReadForTheDetail() throws Exception {
        startReading(StartChoice.LATEST);
        byte[] binary = {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x01, (byte) 0x9F};
        byte[] big = ("{\"blob\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topic, 0, null, new byte[0]));
        producer.send(new ProducerRecord<>(topic, 0, "bin".getBytes(StandardCharsets.UTF_8), binary));
        producer.send(new ProducerRecord<>(topic, 0, "big".getBytes(StandardCharsets.UTF_8), big));
        producer.flush();
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 3 && tableRows() == 3);
        List<RecordRow> last = onFx(() -> List.copyOf(model().retainedRows()));
        assertThat(last.get(0).keyPreview()).isEqualTo("(null)");
        assertThat(last.get(0).valuePreview()).isEqualTo("(empty)");
        assertThat(last.get(1).valuePreview()).startsWith("0x");
        assertThat(last.get(2).valuePreview().length()).isLessThanOrEqualTo(RecordRow.PREVIEW_CHARS + 1);
        assertThat(last.get(2).valueRetained()).isFalse();

        selectRow(1);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> textOf(robot, "#liveDetailValueKind").startsWith("binary"));
        assertThat(detailValue()).startsWith("00000000");
        selectRow(2);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> textOf(robot, "#liveDetailValueKind").startsWith("JSON"));
        assertThat(textOf(robot, "#liveDetailValueKind")).isEqualTo("JSON, " + big.length + " bytes");
        // The pane lays out only the start; the line under it says so; Copy and Save take the whole value.
        assertThat(detailValue()).startsWith("{").hasSize(BoundedTextArea.DEFAULT_LIMIT);
        int whole = onFx(() -> model().detail().detailProperty().get().valueText().length());
        assertThat(whole).isGreaterThan(2 * 1024 * 1024);
        assertThat(textOf(robot, "#liveDetailValueNote")).isEqualTo("Cut for display: the first 65,536 of "
                + String.format(java.util.Locale.ROOT, "%,d", whole) + " characters. Copy and Save take the whole value.");
        robot.clickOn("#liveCopyValue");
        assertThat(onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString().length())).isEqualTo(whole);
        Path saved = Files.createTempDirectory("save").resolve("big.json");
        onFx(() -> model().detail().saveValue(saved));
        awaitText(robot, "#liveDetailValueNote", "Saved the value (2.0 MiB (" + String.format(java.util.Locale.ROOT, "%,d", big.length), 20);
        assertThat(Files.readAllBytes(saved)).isEqualTo(big);
    }

    @Test
    void exportReReadsALargeRecordWhole() throws Exception {
        startReading(StartChoice.LATEST);
        send(5, "order");
        producer.send(new ProducerRecord<>(topic, 0, "big".getBytes(StandardCharsets.UTF_8),
                ("{\"blob\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8)));
        producer.flush();
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableRows() == 6);
        robot.clickOn("#liveFilter").write("\"blob\"");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 1);
        Path file = Files.createTempDirectory("export").resolve("big.jsonl");
        onFx(() -> {
            model().export(file, RowExporter.Format.JSON_LINES);
            return null;
        });
        awaitText(robot, "#liveExportMessage", "Exported 1 row to", 20);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(new ObjectMapper().readTree(lines.get(0)).get("value").asText()).hasSize(2 * 1024 * 1024 + 11);
    }

    /** Selects the row at {@code index}; a negative index clears the selection. */
    @Test
    void typedNumbersStayAsTypedAndAreRefusedInWords() {
        erase("#liveTopic .text-field");
        robot.write(topic);
        Map<String, String> keep = Map.of(
                "0", "Keep: at least 1",
                "-3", "Keep: at least 1",
                "abc", "Keep: “abc” is not a whole number",
                "9000000", "Keep: at most " + String.format(java.util.Locale.ROOT, "%,d", Runtime.getRuntime().maxMemory() / 2048)
                        + ", what the app's memory holds");
        for (var typed : keep.entrySet()) {
            erase("#liveCapacity");
            robot.write(typed.getKey());
            robot.clickOn("#liveFilter");
            assertThat(fieldText("#liveCapacity")).as("still as typed after leaving the field").isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#liveInputError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#liveStart")).as(typed.getKey()).isTrue();
        }
        erase("#liveCapacity");
        robot.write("500");
        robot.clickOn("#liveFilter");
        assertThat(textOf(robot, "#liveInputError")).isEmpty();

        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(StartChoice.OFFSET);
            return null;
        });
        Map<String, String> offsets = Map.of(
                "-3", "Offset: at least 0",
                "abc", "Offset: “abc” is not a whole number",
                "99999999999999999999", "Offset: too large a number");
        for (var typed : offsets.entrySet()) {
            erase("#liveStartValue");
            robot.write(typed.getKey());
            robot.clickOn("#liveFilter");
            assertThat(fieldText("#liveStartValue")).isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#liveInputError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#liveStart")).isTrue();
        }
        erase("#liveStartValue");
        robot.write("0");
        assertThat(isDisabled(robot, "#liveStart")).isFalse();
    }

    private static String fieldText(String query) {
        return onFx(() -> robot.lookup(query).queryAs(javafx.scene.control.TextField.class).getText());
    }

    private static void selectRow(int index) {
        onFx(() -> {
            var selection = robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel();
            if (index < 0) {
                selection.clearSelection();
            } else {
                selection.clearAndSelect(index);
            }
            return null;
        });
    }

    private static int selectedIndex() {
        return onFx(() -> robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().getSelectedIndex());
    }

    private static String detailValue() {
        return onFx(() -> robot.lookup("#liveDetailValue").queryAs(javafx.scene.control.TextArea.class).getText());
    }

    @Test
    void clearEmptiesTheTableAndTheCapHolds() {
        startReading(StartChoice.LATEST);
        send(373, "order");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 373 && tableRows() == 373);
        robot.clickOn("#liveClear");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 0);
        assertThat(count("#liveCount")).as("consumed since start stays").isEqualTo(373);
        erase("#liveCapacity");
        robot.write("100");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        send(250, "capped");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 623);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == 100);
        assertThat(count("#liveDropped")).isEqualTo(150);
        // Following the tail: the last row is in view, and stays so once the cap keeps the count fixed.
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> lastVisibleKey().startsWith("capped-"));
        send(30, "later");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveCount") == 653);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> lastVisibleKey().startsWith("later-"));
        assertThat(tableRows()).isEqualTo(100);
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }

    @Test
    void aBurstFarLargerThanAFrameReachesTheTableWhole() {
        send(653, "earlier");
        startReading(StartChoice.EARLIEST);
        // 653 records already on the topic and 5 000 more at once: far more than 500 wait at a frame,
        // so the table takes them at most ten times a second, and none may be lost on the way.
        send(5_000, "burst");
        // All of them retained; the following table holds the newest of them.
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> count("#liveCount") == 5_653 && count("#liveRetained") == 5_653
                && tableRows() == Math.min(5_653, LiveViewModel.FOLLOW_WINDOW_ROWS));
        assertThat(count("#liveDropped")).isZero();
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> lastVisibleKey().startsWith("burst-"));
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }

    @Test
    void aFollowingTableHoldsTheNewestRowsAndScrollingUpOpensThemAll() {
        send(5_653, "earlier");
        startReading(StartChoice.EARLIEST);
        // 5 653 records already on the topic and 5 000 more: more than a following table holds.
        send(5_000, "more");
        int retained = 10_653;
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> count("#liveRetained") == retained);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> lastVisibleKey().startsWith("more-"));
        assertThat(tableRows()).isEqualTo(LiveViewModel.FOLLOW_WINDOW_ROWS);
        assertThat(following()).isTrue();

        // Turning the newest rows to the top and back keeps the selected row and its detail.
        selectRow(LiveViewModel.FOLLOW_WINDOW_ROWS - 5);
        RecordRow selected = selectedRow();
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !detailValue().isEmpty());
        String detail = detailValue();
        robot.clickOn("#liveNewestOnTop");
        assertThat(selectedRow()).isSameAs(selected);
        robot.clickOn("#liveNewestOnTop");
        assertThat(selectedRow()).isSameAs(selected);
        assertThat(tableRows()).isEqualTo(LiveViewModel.FOLLOW_WINDOW_ROWS);

        // Rows streaming past: the selected row stays selected (not the row taking its place), its detail as it was.
        send(300, "past");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> count("#liveRetained") == retained + 300);
        assertThat(selectedRow()).isSameAs(selected);
        assertThat(selectedIndex()).isEqualTo(LiveViewModel.FOLLOW_WINDOW_ROWS - 305);
        assertThat(detailValue()).isEqualTo(detail);

        // The mouse wheel, up three notches (Monocle's headless robot has no wheel), stops following:
        // all rows open, the same row selected, its detail as it was, the rows in view still in view.
        onFx(() -> {
            var flow = robot.lookup("#liveTable").query().lookup(".virtual-flow");
            flow.fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 100, 100, 100, 100,
                    false, false, false, false, false, false, 0, 120, 0, 120,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES, 3, 0, null));
            return null;
        });
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == retained + 300);
        assertThat(following()).isFalse();
        assertThat(selectedRow()).isSameAs(selected);
        assertThat(selectedIndex()).isEqualTo(retained - 5);
        assertThat(detailValue()).isEqualTo(detail);
        assertThat(firstVisibleIndex()).isGreaterThan(retained - 100);

        // Ticking Follow again brings the newest rows into view at once, batch or not.
        robot.clickOn("#liveFollow");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == LiveViewModel.FOLLOW_WINDOW_ROWS);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> lastVisibleKey().startsWith("past-"));

        // Page Up stops following too, and pages from the rows in view, not from far above them.
        selectRow(LiveViewModel.FOLLOW_WINDOW_ROWS - 1);
        onFx(() -> {
            robot.lookup("#liveTable").query().requestFocus();
            return null;
        });
        robot.type(javafx.scene.input.KeyCode.PAGE_UP);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == retained + 300);
        assertThat(selectedIndex()).isBetween(retained + 300 - 60, retained + 300 - 2);
        robot.clickOn("#liveFollow");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> tableRows() == LiveViewModel.FOLLOW_WINDOW_ROWS);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> lastVisibleKey().startsWith("past-"));

        // A row picked while following, pushed out of the table by newer rows: nothing is selected
        // any more, and the pane goes on showing that record (the user may still be reading it).
        selectRow(LiveViewModel.FOLLOW_WINDOW_ROWS - 1);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> detailValue().contains("past"));
        String picked = detailValue();
        send(LiveViewModel.FOLLOW_WINDOW_ROWS + 10, "after");
        // All of them in (the last row shown is whichever partition's came last).
        Awaitility.await().atMost(20, TimeUnit.SECONDS)
                .until(() -> count("#liveRetained") == retained + 300 + LiveViewModel.FOLLOW_WINDOW_ROWS + 10);
        assertThat(selectedRow()).isNull();
        assertThat(detailValue()).isEqualTo(picked);
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }

    private static boolean following() {
        return onFx(() -> robot.lookup("#liveFollow").queryAs(CheckBox.class).isSelected());
    }

    private static RecordRow selectedRow() {
        return onFx(() -> (RecordRow) robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().getSelectedItem());
    }

    private static int firstVisibleIndex() {
        return onFx(() -> {
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) robot.lookup("#liveTable").query().lookup(".virtual-flow");
            return flow.getFirstVisibleCell().getIndex();
        });
    }

    private static void send(int n, String kind) {
        for (int i = 0; i < n; i++) {
            String value = "{\"kind\":\"" + kind + "\",\"n\":" + i + "}";
            producer.send(new ProducerRecord<>(topic, (kind + "-" + i).getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8)));
        }
        producer.flush();
    }

    /** The view-model behind the table, for the steps a headless test cannot click (a native file dialog). */
    private static LiveViewModel model() {
        return onFx(() -> (LiveViewModel) robot.lookup("#liveTable").query().getProperties().get(LiveViewModel.class));
    }

    /** The key of the last row in view, or "" when that is not the table's last row. */
    private static String lastVisibleKey() {
        return onFx(() -> {
            TableView<?> table = robot.lookup("#liveTable").queryAs(TableView.class);
            var flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
            var last = flow.getLastVisibleCell();
            if (last == null || last.getIndex() != table.getItems().size() - 1) {
                return "";
            }
            return ((RecordRow) table.getItems().get(last.getIndex())).keyPreview();
        });
    }

    private static int tableRows() {
        return onFx(() -> robot.lookup("#liveTable").queryAs(TableView.class).getItems().size());
    }

    private static long count(String query) {
        return Long.parseLong(textOf(robot, query).replaceAll("[^0-9]", ""));
    }

    private static void erase(String query) {
        UiTestSupport.erase(robot, query);
    }
}
