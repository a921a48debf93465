package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.topic.PartitionDetails;
import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The details below the topic list, as a user drives them on the local broker: select a topic,
 * read its partitions, edit and reset a config, see a refusal in words, add partitions. Each test
 * has a new topic of 3 partitions of its own, so each runs alone and in any order.
 */
class TopicDetailsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private String topic;

    @BeforeAll
    static void launch() throws Exception {
        Path configDir = Files.createTempDirectory("kafka-explorer-details-ui");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--local-broker", "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 60);
    }

    @BeforeEach
    void newTopic() throws Exception {
        topic = "ui-details-" + Long.toHexString(System.nanoTime());
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        // The details as a user finds them after a start: partitions first, no config filter.
        onFx(() -> {
            robot.lookup("#topicDetails").queryAs(TabPane.class).getSelectionModel().select(0);
            robot.lookup("#configFilter").queryAs(TextField.class).clear();
            robot.lookup("#configOnlyOverridden").queryAs(CheckBox.class).setSelected(false);
            return null;
        });
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void selectingATopicShowsItsPartitions() throws Exception {
        listTopic();
        assertThat(textOf(robot, "#topicDetailsTitle")).doesNotContain(topic);

        selectTopic();
        assertThat(partitionRows()).extracting(PartitionDetails::partition).containsExactly(0, 1, 2);
        assertThat(partitionRows()).allSatisfy(p -> {
            assertThat(p.replicas()).containsExactly(1);
            assertThat(p.isr()).containsExactly(1);
            assertThat(p.endOffset()).hasValue(0);
        });
        assertThat(textOf(robot, "#partitionSummary")).isEqualTo("3 partitions · all in sync");
    }

    @Test
    void aConfigIsCheckedAsTypedThenSavedAndShownAsTheTopicsOwn() throws Exception {
        listTopic();
        selectTopic();
        openConfigs();
        robot.clickOn("#configFilter").write("retention.ms");
        // delete.retention.ms and local.retention.ms match too
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> configRows().size() == 3);
        selectConfig("retention.ms");
        assertThat(textOf(robot, "#configName")).isEqualTo("retention.ms");
        assertThat(config("retention.ms").overridden()).isFalse();
        assertThat(isDisabled(robot, "#configReset")).as("nothing to reset").isTrue();

        UiTestSupport.erase(robot, "#configValue");
        robot.write("abc");
        assertThat(isShowing(robot, "#configError")).isTrue();
        assertThat(textOf(robot, "#configError")).contains("whole number");
        assertThat(isDisabled(robot, "#configSave")).isTrue();

        UiTestSupport.erase(robot, "#configValue");
        robot.write("3600000");
        assertThat(isShowing(robot, "#configError")).isFalse();
        assertThat(textOf(robot, "#configHint")).isEqualTo("= 1 h");
        robot.clickOn("#configSave");

        awaitText(robot, "#configStatus", "Saved retention.ms = 3600000", 20);
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> config("retention.ms").overridden());
        TopicConfigValue saved = config("retention.ms");
        assertThat(saved.value()).isEqualTo("3600000");
        assertThat(saved.origin().label()).isEqualTo("topic override");
        assertThat(onFx(() -> robot.lookup("#configTable .table-row-cell").match(Node::isVisible)
                .queryAll().stream().anyMatch(n -> n.getStyleClass().contains("config-overridden")))).isTrue();
        assertThat(onBroker("retention.ms").source()).isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
        assertThat(onBroker("retention.ms").value()).isEqualTo("3600000");

        // Only the topic's own values: just this one.
        UiTestSupport.erase(robot, "#configFilter");
        robot.clickOn("#configOnlyOverridden");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> configRows().size() == 1);
        assertThat(configRows().get(0).name()).isEqualTo("retention.ms");
    }

    @Test
    void resetBringsTheDefaultBack() throws Exception {
        try (Admin admin = admin()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                    new ConfigEntry("retention.ms", "3600000"), AlterConfigOp.OpType.SET)))).all().get();
        }
        listTopic();
        selectTopic();
        openConfigs();
        robot.clickOn("#configOnlyOverridden");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> configRows().size() == 1);
        selectConfig("retention.ms");
        assertThat(isDisabled(robot, "#configReset")).isFalse();
        robot.clickOn("#configReset");
        awaitText(robot, "#configStatus", "Reset retention.ms to its default", 20);
        robot.clickOn("#configOnlyOverridden");
        robot.clickOn("#configFilter").write("retention.ms");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> configRows().size() == 3 && !config("retention.ms").overridden());
        assertThat(config("retention.ms").value()).isEqualTo("604800000");
        assertThat(onFx(() -> robot.lookup("#configTable .table-row-cell").queryAll().stream()
                .noneMatch(n -> n.getStyleClass().contains("config-overridden")))).isTrue();
        assertThat(onBroker("retention.ms").source()).isNotEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
    }

    @Test
    void aValueTheBrokerRefusesIsExplainedInWords() throws Exception {
        listTopic();
        selectTopic();
        openConfigs();
        robot.clickOn("#configFilter").write("cleanup.policy");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> configRows().size() == 1);
        selectConfig("cleanup.policy");
        UiTestSupport.erase(robot, "#configValue");
        robot.write("bogus");
        robot.clickOn("#configSave");
        awaitText(robot, "#configError", "Not saved: Refused by the cluster. Broker said:", 20);
        assertThat(textOf(robot, "#configError")).contains("bogus");
        assertThat(configRows().get(0).value()).isEqualTo("delete");
        // Typing again clears the refusal.
        robot.clickOn("#configValue").write("x");
        assertThat(isShowing(robot, "#configError")).isFalse();
    }

    @Test
    void addsPartitionsAfterAskingFirst() throws Exception {
        listTopic();
        selectTopic();
        java.util.Map<String, String> refused = java.util.Map.of(
                "3", "New partition count: at least 4, partitions can be added, never removed",
                "0", "New partition count: at least 4, partitions can be added, never removed",
                "-3", "New partition count: at least 4, partitions can be added, never removed",
                "abc", "New partition count: “abc” is not a whole number",
                "100000", "New partition count: at most 10,000");
        for (var typed : refused.entrySet()) {
            UiTestSupport.erase(robot, "#newPartitionCount");
            robot.write(typed.getKey());
            robot.clickOn("#partitionTable");
            assertThat(onFx(() -> robot.lookup("#newPartitionCount").queryAs(javafx.scene.control.TextField.class).getText()))
                    .as("still as typed after leaving the field").isEqualTo(typed.getKey());
            assertThat(textOf(robot, "#newPartitionCountError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#addPartitionsButton")).as(typed.getKey()).isTrue();
        }
        assertThat(partitionRows()).as("the broker unchanged").hasSize(3);
        UiTestSupport.erase(robot, "#newPartitionCount");
        robot.write("5");
        assertThat(isShowing(robot, "#newPartitionCountError")).isFalse();
        robot.clickOn("#addPartitionsButton");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Go from 3 to 5 partitions?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Add partitions")).queryButton());

        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> partitionRows().size() == 5);
        awaitText(robot, "#partitionsMessage", "now has 5 partitions", 5);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() ->
                topicRows().stream().anyMatch(t -> t.name().equals(topic) && t.partitions() == 5));
        assertThat(textOf(robot, "#topicDetailsTitle")).contains(topic).as("still selected after the list refreshed");
    }

    /** Refreshes the topic list until this test's topic is in it (a click while a load runs is lost). */
    private void listTopic() {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(500, TimeUnit.MILLISECONDS).until(() -> {
            if (topicRows().stream().anyMatch(t -> t.name().equals(topic))) {
                return true;
            }
            onFx(() -> {
                Button refresh = robot.lookup("#refreshTopicsButton").queryButton();
                if (!refresh.isDisabled()) {
                    refresh.fire();
                }
                return null;
            });
            return false;
        });
    }

    /** Clicks this test's topic in the list and waits for its 3 partitions below. */
    @SuppressWarnings("unchecked")
    private void selectTopic() {
        onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            table.scrollTo(table.getItems().stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow());
            return null;
        });
        // The scrolled-to row gets its cells at the next layout pulse.
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#topicTable .table-cell")
                .match((javafx.scene.control.Labeled l) -> topic.equals(l.getText())).tryQuery().isPresent()));
        robot.clickOn(robot.lookup("#topicTable .table-cell").match((javafx.scene.control.Labeled l) -> topic.equals(l.getText()))
                .queryAs(Node.class));
        awaitText(robot, "#topicDetailsTitle", topic, 5);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> partitionRows().size() == 3);
    }

    @SuppressWarnings("unchecked")
    private static void selectConfig(String name) {
        onFx(() -> {
            TableView<TopicConfigValue> table = robot.lookup("#configTable").queryAs(TableView.class);
            table.scrollTo(config(name));
            return null;
        });
        // The scrolled-to row gets its cells at the next layout pulse.
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#configTable .table-cell")
                .match((javafx.scene.control.Labeled l) -> name.equals(l.getText())).tryQuery().isPresent()));
        robot.clickOn(robot.lookup("#configTable .table-cell").match((javafx.scene.control.Labeled l) -> name.equals(l.getText()))
                .queryAs(Node.class));
    }

    private static TopicConfigValue config(String name) {
        return configRows().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static void openConfigs() {
        onFx(() -> {
            robot.lookup("#topicDetails").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
    }

    private ConfigEntry onBroker(String name) throws Exception {
        try (Admin admin = admin()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return admin.describeConfigs(List.of(resource)).all().get().get(resource).get(name);
        }
    }

    private static Admin admin() {
        String servers = textOf(robot, "#connectionStatus").replaceAll(".*local broker on ([^)]+)\\).*", "$1");
        return Admin.create(Map.of("bootstrap.servers", servers));
    }

    @SuppressWarnings("unchecked")
    private static List<TopicSummary> topicRows() {
        return onFx(() -> List.copyOf(robot.lookup("#topicTable").queryAs(TableView.class).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<PartitionDetails> partitionRows() {
        return onFx(() -> List.copyOf(robot.lookup("#partitionTable").queryAs(TableView.class).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<TopicConfigValue> configRows() {
        return onFx(() -> List.copyOf(robot.lookup("#configTable").queryAs(TableView.class).getItems()));
    }
}
