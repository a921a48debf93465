package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.groups.GroupSummary;
import dev.kafkaexplorer.kafka.groups.PartitionLag;
import dev.kafkaexplorer.kafka.groups.ResetPlanRow;
import dev.kafkaexplorer.kafka.groups.ResetStrategy;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.TestGroups;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The consumer-groups tab as a user drives it, against the test broker. Each test has a group of
 * its own that a test consumer made: it read all 30 records of 3 partitions and committed 4, 10
 * and 0; so each runs alone and in any order.
 */
class GroupsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private static String topic;
    private String group;

    @BeforeAll
    static void launch() throws Exception {
        topic = TestBroker.createTopic("ui-groups", 3);
        TestGroups.fill(topic, 3, 10);
        app = UiTestSupport.startApp("groups-ui", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
        awaitText(robot, "#groupCount", "consumer group", 30);
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#groupRefresh"));
    }

    @BeforeEach
    void makeGroup() {
        // Made once the app has loaded the list on connect, so only a later load can show it.
        group = TestGroups.uniqueGroup("ui-group");
        TestGroups.readAndCommit(group, topic, 30, Map.of(0, 4L, 1, 10L, 2, 0L));
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void theListShowsTheGroupWithItsLagAndTheDetailItsPartitions() {
        // The group was made after the app listed the groups; opening the tab (or, when an earlier
        // test opened it, a refresh) lists them as they are now.
        openGroupsTab();
        setFilter("");
        refreshUntil(() -> row(group) != null);
        assertThat(row(group).totalLag()).isEqualTo(16);
        assertThat(row(group).state()).isEqualTo("Empty");

        robot.clickOn("#groupFilter").write(group.substring(0, group.length() - 3));
        assertThat(rows()).extracting(GroupSummary::groupId).containsExactly(group);
        assertThat(textOf(robot, "#groupCount")).matches("1 of \\d+ consumer groups|1 consumer group");

        clickGroupRow();
        assertThat(offsets()).extracting(PartitionLag::committed, PartitionLag::end, PartitionLag::lag).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, 10L, 6L),
                org.assertj.core.groups.Tuple.tuple(10L, 10L, 0L),
                org.assertj.core.groups.Tuple.tuple(0L, 10L, 10L));
        assertThat(isDisabled(robot, "#groupReset")).isFalse();
    }

    @Test
    void resetIsBlockedWithTheReasonWhileTheGroupHasMembers() throws Exception {
        showGroup();
        try (var member = new TestGroups.Member(group, topic)) {
            assertThat(member.awaitJoined(Duration.ofSeconds(30))).isTrue();
            refreshUntil(() -> textOf(robot, "#groupResetReason").contains("Offsets can be reset only while the group is empty"));
            assertThat(textOf(robot, "#groupResetReason")).contains("has 1 member").contains("Stop its consumers first");
            assertThat(isDisabled(robot, "#groupReset")).isTrue();
            assertThat(textOf(robot, "#groupDetailTitle")).contains("1 member");
        }
        refreshUntil(() -> !isDisabled(robot, "#groupReset"));
    }

    @Test
    void aConsumerJoiningWhileTheDialogIsOpenMakesTheBrokerRefuseInWords() throws Exception {
        showGroup();
        robot.clickOn("#groupReset");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#resetConfirm"));
        try (var member = new TestGroups.Member(group, topic)) {
            assertThat(member.awaitJoined(Duration.ofSeconds(30))).isTrue();
            robot.clickOn("#resetConfirm");
            robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Reset offsets")).queryButton());
            awaitText(robot, "#resetError", "Not reset: Group '" + group + "' has active members", 20);
            assertThat(textOf(robot, "#resetError")).contains("stop its consumers first").contains("Broker said:");
        }
        robot.clickOn("#resetCancel");
        try (Admin admin = TestBroker.admin()) {
            assertThat(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values())
                    .extracting(o -> o.offset()).containsExactlyInAnyOrder(4L, 10L, 0L);
        }
        refreshUntil(() -> !isDisabled(robot, "#groupReset"));
    }

    @Test
    void aTypedOffsetStaysAsTypedAndIsRefusedInWords() throws Exception {
        showGroup();
        robot.clickOn("#groupReset");
        setStrategy(ResetStrategy.OFFSET);
        java.util.Map<String, String> refused = java.util.Map.of(
                "-3", "Offset: at least 0",
                "abc", "Offset: “abc” is not a whole number",
                "99999999999999999999", "Offset: too large a number");
        for (var typed : refused.entrySet()) {
            UiTestSupport.erase(robot, "#resetValue");
            robot.write(typed.getKey());
            robot.clickOn("#resetPreview");
            assertThat(onFx(() -> robot.lookup("#resetValue").queryAs(javafx.scene.control.TextField.class).getText()))
                    .as("still as typed after leaving the field").isEqualTo(typed.getKey());
            awaitText(robot, "#resetValueError", typed.getValue(), 5);
            assertThat(textOf(robot, "#resetValueError")).isEqualTo(typed.getValue());
            assertThat(isDisabled(robot, "#resetConfirm")).as(typed.getKey()).isTrue();
        }
        robot.clickOn("#resetCancel");
        try (Admin admin = TestBroker.admin()) {
            assertThat(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values())
                    .as("the broker unchanged").extracting(o -> o.offset()).containsExactlyInAnyOrder(4L, 10L, 0L);
        }
    }

    @Test
    void resetToEarliestShowsThePreviewAsksThenTheOffsetsShowUpdated() throws Exception {
        showGroup();
        robot.clickOn("#groupReset");
        // A date-time that is no date is explained as typed, and nothing can be confirmed.
        setStrategy(ResetStrategy.TIMESTAMP);
        robot.clickOn("#resetValue").write("2025-13-01 10:00");
        awaitText(robot, "#resetValueError", "Not a real date and time", 5);
        assertThat(isDisabled(robot, "#resetConfirm")).isTrue();

        // A value typed key by key still gets its preview once typing pauses.
        setStrategy(ResetStrategy.OFFSET);
        UiTestSupport.erase(robot, "#resetValue");
        robot.write("2");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> preview().size() == 3
                && preview().stream().allMatch(r -> r.target() == 2L));

        setStrategy(ResetStrategy.EARLIEST);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> preview().size() == 3);
        assertThat(preview()).extracting(ResetPlanRow::current, ResetPlanRow::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, 0L),
                org.assertj.core.groups.Tuple.tuple(10L, 0L),
                org.assertj.core.groups.Tuple.tuple(0L, 0L));
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#resetConfirm"));
        robot.clickOn("#resetConfirm");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Reset the offsets of “" + group + "”?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Reset offsets")).queryButton());

        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> robot.lookup("#resetPreview").tryQuery().isEmpty());
        awaitText(robot, "#groupDetailTitle", "total lag 30", 20);
        assertThat(offsets()).extracting(PartitionLag::committed).containsExactly(0L, 0L, 0L);
        assertThat(textOf(robot, "#groupsMessage")).isEqualTo("Reset the offsets of “" + group + "” on 3 partitions.");
        try (Admin admin = TestBroker.admin()) {
            assertThat(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values())
                    .allSatisfy(o -> assertThat(o.offset()).isZero());
        }
    }

    @Test
    void deleteAsksNamingTheGroupThenRemovesIt() throws Exception {
        showGroup();
        robot.clickOn("#groupDelete");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Delete consumer group “" + group + "”?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton());
        awaitText(robot, "#groupsMessage", "Deleted consumer group “" + group + "”.", 20);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> row(group) == null);
        try (Admin admin = TestBroker.admin()) {
            assertThat(admin.listGroups().all().get()).noneMatch(g -> g.groupId().equals(group));
        }
    }

    @Test
    void aRefusedDeleteIsShownWholeUnderTheDeleteButton() throws Exception {
        showGroup();
        try (var member = new TestGroups.Member(group, topic)) {
            assertThat(member.awaitJoined(Duration.ofSeconds(30))).isTrue();
            robot.clickOn("#groupDelete");
            robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton());
            awaitText(robot, "#groupDeleteRefusal", "Could not delete “" + group + "”", 20);
            String refusal = textOf(robot, "#groupDeleteRefusal");
            assertThat(refusal).contains("still has active members: stop its consumers first.").contains("Broker said:");
            assertThat(textOf(robot, "#groupsMessage")).as("not cut off in the footer").doesNotContain("Could not delete");
            // Whole on screen: the label's drawn text is its text, wrapped, not cut with "…".
            assertThat(onFx(() -> {
                javafx.scene.control.Label label = robot.lookup("#groupDeleteRefusal").queryAs(javafx.scene.control.Label.class);
                String drawn = label.lookupAll(".text").stream().map(n -> ((javafx.scene.text.Text) n).getText())
                        .reduce("", String::concat);
                return label.isVisible() && drawn.replace("\n", " ").equals(refusal);
            })).isTrue();
            try (Admin admin = TestBroker.admin()) {
                assertThat(admin.listGroups().all().get()).anyMatch(g -> g.groupId().equals(group));
            }
        }
    }

    void aStableGroupThatHasCommittedNothingShowsItsTotalLagAsUnknown() throws Exception {
        String uncommitted = TestGroups.uniqueGroup("ui-uncommitted");
        try (var member = new TestGroups.Member(uncommitted, topic)) {
            assertThat(member.awaitJoined(Duration.ofSeconds(30))).isTrue();
            openGroupsTab();
            setFilter(uncommitted);
            refreshUntil(() -> row(uncommitted) != null && "Stable".equals(row(uncommitted).state()));
            // What the lag column draws for the group: a dash, as each partition's lag reads, not 0.
            Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(GroupsUiTest::lagCellText).equals("—"));
            robot.clickOn(robot.lookup("#groupTable .table-cell")
                    .match((javafx.scene.control.TableCell<?, ?> c) -> uncommitted.equals(c.getText())).queryAs(javafx.scene.Node.class));
            awaitText(robot, "#groupDetailTitle", "total lag —", 20);
        }
    }

    /** The text of the lag cell in the first row of the groups table, as drawn. */
    private static String lagCellText() {
        return robot.lookup("#groupTable .table-row-cell").queryAll().stream()
                .map(row -> (javafx.scene.control.TableRow<?>) row).filter(row -> row.getItem() != null).findFirst()
                .map(row -> row.lookupAll(".table-cell").stream().map(c -> (javafx.scene.control.TableCell<?, ?>) c)
                        .filter(c -> c.getTableColumn() != null && "groupLagColumn".equals(c.getTableColumn().getId()))
                        .map(javafx.scene.control.TableCell::getText).findFirst().orElse(""))
                .orElse("");
    }

    /** The tab open, this test's group alone in the list and selected, its detail shown. */
    private void showGroup() {
        openGroupsTab();
        setFilter(group);
        refreshUntil(() -> row(group) != null);
        clickGroupRow();
    }

    private void clickGroupRow() {
        robot.clickOn(robot.lookup("#groupTable .table-cell").match((javafx.scene.control.TableCell<?, ?> c) -> group.equals(c.getText()))
                .queryAs(javafx.scene.Node.class));
        awaitText(robot, "#groupDetailTitle", "total lag 16", 20);
    }

    private static void openGroupsTab() {
        onFx(() -> {
            TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "groupsTab".equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
    }

    private static void setFilter(String text) {
        onFx(() -> {
            robot.lookup("#groupFilter").queryAs(TextField.class).setText(text);
            return null;
        });
    }

    /**
     * Refreshes until {@code done}. Refresh is disabled while a load runs, and a click on it then is
     * lost, so it is fired again whenever it is enabled.
     */
    private static void refreshUntil(Callable<Boolean> done) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(500, TimeUnit.MILLISECONDS).until(() -> {
            if (done.call()) {
                return true;
            }
            onFx(() -> {
                Button refresh = robot.lookup("#groupRefresh").queryButton();
                if (!refresh.isDisabled()) {
                    refresh.fire();
                }
                return null;
            });
            return false;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<GroupSummary> rows() {
        return onFx(() -> List.copyOf(robot.lookup("#groupTable").queryAs(TableView.class).getItems()));
    }

    private static GroupSummary row(String id) {
        return rows().stream().filter(g -> g.groupId().equals(id)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static List<PartitionLag> offsets() {
        return onFx(() -> List.copyOf(robot.lookup("#groupOffsets").queryAs(TableView.class).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<ResetPlanRow> preview() {
        return onFx(() -> List.copyOf(robot.lookup("#resetPreview").queryAs(TableView.class).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static void setStrategy(ResetStrategy strategy) {
        onFx(() -> {
            robot.lookup("#resetStrategy").queryAs(ComboBox.class).setValue(strategy);
            return null;
        });
    }
}
