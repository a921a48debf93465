package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isDisabled;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.Clipboard;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A profile's schema registry as a user gives it: the URL's words next to the field while it is
 * wrong (Save waits), a basic login whose password goes to the secret store, then Connect: the
 * connection carries the registry, the status tooltip and About name its URL, and the password is
 * in no file, status or copied details.
 */
class SchemaRegistryProfileUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final String PASSWORD = "sr-pa55-" + Long.toHexString(System.nanoTime());
    private static final FxRobot robot = new FxRobot();

    @Test
    void aProfilesRegistryIsCheckedAsTypedSavedWithoutItsPasswordAndUsedByTheConnection() throws Exception {
        Path configDir = Files.createTempDirectory("kafka-explorer-registry-profile");
        Application app = UiTestSupport.startAppIn(configDir, "--bootstrap-servers=" + TestBroker.bootstrapServers());
        String registryUrl = "http://127.0.0.1:48181";
        List<String> seen = new java.util.ArrayList<>();
        try {
            awaitText(robot, "#connectionStatus", "Connected", 60);
            robot.clickOn("#clustersButton");
            robot.clickOn("#addProfileButton");
            UiTestSupport.type(robot, "#profileName", "with registry");
            UiTestSupport.type(robot, "#profileServers", TestBroker.bootstrapServers());
            assertThat(isShowing(robot, "#registryLogin")).as("no login asked before a URL").isFalse();

            UiTestSupport.type(robot, "#registryUrl", "registry:8081");
            awaitText(robot, "#registryUrlMessage", "'registry:8081' needs http:// or https:// before it", 5);
            assertThat(isDisabled(robot, "#saveProfileButton")).isTrue();

            UiTestSupport.type(robot, "#registryUrl", registryUrl);
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !isShowing(robot, "#registryUrlMessage"));
            UiTestSupport.choose(robot, "#registryAuth", "User name and password");
            UiTestSupport.type(robot, "#registryUsername", "svc-reader");
            UiTestSupport.type(robot, "#registryPassword", PASSWORD);
            assertThat(isShowing(robot, "#registryCaFileRow")).as("a CA file only for https").isFalse();
            // For a person to look at: the editor's registry section as filled in.
            javafx.scene.Scene editor = onFx(() -> robot.lookup("#registryUrl").query().getScene());
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            ScenePicture.write(onFx(() -> editor.snapshot(null)),
                    java.nio.file.Path.of("target", "screenshots", "profile-registry.png"));
            Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> !isDisabled(robot, "#saveProfileButton"));
            robot.clickOn("#connectProfileButton");
            Awaitility.await().atMost(40, TimeUnit.SECONDS).until(() -> textOf(robot, "#connectionStatus")
                    .startsWith("Connected to with registry"));

            RegistryAccess registry = onFx(() -> ((ConnectionViewModel) robot.lookup("#connectionStatus").query()
                    .getProperties().get(ConnectionViewModel.class)).connectionProperty().get().access().schemaRegistry()
                    .orElseThrow());
            assertThat(registry.url()).isEqualTo(registryUrl);
            assertThat(registry.username()).isEqualTo("svc-reader");
            assertThat(registry.password()).isEqualTo(PASSWORD);

            String tooltip = onFx(() -> robot.lookup("#connectionStatus").queryAs(Label.class).getTooltip().getText());
            assertThat(tooltip).endsWith("\nSchema registry: " + registryUrl);
            seen.add(tooltip);
            onFx(() -> {
                robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "aboutItem".equals(i.getId())).findFirst().orElseThrow().fire();
                return null;
            });
            robot.clickOn("#aboutCopy");
            String details = onFx(() -> Clipboard.getSystemClipboard().getString());
            assertThat(details).contains("Schema registry: " + registryUrl);
            seen.add(details);
            robot.clickOn("#aboutClose");
        } finally {
            UiTestSupport.stopApp(app);
        }
        assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(PASSWORD));
        assertThat(Files.readString(configDir.resolve("settings.json"))).contains(registryUrl).contains("svc-reader");
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(PASSWORD);
            }
        }
    }
}
