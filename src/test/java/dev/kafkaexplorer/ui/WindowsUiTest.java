package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.testing.TestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Several windows, told apart: the app started with {@code --profile} on a production profile
 * shows it in its title and a red badge; File → New window opens a second window with a
 * connection of its own, named by its servers; closing it leaves the first connected.
 */
class WindowsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Application app;
    private static String servers;

    @BeforeAll
    static void launch() throws Exception {
        servers = TestBroker.bootstrapServers();
        Path configDir = Files.createTempDirectory("kafka-explorer-windows");
        ClusterProfile prod = new ClusterProfile(null, "prod-eu", servers, null, null, null, null, "#3b82f6", true, false);
        new SettingsStore(configDir.resolve("settings.json")).update(s -> s.withProfiles(List.of(prod)));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--profile=prod-eu", "--config-dir=" + configDir);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void aProductionProfileIsNamedInTheTitleAndARedBadgeAndANewWindowHasItsOwnConnection() {
        Stage first = onFx(() -> (Stage) Window.getWindows().get(0));
        awaitStatus(first, "Connected to prod-eu — cluster");
        assertThat(onFx(first::getTitle)).isEqualTo("Kafka Explorer — prod-eu (production)");
        Label badge = onFx(() -> find(first, "#profileBadge"));
        assertThat(onFx(badge::getText)).isEqualTo("prod-eu · production");
        assertThat(onFx(badge::isVisible)).isTrue();
        assertThat(onFx(badge::getStyle)).contains("#dc2626");

        MenuItem newWindow = onFx(() -> find(first, "#menuBar", MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "newWindowMenuItem".equals(item.getId())).findFirst().orElseThrow());
        assertThat(newWindow.getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+Shift+N"));
        onFx(() -> {
            newWindow.fire();
            return null;
        });
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> onFx(() -> Window.getWindows().size()) == 2);
        Stage second = onFx(() -> (Stage) Window.getWindows().stream().filter(w -> w != first).findFirst().orElseThrow());

        assertThat(onFx(second::getTitle)).isEqualTo("Kafka Explorer");
        assertThat(onFx(() -> find(second, "#connectionStatus").getText())).isEqualTo("Not connected");
        assertThat(onFx(() -> find(second, "#profileBadge").isVisible())).isFalse();
        onFx(() -> {
            ComboBox<?> field = find(second, "#bootstrapServers", ComboBox.class);
            field.getEditor().setText(servers);
            find(second, "#connectButton", Button.class).fire();
            return null;
        });

        awaitStatus(second, "Connected — cluster");
        assertThat(onFx(second::getTitle)).isEqualTo("Kafka Explorer — " + servers);
        assertThat(onFx(() -> find(second, "#profileBadge").getText())).isEqualTo(servers);
        assertThat(onFx(() -> find(first, "#connectionStatus").getText())).startsWith("Connected to prod-eu");

        onFx(() -> {
            second.close();
            return null;
        });
        assertThat(onFx(first::isShowing)).isTrue();
        assertThat(onFx(() -> find(first, "#connectionStatus").getText())).startsWith("Connected to prod-eu");
        assertThat(onFx(first::getTitle)).isEqualTo("Kafka Explorer — prod-eu (production)");
    }

    private static void awaitStatus(Stage stage, String part) {
        Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> onFx(() -> find(stage, "#connectionStatus").getText()).contains(part));
    }

    private static Label find(Stage stage, String query) {
        return find(stage, query, Label.class);
    }

    private static <T extends Node> T find(Stage stage, String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }
}
