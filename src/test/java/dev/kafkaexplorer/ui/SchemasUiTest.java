package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kafkaexplorer.ui.schemas.VersionDiff;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The Schemas tab as a user drives it, against the local schema registry on the test broker
 * (given to the app with --schema-registry): register v1, v2 compatible and v3 incompatible with
 * the verdicts in words, the diff of v1 and v2, and a version soft-deleted after the question.
 */
class SchemasUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final String V1 = "{\"type\": \"record\", \"name\": \"Order\", \"doc\": \"An order\", "
            + "\"fields\": [{\"name\": \"id\", \"type\": \"string\"}]}";
    /** Compatible: a new field with a default, and another doc. */
    private static final String V2 = "{\"type\": \"record\", \"name\": \"Order\", \"doc\": \"An order, with a note\", "
            + "\"fields\": [{\"name\": \"id\", \"type\": \"string\"}, {\"name\": \"note\", \"type\": \"string\", \"default\": \"\"}]}";
    /** Incompatible under BACKWARD: a string field read as an int. */
    private static final String V3 = "{\"type\": \"record\", \"name\": \"Order\", \"doc\": \"An order\", "
            + "\"fields\": [{\"name\": \"id\", \"type\": \"int\"}, {\"name\": \"note\", \"type\": \"string\", \"default\": \"\"}]}";

    private static final FxRobot robot = new FxRobot();
    private static AppWithLocalRegistry app;

    @BeforeAll
    static void launch() throws Exception {
        app = AppWithLocalRegistry.launch("schemas-ui", robot);
        UiTestSupport.selectTab(robot, 5);
        awaitText(robot, "#subjectCount", "subject", 30);
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void registerCheckCompareAndSoftDeleteVersions() throws Exception {
        String subject = "ui-orders-" + System.nanoTime() + "-value";
        innerTab("newVersionTab");
        UiTestSupport.type(robot, "#registerSubject", subject);
        UiTestSupport.choose(robot, "#registerType", "Avro");
        UiTestSupport.type(robot, "#registerSchema", V1);
        robot.clickOn("#registerButton");
        awaitText(robot, "#registerOutcome", "Registered version 1 of “" + subject + "”, schema id ", 20);
        awaitSelected(subject);

        UiTestSupport.type(robot, "#registerSchema", V2);
        robot.clickOn("#checkCompatibilityButton");
        awaitText(robot, "#registerOutcome", "Compatible: “" + subject + "” can take this schema as its next version.", 20);
        robot.clickOn("#registerButton");
        awaitText(robot, "#registerOutcome", "Registered version 2 of “" + subject + "”", 20);

        UiTestSupport.type(robot, "#registerSchema", V3);
        robot.clickOn("#checkCompatibilityButton");
        awaitText(robot, "#registerOutcome", "Not compatible with the latest version of “" + subject + "”", 20);
        assertThat(textOf(robot, "#registerOutcome")).as("with the registry's reasons")
                .doesNotContain("no reasons").matches("(?s).*”: .+");
        robot.clickOn("#registerButton");
        awaitText(robot, "#registerOutcome", "Not registered: the schema is incompatible with subject " + subject, 20);

        // The newest version shows, coloured, with its id and type.
        innerTab("versionsTab");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> versions().equals(List.of(1, 2)));
        awaitText(robot, "#schemaMeta", "Version 2 · id ", 20);
        assertThat(textOf(robot, "#schemaMeta")).endsWith(" · Avro");
        assertThat(onFx(() -> robot.lookup("#schemaText").queryAs(TextFlow.class).getChildren().stream()
                .map(Text.class::cast).filter(t -> t.getStyleClass().contains("schema-key")).map(Text::getText).toList()))
                .contains("\"type\"", "\"fields\"", "\"default\"");

        // The diff of v1 and v2 shows the changed line, removed then added, coloured.
        innerTab("compareTab");
        awaitText(robot, "#compareButton", "Compare v1 with v2", 10);
        robot.clickOn("#compareButton");
        awaitText(robot, "#diffSummary", "v1 → v2: ", 20);
        List<VersionDiff.Line> changed = onFx(() -> diffLines().stream().filter(l -> l.change() != VersionDiff.Change.SAME).toList());
        assertThat(changed).extracting(VersionDiff.Line::change, VersionDiff.Line::text)
                .startsWith(tuple(VersionDiff.Change.REMOVED, "  \"doc\": \"An order\","),
                        tuple(VersionDiff.Change.ADDED, "  \"doc\": \"An order, with a note\","));
        assertThat(onFx(() -> robot.lookup(".diff-list .diff-removed").queryAll().size())).isPositive();
        assertThat(onFx(() -> robot.lookup(".diff-list .diff-added").queryAll().size())).isPositive();

        // Soft-delete v1 after the question naming it.
        innerTab("versionsTab");
        onFx(() -> {
            robot.lookup("#versionList").queryListView().getSelectionModel().select(Integer.valueOf(1));
            return null;
        });
        awaitText(robot, "#schemaMeta", "Version 1 · ", 20);
        robot.clickOn("#deleteVersionButton");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Delete version 1 of “" + subject + "”?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete version 1")).queryButton());
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> versions().equals(List.of(2)));
        awaitText(robot, "#schemasMessage", "Deleted version 1 of “" + subject + "” (a soft delete).", 10);
        assertThat(app.client().versions(subject))
                .as("the registry's own list").containsExactly(2);
        assertThat(isDisabled(robot, "#deleteVersionButton")).isFalse();
    }

    private static void innerTab(String id) {
        onFx(() -> {
            TabPane tabs = robot.lookup("#schemaTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
            return null;
        });
    }

    private static void awaitSelected(String subject) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> subject.equals(
                onFx(() -> robot.lookup("#subjectList").queryListView().getSelectionModel().getSelectedItem())));
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> versions() {
        return onFx(() -> List.copyOf(((ListView<Integer>) robot.lookup("#versionList").queryAs(ListView.class)).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<VersionDiff.Line> diffLines() {
        return List.copyOf(((ListView<VersionDiff.Line>) robot.lookup("#diffList").queryAs(ListView.class)).getItems());
    }
}
