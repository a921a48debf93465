package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.TestBroker;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Schemas tab on a cluster without a schema registry: the last tab (Ctrl+6), saying how to set one, whole. */
class SchemasWithoutRegistryUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("schemas-no-registry", "--bootstrap-servers=" + TestBroker.bootstrapServers());
        awaitText(robot, "#connectionStatus", "Connected", 30);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void theTabSaysTheClusterHasNoRegistryAndHowToSetOne() {
        MenuItem sixth = onFx(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "Schemas".equals(item.getText()))
                .findFirst().orElseThrow());
        assertThat(onFx(() -> sixth.getAccelerator().getName())).isEqualTo("Shortcut+6");
        onFx(() -> {
            sixth.fire();
            return null;
        });
        assertThat(onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId()))
                .isEqualTo("schemasTab");

        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#schemasEmptyState"));
        Label words = onFx(() -> robot.lookup("#schemasEmptyState .table-placeholder").queryAs(Label.class));
        assertThat(onFx(words::getText)).isEqualTo("This cluster has no schema registry. Set one in its profile "
                + "(Clusters…) or start with --schema-registry=URL.");
        assertThat(isShowing(robot, "#schemasRetry")).as("nothing to retry").isFalse();
        assertThat(onFx(() -> inView(robot.lookup("#subjectList").query()))).as("the subjects are not in view").isFalse();
        Node tab = onFx(() -> robot.lookup("#schemasRoot").query());
        assertThat(onFx(() -> CutText.under(tab))).isEmpty();
    }

    /** Whether {@code node} and every parent up to the scene are visible. */
    static boolean inView(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
