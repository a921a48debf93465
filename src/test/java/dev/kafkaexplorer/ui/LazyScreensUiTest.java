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
 * The window opens with only its first screen built; a menu item follows its command whether or
 * not the command's screen is built, and running it shows (so builds) that screen. No broker answers here, so the other screens are not built in the
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
    void aMenuItemFollowsItsCommandWithoutItsScreenAndShowsTheScreenWhenRun() {
        assertThat(onFx(() -> tab("topicsTab").getContent())).as("the first screen is built").isNotNull();
        assertThat(onFx(() -> tab("producerTab").getContent())).as("the producer screen is not built yet").isNull();
        assertThat(onFx(() -> tab("liveTab").getContent())).as("the live screen is not built yet").isNull();

        // Not connected: the producer cannot start. The menu item says so from its command, with
        // no screen built for it, and running it anyway (as Ctrl+Enter does) changes nothing.
        assertThat(onFx(() -> menuItem("producerStartItem").isDisable())).isTrue();
        onFx(() -> {
            menuItem("producerStartItem").fire();
            return null;
        });
        assertThat(onFx(() -> tab("producerTab").getContent())).isNull();
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("topicsTab");

        // Clear works without a connection: its screen is shown (built then, and no other), and
        // its buttons are bound to the same commands as the items.
        assertThat(onFx(() -> menuItem("liveClearItem").isDisable())).isFalse();
        onFx(() -> {
            menuItem("liveClearItem").fire();
            return null;
        });
        assertThat(onFx(() -> tabs().getSelectionModel().getSelectedItem().getId())).isEqualTo("liveTab");
        assertThat(onFx(() -> tab("groupsTab").getContent())).as("only the screen shown is built").isNull();
        assertThat(onFx(() -> robot.lookup("#liveClear").queryAs(ButtonBase.class).isDisabled())).isFalse();
        assertThat(onFx(() -> robot.lookup("#liveStart").queryAs(ButtonBase.class).isDisabled()))
                .isEqualTo(onFx(() -> menuItem("liveStartItem").isDisable())).isTrue();
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
