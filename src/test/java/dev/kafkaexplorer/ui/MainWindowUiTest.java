package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.TopicSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The main window as a user drives it, started with {@code --local-broker}: connected, create a
 * topic through the dialog, invalid names, filter, delete, and a dead address. The tests share one
 * app; each starts connected to the local broker with no topics (see {@link StartingPoint}).
 */
class MainWindowUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Path configDir;
    private static Application app;
    private String topic;
    private String localServers;

    @BeforeAll
    static void launch() throws Exception {
        configDir = Files.createTempDirectory("kafka-explorer-ui");
        // A short connect timeout keeps the dead-address step quick.
        Files.writeString(configDir.resolve("settings.json"), "{\"connectTimeoutSeconds\": 3}");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + configDir);
    }

    @BeforeEach
    void connectedWithoutTopics() throws Exception {
        localServers = StartingPoint.connectedToTheLocalBroker(robot);
        StartingPoint.withoutTopics(robot, localServers);
        topic = "ui-orders-" + Long.toHexString(System.nanoTime());
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void connectsToTheLocalBrokerWithinSeconds() {
        assertThat(textOf(robot, "#connectionStatus")).contains("1 broker").contains("local broker");
        assertThat(textOf(robot, "#topicCount")).isEqualTo("0 topics");
        assertThat(textOf(robot, "#localBrokerButton")).isEqualTo("Stop local broker");
    }

    @Test
    void anInvalidNameIsExplainedAndBlocksCreate() {
        robot.clickOn("#createTopicButton");
        robot.clickOn("#topicName").write("my topic");
        assertThat(isShowing(robot, "#topicNameError")).isTrue();
        assertThat(textOf(robot, "#topicNameError")).contains("' ' (space)").contains("position 3");
        assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();

        erase("#topicName");
        robot.write("..");
        assertThat(textOf(robot, "#topicNameError")).contains("not allowed");
        assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();

        erase("#topicName");
        robot.write("fine.name");
        assertThat(isShowing(robot, "#topicNameError")).isFalse();
        assertThat(isDisabled(robot, "#createTopicConfirm")).isFalse();
        robot.clickOn("#createTopicCancel");
        assertThat(robot.lookup("#topicName").tryQuery()).isEmpty();
    }

    @Test
    void anEmptyNameSaysWhatItNeeds() {
        robot.clickOn("#createTopicButton");
        assertThat(isShowing(robot, "#topicNameError")).isTrue();
        assertThat(textOf(robot, "#topicNameError")).isEqualTo("Enter a topic name: up to 249 letters, digits, '.', '_' or '-'");
        assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();
        robot.clickOn("#createTopicCancel");
    }

    @Test
    void anEmptyBootstrapFieldSaysWhatItNeeds() {
        erase("#bootstrapServers .text-field");
        assertThat(isShowing(robot, "#bootstrapError")).isTrue();
        assertThat(textOf(robot, "#bootstrapError"))
                .isEqualTo("Enter the cluster's bootstrap servers as host:port[,host:port…], e.g. localhost:9092");
        assertThat(isDisabled(robot, "#connectButton")).isTrue();
        robot.write(localServers);
        assertThat(isShowing(robot, "#bootstrapError")).isFalse();
    }

    @Test
    void typedNumbersStayAsTypedAndAreRefusedInWords() throws Exception {
        robot.clickOn("#createTopicButton");
        robot.clickOn("#topicName").write(topic);
        Map<String, String> refused = Map.of(
                "0", "Partitions: at least 1",
                "-3", "Partitions: at least 1",
                "abc", "Partitions: “abc” is not a whole number",
                "100000", "Partitions: at most 10,000");
        for (var typed : refused.entrySet()) {
            setSpinnerText("#partitions", typed.getKey());
            robot.clickOn("#topicName");
            assertThat(spinnerText("#partitions")).as("still as typed after leaving the field").isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#partitionsError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#createTopicConfirm")).as(typed.getKey()).isTrue();
        }
        setSpinnerText("#partitions", "2");
        robot.clickOn("#topicName");
        assertThat(isShowing(robot, "#partitionsError")).isFalse();
        assertThat(isDisabled(robot, "#createTopicConfirm")).isFalse();

        // One broker: three copies cannot be placed. Refused in words, and Create cannot send it.
        setSpinnerText("#replicationFactor", "3");
        robot.clickOn("#topicName");
        assertThat(spinnerText("#replicationFactor")).isEqualTo("3");
        assertThat(textOf(robot, "#replicationFactorError")).isEqualTo("Replication factor: at most 1, this cluster has 1 broker");
        assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();
        robot.clickOn("#createTopicConfirm");
        for (String typed : new String[] {"0", "-3", "abc"}) {
            setSpinnerText("#replicationFactor", typed);
            robot.clickOn("#topicName");
            assertThat(spinnerText("#replicationFactor")).isEqualTo(typed);
            assertThat(textOf(robot, "#replicationFactorError")).startsWith("Replication factor: ");
            assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();
        }
        robot.clickOn("#createTopicCancel");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", localServers))) {
            assertThat(admin.listTopics().names().get()).as("the broker unchanged").doesNotContain(topic);
        }

        // The arrows step from what is typed, within the limits.
        robot.clickOn("#createTopicButton");
        setSpinnerText("#partitions", "4");
        robot.clickOn("#partitions .increment-arrow-button");
        assertThat(spinnerText("#partitions")).isEqualTo("5");
        robot.clickOn("#createTopicCancel");
    }

    @Test
    void createsATopicThroughTheDialog() throws Exception {
        robot.clickOn("#createTopicButton");
        robot.clickOn("#topicName").write(topic);
        setSpinnerText("#partitions", "3");
        robot.clickOn("#retentionMs").write("86400000");
        assertThat(textOf(robot, "#retentionMessage")).isEqualTo("= 1 day");
        robot.clickOn("#createTopicConfirm");

        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableNames().contains(topic));
        assertThat(robot.lookup("#topicName").tryQuery()).as("dialog closed").isEmpty();
        assertThat(textOf(robot, "#topicCount")).isEqualTo("1 topic");
        TopicSummary row = rows().stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow();
        assertThat(row.partitions()).isEqualTo(3);
        assertThat(row.replicationFactor()).isEqualTo(1);

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", localServers))) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            assertThat(d.partitions()).hasSize(3);
        }
    }

    @Test
    void theNameOfAnExistingTopicIsRefusedAsTyped() throws Exception {
        createOutsideTheApp(topic);
        robot.clickOn("#createTopicButton");
        robot.clickOn("#topicName").write(topic);
        assertThat(textOf(robot, "#topicNameError")).contains("already exists");
        assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();
        robot.clickOn("#createTopicCancel");
    }

    @Test
    void aRefusalByTheBrokerStaysInTheDialogInWords() throws Exception {
        String name = "ui-raced-" + Long.toHexString(System.nanoTime());
        robot.clickOn("#createTopicButton");
        robot.clickOn("#topicName").write(name);
        // Another client creates the same name while the dialog is open.
        try (Admin other = Admin.create(Map.of("bootstrap.servers", localServers))) {
            other.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(name, 1, (short) 1))).all().get();
        }
        robot.clickOn("#createTopicConfirm");
        awaitText(robot, "#createTopicError", "already exists", 20);
        assertThat(textOf(robot, "#createTopicError")).startsWith("Topic '" + name + "' already exists. Broker said:");
        assertThat(isShowing(robot, "#topicName")).as("dialog stays open").isTrue();
        robot.clickOn("#createTopicCancel");
        try (Admin other = Admin.create(Map.of("bootstrap.servers", localServers))) {
            other.deleteTopics(List.of(name)).all().get();
        }
        robot.clickOn("#refreshTopicsButton");
    }

    @Test
    void theFilterNarrowsTheTable() throws Exception {
        createOutsideTheApp(topic);
        robot.clickOn("#createTopicButton");
        robot.clickOn("#topicName").write("ui-payments");
        robot.clickOn("#createTopicConfirm");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableNames().size() == 2);

        robot.clickOn("#topicFilter").write("PAYM");
        assertThat(tableNames()).containsExactly("ui-payments");
        assertThat(textOf(robot, "#topicCount")).isEqualTo("1 of 2 topics");
        robot.write("zzz");
        assertThat(tableNames()).isEmpty();
        // The filter's clear button (ControlsFX's clearable field) empties it in one click.
        robot.clickOn("#topicFilter .clear-button");
        assertThat(UiTestSupport.onFx(() -> robot.lookup("#topicFilter").queryAs(TextField.class).getText())).isEmpty();
        assertThat(tableNames()).hasSize(2);
    }

    @Test
    void deleteAsksNamingTheTopicThenRemovesIt() throws Exception {
        createOutsideTheApp(topic);
        selectRow(topic);
        robot.clickOn("#deleteTopicButton");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Delete topic “" + topic + "”?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel")).queryButton());
        assertThat(tableNames()).contains(topic);

        robot.clickOn("#deleteTopicButton");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton());
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> !tableNames().contains(topic));
        assertThat(textOf(robot, "#topicsMessage")).contains("Deleted");
    }

    @Test
    void aDeadAddressFailsInWordsWhileTheWindowStaysResponsive() {
        int deadPort = EmbeddedBroker.freePort();
        erase("#bootstrapServers .text-field");
        robot.write("127.0.0.1:" + deadPort);
        // Enter in the address field connects, as the Connect button does.
        robot.type(KeyCode.ENTER);
        assertThat(textOf(robot, "#connectionStatus")).contains("Connecting");
        // The FX thread is free while the connect waits: typing into the filter shows at once.
        robot.clickOn("#topicFilter").write("still-typing");
        assertThat(UiTestSupport.onFx(() -> robot.lookup("#topicFilter").queryAs(TextField.class).getText()))
                .isEqualTo("still-typing");
        awaitText(robot, "#connectionStatus", "No Kafka broker answered at 127.0.0.1:" + deadPort + " within 3 s", 15);
        // The local broker's connection is kept: the screens go on working on it.
        assertThat(textOf(robot, "#connectionStatus")).startsWith("Connected — ")
                .contains("Connecting to 127.0.0.1:" + deadPort + " failed");
        assertThat(isDisabled(robot, "#createTopicButton")).isFalse();
    }

    /** Creates {@code name} with another client, as a colleague would, and waits until the list shows it. */
    private void createOutsideTheApp(String name) throws Exception {
        try (Admin other = Admin.create(Map.of("bootstrap.servers", localServers))) {
            other.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(name, 1, (short) 1))).all().get();
        }
        StartingPoint.refreshUntilTopics(robot, List.of(name));
    }

    private static void erase(String query) {
        UiTestSupport.erase(robot, query);
    }

    private static void setSpinnerText(String query, String value) {
        erase(query + " .text-field");
        robot.write(value);
        // No Enter: it would also press the dialog's default button. Leaving the field commits.
    }

    private static String spinnerText(String query) {
        return UiTestSupport.onFx(() -> robot.lookup(query).queryAs(javafx.scene.control.Spinner.class).getEditor().getText());
    }

    @SuppressWarnings("unchecked")
    private static List<TopicSummary> rows() {
        return UiTestSupport.onFx(() -> List.copyOf(robot.lookup("#topicTable").queryAs(TableView.class).getItems()));
    }

    private static List<String> tableNames() {
        return rows().stream().map(TopicSummary::name).toList();
    }

    @SuppressWarnings("unchecked")
    private static void selectRow(String name) {
        UiTestSupport.onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            table.getItems().stream().filter(t -> t.name().equals(name)).findFirst()
                    .ifPresent(t -> table.getSelectionModel().select(t));
            return null;
        });
    }
}
