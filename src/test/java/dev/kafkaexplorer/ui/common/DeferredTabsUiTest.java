package dev.kafkaexplorer.ui.common;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.ui.UiTestSupport;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Screens behind unselected tabs wait outside the scene, are still found, and join when wanted. */
@ExtendWith(ApplicationExtension.class)
class DeferredTabsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private TabPane tabs;
    private Button secondScreenButton;
    private Label thirdScreenLabel;
    private Label fourthScreenLabel;

    @Start
    void start(Stage stage) {
        secondScreenButton = new Button("Start");
        secondScreenButton.setId("secondStart");
        thirdScreenLabel = new Label("third");
        fourthScreenLabel = new Label("fourth");
        tabs = new TabPane(new Tab("First", new Label("first")), new Tab("Second", new VBox(secondScreenButton)),
                new Tab("Third", new VBox(thirdScreenLabel)), new Tab("Fourth", new VBox(fourthScreenLabel)));
        DeferredTabs.deferUnselected(tabs);
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void waitingScreensAreFoundByIdAndJoinTheSceneWhenTheirTabIsSelectedOrOnePerFrameLater() {
        assertThat(onFx(() -> secondScreenButton.getScene())).as("not styled for the first frame").isNull();
        assertThat(onFx(() -> NodeTree.byId(tabs, "secondStart", Button.class))).contains(secondScreenButton);
        assertThat(onFx(() -> DeferredTabs.content(tabs.getTabs().get(1)))).isNotNull();

        onFx(() -> {
            tabs.getSelectionModel().select(1);
            return null;
        });
        assertThat(onFx(() -> secondScreenButton.getScene())).isNotNull();
        assertThat(onFx(() -> thirdScreenLabel.getScene())).isNull();

        // Nothing joins within the call: the frames to come take the waiting screens one each.
        assertThat(onFx(() -> {
            DeferredTabs.attachRest(tabs);
            return thirdScreenLabel.getScene() == null && fourthScreenLabel.getScene() == null;
        })).isTrue();
        Awaitility.await().atMost(5, TimeUnit.SECONDS)
                .until(() -> onFx(() -> thirdScreenLabel.getScene() != null && fourthScreenLabel.getScene() != null));
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedIndex())).as("attaching does not switch tabs").isEqualTo(1);
    }
}
