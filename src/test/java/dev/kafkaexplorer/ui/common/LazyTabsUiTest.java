package dev.kafkaexplorer.ui.common;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.ui.UiTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Tab screens are built when first wanted, each once, and told of before they join the scene. */
@ExtendWith(ApplicationExtension.class)
class LazyTabsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private final List<String> built = new ArrayList<>();
    private final List<String> toldOf = new ArrayList<>();
    private TabPane tabs;
    private LazyTabs screens;

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        for (String name : List.of("first", "second", "third", "fourth")) {
            Tab tab = new Tab(name);
            tab.setUserData(name + ".fxml");
            tabs.getTabs().add(tab);
        }
        tabs.getSelectionModel().select(2);
        screens = new LazyTabs(tabs, fxml -> {
            built.add(fxml);
            return new Label(fxml);
        }, screen -> toldOf.add(((Label) screen).getText() + (screen.getParent() == null ? " before joining" : " too late")));
        screens.buildSelected();
        stage.setScene(new Scene(tabs, 400, 300));
        stage.show();
    }

    @Test
    void onlyTheSelectedScreenIsBuiltAtFirstThenOnSelectionThenTheRestOnePerFrame() {
        assertThat(onFx(() -> List.copyOf(built))).containsExactly("third.fxml");
        assertThat(onFx(() -> List.copyOf(toldOf))).containsExactly("third.fxml before joining");
        assertThat(onFx(() -> tabs.getTabs().get(0).getContent())).isNull();

        onFx(() -> {
            tabs.getSelectionModel().select(0);
            return null;
        });
        assertThat(onFx(() -> ((Label) tabs.getTabs().get(0).getContent()).getText())).isEqualTo("first.fxml");

        // Nothing within the call: the frames to come build the waiting screens, one each.
        assertThat(onFx(() -> {
            screens.buildRestOnePerFrame();
            return List.copyOf(built);
        })).containsExactly("third.fxml", "first.fxml");
        Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> onFx(() -> built.size() == 4));
        onFx(() -> {
            screens.buildSelected();
            tabs.getSelectionModel().select(1);
            return null;
        });
        assertThat(onFx(() -> List.copyOf(built))).as("each screen is built once")
                .containsExactlyInAnyOrder("first.fxml", "second.fxml", "third.fxml", "fourth.fxml");
        assertThat(onFx(() -> tabs.getTabs().stream().map(Tab::getContent).allMatch(Node.class::isInstance))).isTrue();
        assertThat(onFx(() -> tabs.getSelectionModel().getSelectedIndex())).isEqualTo(1);
    }
}
