package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;

import dev.kafkaexplorer.kafka.TopicSummary;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;

/**
 * Brings an app that a UI test class shares between its tests to the state a test starts from,
 * whatever the tests before it left: so each test passes alone and in any order.
 */
final class StartingPoint {

    private static final String LOCAL_SERVERS = ".*local broker on ([^)]+)\\).*";

    private StartingPoint() {
    }

    /**
     * The window connected to the local broker, with no dialog open, the topics tab selected and
     * its filter empty. Returns the local broker's bootstrap servers.
     */
    static String connectedToTheLocalBroker(FxRobot robot) {
        closeDialogs();
        onFx(() -> {
            robot.lookup("#mainTabs").queryAs(TabPane.class).getSelectionModel().select(0);
            robot.lookup("#topicFilter").queryAs(TextField.class).clear();
            return null;
        });
        // Whatever is under way (the start's connect, a connect to a dead address) ends first.
        Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> !UiTestSupport.isShowing(robot, "#connectionProgress"));
        if (!localBrokerConnected(robot)) {
            // As a user would: a broker left running while connected elsewhere (or not at all) is
            // stopped, then started again, which connects to it.
            if (textOf(robot, "#localBrokerButton").equals("Stop local broker")) {
                fire(robot, "#localBrokerButton");
            }
            awaitText(robot, "#localBrokerButton", "Start local broker", 60);
            fire(robot, "#localBrokerButton");
            Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                    .until(() -> localBrokerConnected(robot));
        }
        return textOf(robot, "#connectionStatus").replaceAll(LOCAL_SERVERS, "$1");
    }

    /** Deletes every topic on {@code servers} and waits until the topic list says so. */
    static void withoutTopics(FxRobot robot, String servers) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
            Set<String> names = admin.listTopics().names().get();
            if (!names.isEmpty()) {
                admin.deleteTopics(names).all().get();
            }
        }
        refreshUntilTopics(robot, List.of());
    }

    /** Presses Refresh until the topic list shows exactly {@code names}, in any order. */
    static void refreshUntilTopics(FxRobot robot, List<String> names) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> {
            fire(robot, "#refreshTopicsButton");
            List<String> shown = onFx(() -> robot.lookup("#topicTable").queryAs(TableView.class)
                    .getItems().stream().map(row -> ((TopicSummary) row).name()).toList());
            return shown.size() == names.size() && shown.containsAll(names);
        });
    }

    private static boolean localBrokerConnected(FxRobot robot) {
        String status = textOf(robot, "#connectionStatus");
        return status.startsWith("Connected") && status.matches(LOCAL_SERVERS);
    }

    private static void fire(FxRobot robot, String query) {
        onFx(() -> {
            Button button = robot.lookup(query).queryButton();
            if (!button.isDisabled()) {
                button.fire();
            }
            return null;
        });
    }

    /** Closes the windows a test left open over the main window (dialogs, About). */
    private static void closeDialogs() {
        onFx(() -> {
            List.copyOf(Window.getWindows()).stream()
                    .filter(window -> window instanceof Stage stage && stage.getOwner() != null)
                    .forEach(Window::hide);
            return null;
        });
    }
}
