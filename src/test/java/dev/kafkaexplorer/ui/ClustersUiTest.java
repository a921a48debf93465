package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.profiles.ClustersWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Clusters window as a user meets it: opened from the connection bar, a new PLAINTEXT profile
 * for the test broker is tested (every doctor step passes), saved, and found again after the
 * window is reopened; a SASL profile's typed password is not in the settings file.
 */
class ClustersUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final FxRobot robot = new FxRobot();
    private static Path configDir;
    private static Application app;

    @BeforeAll
    static void launch() throws Exception {
        configDir = Files.createTempDirectory("kafka-explorer-clusters-ui");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, "--bootstrap-servers=" + TestBroker.bootstrapServers(),
                "--config-dir=" + configDir);
        UiTestSupport.awaitText(robot, "#connectionStatus", "Connected", 60);
    }

    @AfterAll
    static void close() throws Exception {
        UiTestSupport.stopApp(app);
    }

    @Test
    void aProfileIsTestedSavedAndFoundAgainAndItsPasswordIsNotInTheSettings() throws Exception {
        Node window = openClusters();
        assertThat(profileNames(window)).first().asString().startsWith("Local broker");

        robot.clickOn(lookup(window, "#addProfileButton"));
        type(window, "#profileName", "Embedded test");
        type(window, "#profileServers", TestBroker.bootstrapServers());
        robot.clickOn(lookup(window, "#testConnectionButton"));
        Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> steps(window).size() == 7);
        assertThat(steps(window)).noneMatch(step -> step.contains(": failed — "));
        assertThat(steps(window)).filteredOn(step -> step.contains(": passed — ")).extracting(s -> s.split(":")[0])
                .containsExactly("Host names resolve", "TCP connects", "Speaks Kafka", "Advertised listeners", "Authorization");

        robot.clickOn(lookup(window, "#saveProfileButton"));
        awaitLabel(window, "#profileNotice", "Saved Embedded test.");
        onFx(() -> {
            ((Stage) window.getScene().getWindow()).close();
            return null;
        });
        // Again through File → Clusters…'s shortcut, from the main window.
        robot.clickOn("#connectionStatus");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        Node reopened = awaitClusters();
        Awaitility.await().atMost(10, TimeUnit.SECONDS)
                .until(() -> profileNames(reopened).stream().anyMatch(n -> n.startsWith("Embedded test — " + TestBroker.bootstrapServers())));

        robot.clickOn(lookup(reopened, "#addProfileButton"));
        type(reopened, "#profileName", "Secured");
        type(reopened, "#profileServers", "localhost:19093");
        choose(reopened, "#securityProtocol", SecurityProtocol.SASL_SSL);
        choose(reopened, "#saslMechanism", SaslMechanism.SCRAM_SHA_512);
        assertThat(lookup(reopened, "#saslPassword")).isInstanceOf(PasswordField.class);
        assertThat(labelText(reopened, "#saslPasswordMessage")).isEqualTo("Enter the password.");
        assertThat(lookup(reopened, "#saveProfileButton").isDisabled()).isTrue();
        type(reopened, "#saslUsername", "alice");
        type(reopened, "#saslPassword", "typed-Pa55word");
        robot.clickOn(lookup(reopened, "#saveProfileButton"));
        awaitLabel(reopened, "#profileNotice", "Saved Secured.");
        String settings = Files.readString(configDir.resolve("settings.json"));
        assertThat(settings).contains("Secured", "alice", "SCRAM_SHA_512").doesNotContain("typed-Pa55word");
        assertThat(labelText(reopened, "#secretsLocation")).startsWith("Secrets are kept ");
    }

    private static Node openClusters() {
        robot.clickOn("#clustersButton");
        return awaitClusters();
    }

    private static Node awaitClusters() {
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> clustersWindow() != null);
        return onFx(() -> clustersWindow().getScene().getRoot());
    }

    private static Window clustersWindow() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && ClustersWindow.TITLE.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElse(null));
    }

    private static Node lookup(Node root, String query) {
        return robot.from(root).lookup(query).query();
    }

    private static void type(Node root, String query, String text) {
        robot.clickOn(lookup(root, query));
        onFx(() -> {
            ((TextInputControl) lookup(root, query)).selectAll();
            return null;
        });
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(Node root, String query, T option) {
        // As choosing in the drop-down does: the selection changes, the value follows.
        onFx(() -> {
            ((ComboBox<T>) lookup(root, query)).getSelectionModel().select(option);
            return null;
        });
    }

    private static String labelText(Node root, String query) {
        return onFx(() -> ((Labeled) lookup(root, query)).getText());
    }

    private static void awaitLabel(Node root, String query, String text) {
        Awaitility.await().atMost(20, TimeUnit.SECONDS).until(() -> text.equals(labelText(root, query)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> profileNames(Node root) {
        return onFx(() -> ((ListView<ClusterProfile>) lookup(root, "#profileList")).getItems().stream()
                .map(p -> p.name() + " — " + (p.isLocalBroker() ? "built in" : p.bootstrapServers())).toList());
    }

    @SuppressWarnings("unchecked")
    private static List<String> steps(Node root) {
        return onFx(() -> ((ListView<Object>) lookup(root, "#doctorSteps")).getItems().stream()
                .map(Object::toString).toList());
    }
}
