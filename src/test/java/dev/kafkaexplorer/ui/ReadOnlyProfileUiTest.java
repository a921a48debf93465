package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.topic.TopicConfigValue;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.TestGroups;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A read-only cluster profile on the test broker, as a user meets it: every changing action is grey
 * with the reason in view, and trying them anyway (shortcuts, menu items, a late click, Enter in a
 * field) leaves the broker as it was: no topic made or deleted, no record written, no config or
 * partition count changed, no offset moved, no group made or deleted.
 */
class ReadOnlyProfileUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final String REASON = "Read-only profile “Production EU”: changes are turned off.";
    private static final ClusterProfile READ_ONLY = new ClusterProfile(null, "Production EU", TestBroker.bootstrapServers(),
            null, Map.of(), List.of(), null, "#dc2626", true, true);
    private static final ClusterProfile WRITABLE = ClusterProfile.plaintext("Staging", TestBroker.bootstrapServers());
    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private static String topic;
    private static String group;
    private static BrokerView before;

    @BeforeAll
    static void launch() throws Exception {
        topic = TestBroker.createTopic("ui-read-only", 3);
        TestGroups.fill(topic, 3, 10);
        group = TestGroups.uniqueGroup("ui-read-only");
        TestGroups.readAndCommit(group, topic, 30, Map.of(0, 4L, 1, 10L, 2, 0L));
        app = UiTestSupport.startApp("read-only-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
        connectWithReadOnlyProfile();
        onFx(() -> {
            Stage stage = (Stage) robot.lookup("#mainTabs").query().getScene().getWindow();
            stage.setWidth(1100);
            stage.setHeight(720);
            return null;
        });
        before = BrokerView.now();
    }

    @BeforeEach
    void noDialogOpen() {
        assertThat(openDialogs()).isEmpty();
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void theTopicsScreenSaysWhyAndCreatesDeletesProducesAndChangesNothing() throws Exception {
        selectTab(1);
        assertThat(isShowing(robot, "#topicsReadOnlyNotice")).isTrue();
        assertThat(textOf(robot, "#topicsReadOnlyNotice")).isEqualTo(REASON);
        selectTopic();
        assertThat(isDisabled(robot, "#refreshTopicsButton")).as("reading stays").isFalse();
        for (String button : List.of("#createTopicButton", "#deleteTopicButton", "#produceMessageButton")) {
            assertThat(isDisabled(robot, button)).as(button).isTrue();
        }
        assertThat(menuItemDisabled("newTopicItem")).isTrue();

        robot.clickOn("#topicFilter");
        shortcut(KeyCode.N);
        fireMenuItem("newTopicItem");
        for (String button : List.of("#createTopicButton", "#deleteTopicButton", "#produceMessageButton")) {
            lateClick(button);
        }
        assertThat(openDialogs()).as("no create, delete or produce dialog").isEmpty();

        // Partitions: a valid new count, but Add stays off, and Enter in the field adds nothing.
        setText("#newPartitionCount", "6");
        assertThat(isShowing(robot, "#newPartitionCountError")).isFalse();
        assertThat(isDisabled(robot, "#addPartitionsButton")).isTrue();
        lateClick("#addPartitionsButton");
        pressEnterIn("#newPartitionCount");
        assertThat(openDialogs()).as("no add-partitions question").isEmpty();

        // Configs: a valid value, but Save and Reset stay off; Enter in the field says why.
        openConfigs();
        selectConfig("retention.ms");
        setText("#configValue", "3600000");
        assertThat(isShowing(robot, "#configError")).isFalse();
        assertThat(isDisabled(robot, "#configSave")).isTrue();
        assertThat(isDisabled(robot, "#configReset")).isTrue();
        lateClick("#configSave");
        pressEnterIn("#configValue");
        awaitText(robot, "#configStatus", REASON, 5);

        savePicture(Path.of("target", "screenshots", "read-only-topics.png"));
        assertBrokerUnchanged();
    }

    @Test
    void theProducerAndTheLiveTableWriteNothingAndJoinNoGroup() throws Exception {
        selectTab(2);
        assertThat(textOf(robot, "#producerReadOnlyNotice")).isEqualTo(REASON);
        assertThat(isShowing(robot, "#producerReadOnlyNotice")).isTrue();
        onFx(() -> {
            robot.lookup("#producerTopic").queryAs(ComboBox.class).getEditor().setText(topic);
            return null;
        });
        assertThat(textOf(robot, "#producerFormError")).as("the form itself is valid").isEmpty();
        assertThat(isDisabled(robot, "#producerStart")).isTrue();
        assertThat(menuItemDisabled("producerStartItem")).isTrue();
        // As a user works in the screen: Ctrl+Enter in the address field above would connect instead.
        robot.clickOn("#producerRate");
        shortcut(KeyCode.ENTER);
        fireMenuItem("producerStartItem");
        lateClick("#producerStart");
        assertThat(textOf(robot, "#producerSent")).isEqualTo("0");

        // A topic that does not exist: the message says it cannot be made here, and "Create it" is
        // gone (and off: a late click makes nothing).
        onFx(() -> {
            robot.lookup("#producerTopic").queryAs(ComboBox.class).getEditor().setText("ui-read-only-missing");
            return null;
        });
        assertThat(textOf(robot, "#producerTopicMessage"))
                .isEqualTo("Topic “ui-read-only-missing” does not exist yet. A read-only profile cannot create it.");
        assertThat(isShowing(robot, "#producerCreateTopic")).isFalse();
        assertThat(isDisabled(robot, "#producerCreateTopic")).isTrue();
        lateClick("#producerCreateTopic");
        savePicture(Path.of("target", "screenshots", "read-only-producer.png"));

        // The live table reads, but not as a group: that would commit the group's offsets.
        selectTab(3);
        onFx(() -> {
            robot.lookup("#liveTopic").queryAs(ComboBox.class).getEditor().setText(topic);
            return null;
        });
        setText("#liveGroup", group);
        robot.clickOn("#liveGroup");
        assertThat(textOf(robot, "#liveReadOnlyNotice")).isEqualTo(REASON);
        awaitText(robot, "#liveInputError", "Read-only: no group.", 5);
        assertThat(isDisabled(robot, "#liveStart")).isTrue();
        savePicture(Path.of("target", "screenshots", "read-only-live.png"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT, KeyCode.CONTROL);
        fireMenuItem("liveStartItem");
        assertThat(textOf(robot, "#liveStart")).as("not reading").isEqualTo("Start");
        setText("#liveGroup", "");
        assertThat(isDisabled(robot, "#liveStart")).as("reading without a group").isFalse();

        assertBrokerUnchanged();
    }

    @Test
    void theGroupsScreenNeitherResetsNorDeletes() throws Exception {
        selectTab(4);
        assertThat(textOf(robot, "#groupsReadOnlyNotice")).isEqualTo(REASON);
        assertThat(isShowing(robot, "#groupsReadOnlyNotice")).isTrue();
        setText("#groupFilter", group);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> {
            lateClick("#groupRefresh");
            return groupRows().stream().anyMatch(g -> g.groupId().equals(group));
        });
        onFx(() -> {
            TableView<GroupSummary> table = robot.lookup("#groupTable").queryAs(TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(g -> g.groupId().equals(group)).findFirst().orElseThrow());
            return null;
        });
        awaitText(robot, "#groupDetailTitle", "Empty", 20);
        assertThat(isDisabled(robot, "#groupReset")).as("an empty group, but read-only").isTrue();
        assertThat(isDisabled(robot, "#groupDelete")).isTrue();
        lateClick("#groupReset");
        lateClick("#groupDelete");
        assertThat(openDialogs()).as("no reset dialog, no delete question").isEmpty();
        savePicture(Path.of("target", "screenshots", "read-only-groups.png"));

        assertBrokerUnchanged();
    }

    @Test
    void aDialogLeftOpenWhileTheProfileTurnsReadOnlyChangesNothing() throws Exception {
        try {
            connectWith(WRITABLE);
            selectTab(1);
            selectTopic();
            robot.clickOn("#topicFilter");
            shortcut(KeyCode.N);
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#createTopicConfirm"));
            setText("#topicName", "ui-read-only-new");
            assertThat(isDisabled(robot, "#createTopicConfirm")).isFalse();
            assertThat(isShowing(robot, "#createTopicReadOnlyNotice")).isFalse();

            connectWith(READ_ONLY);
            assertThat(isShowing(robot, "#createTopicReadOnlyNotice")).isTrue();
            assertThat(textOf(robot, "#createTopicReadOnlyNotice")).isEqualTo(REASON);
            assertThat(isDisabled(robot, "#createTopicConfirm")).isTrue();
            saveDialogPicture("#createTopicConfirm", Path.of("target", "screenshots", "read-only-create-topic.png"));
            lateClick("#createTopicConfirm");
            lateClick("#createTopicCancel");

            connectWith(WRITABLE);
            selectTopic();
            lateClick("#produceMessageButton");
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#sendConfirm"));
            setText("#sendValue", "hello");
            assertThat(isDisabled(robot, "#sendConfirm")).isFalse();

            connectWith(READ_ONLY);
            assertThat(textOf(robot, "#sendReadOnlyNotice")).isEqualTo(REASON);
            assertThat(isDisabled(robot, "#sendConfirm")).isTrue();
            lateClick("#sendConfirm");
            awaitText(robot, "#sendError", REASON, 5);
            lateClick("#sendClose");
        } finally {
            connectWith(READ_ONLY);
        }
        assertBrokerUnchanged();
    }

    private static void connectWithReadOnlyProfile() {
        connectWith(READ_ONLY);
    }

    /**
     * Connects the window with {@code profile} as the Clusters window's Connect does (its own UI
     * test covers that window): the real connect, after which every screen follows the profile.
     */
    private static void connectWith(ClusterProfile profile) {
        onFx(() -> {
            ConnectionViewModel connection = (ConnectionViewModel) robot.lookup("#connectionStatus").query().getProperties()
                    .get(ConnectionViewModel.class);
            connection.connectProfile(profile);
            return null;
        });
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() ->
                textOf(robot, "#connectionStatus").startsWith("Connected to " + profile.name()));
    }

    /** Ctrl+n, as a user switches tabs: it also shows that shortcuts reach the window. */
    private static void selectTab(int n) {
        KeyCode digit = KeyCode.valueOf("DIGIT" + n);
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex() == n - 1));
    }

    private static void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    @SuppressWarnings("unchecked")
    private void selectTopic() {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> {
            lateClick("#refreshTopicsButton");
            return onFx(() -> robot.lookup("#topicTable").queryAs(TableView.class).getItems().stream()
                    .anyMatch(t -> ((TopicSummary) t).name().equals(topic)));
        });
        onFx(() -> {
            TableView<TopicSummary> table = robot.lookup("#topicTable").queryAs(TableView.class);
            TopicSummary row = table.getItems().stream().filter(t -> t.name().equals(topic)).findFirst().orElseThrow();
            table.scrollTo(row);
            table.getSelectionModel().select(row);
            return null;
        });
        awaitText(robot, "#topicDetailsTitle", topic, 5);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() ->
                robot.lookup("#partitionTable").queryAs(TableView.class).getItems().size() == 3));
    }

    private static void openConfigs() {
        onFx(() -> {
            robot.lookup("#topicDetails").queryAs(TabPane.class).getSelectionModel().select(1);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static void selectConfig(String name) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> robot.lookup("#configTable")
                .queryAs(TableView.class).getItems().stream().anyMatch(c -> ((TopicConfigValue) c).name().equals(name))));
        onFx(() -> {
            TableView<TopicConfigValue> table = robot.lookup("#configTable").queryAs(TableView.class);
            table.getSelectionModel().select(table.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow());
            return null;
        });
        awaitText(robot, "#configName", name, 5);
    }

    private static void setText(String query, String text) {
        onFx(() -> {
            robot.lookup(query).queryAs(TextInputControl.class).setText(text);
            return null;
        });
    }

    /** What Enter in {@code query} does: the field's own action. */
    private static void pressEnterIn(String query) {
        onFx(() -> {
            TextField field = robot.lookup(query).queryAs(TextField.class);
            if (field.getOnAction() != null) {
                field.getOnAction().handle(new ActionEvent(field, field));
            }
            return null;
        });
    }

    /** A click that arrives after the button went grey: its action runs anyway, as a queued click's would. */
    private static void lateClick(String query) {
        onFx(() -> {
            ButtonBase button = robot.lookup(query).queryAs(ButtonBase.class);
            button.getOnAction().handle(new ActionEvent(button, button));
            return null;
        });
    }

    private static Stream<MenuItem> menuItems() {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .flatMap(item -> item instanceof Menu sub ? sub.getItems().stream() : Stream.of(item));
    }

    private static boolean menuItemDisabled(String id) {
        return onFx(() -> menuItems().filter(item -> id.equals(item.getId())).findFirst().orElseThrow().isDisable());
    }

    /** Fires a menu item even while it is disabled ({@link MenuItem#fire()} does not check). */
    private static void fireMenuItem(String id) {
        onFx(() -> {
            menuItems().filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
    }

    private static List<Window> openDialogs() {
        return onFx(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window instanceof Stage stage && stage.getOwner() != null).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<GroupSummary> groupRows() {
        return onFx(() -> List.copyOf(robot.lookup("#groupTable").queryAs(TableView.class).getItems()));
    }

    /** The window as the user sees it now, as a PNG, to look at after the run. */
    private static void savePicture(Path file) throws Exception {
        Image picture = onFx(() -> robot.lookup("#mainTabs").query().getScene().snapshot(null));
        ScenePicture.write(picture, file);
    }

    private static void saveDialogPicture(String anyNodeInIt, Path file) throws Exception {
        Image picture = onFx(() -> robot.lookup(anyNodeInIt).query().getScene().snapshot(null));
        ScenePicture.write(picture, file);
    }

    /** The broker shows no change for two seconds after the attempts (a refused change never leaves the app). */
    private static void assertBrokerUnchanged() {
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> BrokerView.now().equals(before));
    }

    /** What a change could touch, read with a plain admin client of the test's own. */
    private record BrokerView(Set<String> topics, int partitions, Map<String, Long> endOffsets, String retentionMs,
                              Set<String> groups, Map<String, Long> groupOffsets) {

        static BrokerView now() throws Exception {
            try (Admin admin = TestBroker.admin()) {
                Set<String> topics = admin.listTopics().names().get();
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                for (int p = 0; p < partitions; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
                Map<String, Long> ends = new TreeMap<>();
                admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp.toString(), info.offset()));
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                String retention = admin.describeConfigs(List.of(resource)).all().get().get(resource).get("retention.ms").value();
                Set<String> groups = Set.copyOf(admin.listGroups().all().get().stream().map(g -> g.groupId()).toList());
                Map<String, Long> committed = new TreeMap<>();
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                        .forEach((tp, offset) -> committed.put(tp.toString(), offset.offset()));
                return new BrokerView(topics, partitions, ends, retention, groups, committed);
            }
        }
    }
}
