package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import javafx.application.Application;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The window opens with only its first screen built; a menu command for a screen not built yet
 * builds the screens up to its button's and is tied to the button; with the button enabled it goes
 * to its tab and presses it. No broker answers here, so the other screens are not built in the
 * background for the first seconds.
 */
class LazyScreensUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        app = UiTestSupport.startApp("lazy-screens", "--bootstrap-servers=127.0.0.1:" + EmbeddedBroker.freePort());
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void aCommandForAScreenNotBuiltYetBuildsItAndPressesItsButtonWhenEnabled() {
        assertThat(onFx(() -> tab("topicsTab").getContent())).as("the first screen is built").isNotNull();
        assertThat(onFx(() -> tab("producerTab").getContent())).as("the producer screen is not built yet").isNull();
        assertThat(onFx(() -> tab("liveTab").getContent())).as("the live screen is not built yet").isNull();

        // What Ctrl+Enter does (a key press would go to the focused address field first).
        onFx(() -> {
            menuItem("producerStartItem").fire();
            return null;
        });
        // Not connected: the producer cannot start. Its screen is built (and no other), the menu
        // item now says so with its button, and the window stays where it was.
        assertThat(onFx(() -> tab("producerTab").getContent())).isNotNull();
        assertThat(onFx(() -> tab("liveTab").getContent())).as("only the screens up to the button's").isNull();
        assertThat(onFx(() -> robot.lookup("#producerStart").queryAs(ButtonBase.class).isDisabled())).isTrue();
        assertThat(onFx(() -> menuItem("producerStartItem").isDisable())).isTrue();
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("topicsTab");

        // Clear works without a connection: its screen is built, shown, and the button pressed.
        boolean[] pressed = {false};
        onFx(() -> {
            menuItem("liveClearItem").fire();
            return null;
        });
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("liveTab");
        assertThat(onFx(() -> tab("groupsTab").getContent())).as("only the screens up to the button's").isNull();
        onFx(() -> {
            robot.lookup("#liveClear").queryAs(ButtonBase.class).addEventHandler(javafx.event.ActionEvent.ACTION, e -> pressed[0] = true);
            menuItem("liveClearItem").fire();
            return null;
        });
        assertThat(pressed[0]).as("the menu item presses the button once it is built").isTrue();
    }

    private static TabPane tabs() {
        return robot.lookup("#mainTabs").queryAs(TabPane.class);
    }

    private static Tab tab(String id) {
        return tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    private static MenuItem menuItem(String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
