package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.testing.TestBroker;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.LongSerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The live table's key and value formats as a user chooses them, on records written by Kafka's
 * own serializers to the test broker.
 */
class LiveFormatsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    /** Above 2^53: a double (or a JSON reader that makes one) would show 9007199254740992. */
    private static final long BIG = 9007199254740993L;

    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("live-formats", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void longKeysFromKafkasLongSerializerReadAsTheirExactNumberOnceLongIsChosen() {
        String topic = TestBroker.createTopic("ui-long-keys", 1, Map.of());
        try (KafkaProducer<Long, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestBroker.bootstrapServers()),
                new LongSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, BIG, "first"));
            producer.send(new ProducerRecord<>(topic, 42L, "second"));
            producer.flush();
        }
        LiveTabDriver.showTopic(robot, topic);
        assertThat(onFx(() -> formatBox("#liveKeyFormat").getValue())).isEqualTo(RecordFormat.AUTO);
        assertThat(onFx(() -> formatBox("#liveValueFormat").getValue())).isEqualTo(RecordFormat.AUTO);
        assertThat(onFx(() -> formatBox("#liveKeyFormat").getItems())).containsExactly(RecordFormat.values());

        // As Auto: the eight bytes as hex, as the app always showed them.
        LiveTabDriver.readFromEarliest(robot, 2);
        assertThat(keyCellText(0)).isEqualTo("0x0020000000000001");
        assertThat(isDisabled(robot, "#liveKeyFormat")).as("chosen while stopped").isTrue();
        assertThat(isDisabled(robot, "#liveValueFormat")).isTrue();
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
        assertThat(isDisabled(robot, "#liveKeyFormat")).isFalse();

        UiTestSupport.choose(robot, "#liveKeyFormat", RecordFormat.LONG.label());
        LiveTabDriver.readFromEarliest(robot, 2);
        assertThat(keyCellText(0)).isEqualTo(Long.toString(BIG));
        assertThat(keyCellText(1)).isEqualTo("42");

        onFx(() -> {
            robot.lookup("#liveTable").queryAs(TableView.class).getSelectionModel().clearAndSelect(0);
            return null;
        });
        Awaitility.await().atMost(10, TimeUnit.SECONDS)
                .until(() -> onFx(() -> robot.lookup("#liveDetailKey").queryAs(TextArea.class).getText()).equals(Long.toString(BIG)));
        assertThat(textOf(robot, "#liveDetailKeyKind")).contains("Long");
        assertThat(textOf(robot, "#liveDetailMeta")).contains("offset 0");
        assertThat(onFx(() -> robot.lookup("#liveDetailValue").queryAs(TextArea.class).getText())).isEqualTo("first");
        robot.clickOn("#liveStart");
        awaitText(robot, "#liveStart", "Start", 10);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<RecordFormat> formatBox(String query) {
        return robot.lookup(query).queryAs(ComboBox.class);
    }

    /** The text the Key column's cell of row {@code index} shows, once the table has drawn it. */
    private static String keyCellText(int index) {
        return cellText("liveKeyColumn", index);
    }

    static String cellText(String columnId, int index) {
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onFx(() -> findCell(columnId, index)) != null);
        return onFx(() -> findCell(columnId, index).getText());
    }

    private static TableCell<?, ?> findCell(String columnId, int index) {
        List<Node> cells = List.copyOf(robot.lookup("#liveTable .table-cell").queryAll());
        return cells.stream().map(TableCell.class::cast)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getIndex() == index && !c.isEmpty() && c.getText() != null)
                .findFirst().orElse(null);
    }
}
