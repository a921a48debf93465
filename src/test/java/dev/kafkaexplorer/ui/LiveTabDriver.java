package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;

import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import org.awaitility.Awaitility;
import org.testfx.api.FxRobot;

/** What the UI tests do on the Live tab as a user would: pick a topic, read it from the start, count its rows. */
final class LiveTabDriver {

    private LiveTabDriver() {
    }

    /** Refreshes the topic list, opens the Live tab and types {@code topic} once the tab knows it. */
    static void showTopic(FxRobot robot, String topic) {
        UiTestSupport.selectTab(robot, 0);
        robot.clickOn("#refreshTopicsButton");
        UiTestSupport.selectTab(robot, 2);
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> onFx(() -> model(robot).inputs().topicNames().contains(topic)));
        UiTestSupport.type(robot, "#liveTopic .text-field", topic);
    }

    /** Starts reading from the earliest record and waits for {@code rows} rows in the table. */
    static void readFromEarliest(FxRobot robot, int rows) {
        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(StartChoice.EARLIEST);
            return null;
        });
        robot.clickOn("#liveStart");
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> tableRows(robot) == rows);
    }

    /** The rows the live table shows. */
    static int tableRows(FxRobot robot) {
        return onFx(() -> robot.lookup("#liveTable").queryAs(TableView.class).getItems().size());
    }

    /** The Live tab's view-model, as its table keeps it. */
    static LiveViewModel model(FxRobot robot) {
        return onFx(() -> (LiveViewModel) robot.lookup("#liveTable").query().getProperties().get(LiveViewModel.class));
    }
}
