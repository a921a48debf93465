package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.onFx;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.LogFile;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.RowExporter;
import dev.kafkaexplorer.ui.live.StartChoice;
import dev.kafkaexplorer.ui.profiles.ClustersViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A whole session on a SCRAM profile — connect, produce, read, export the rows and the profile,
 * About → Copy details, and a failed login with a wrong password — then a search for the
 * password, as {@code grep -r} would, over every file the app wrote (config, data, log), the
 * clipboard and every status line: it is nowhere.
 */
class ProfileSecretsUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();
    private static final FxRobot robot = new FxRobot();

    @Test
    void aWholeScramSessionLeavesThePasswordNowhere() throws Exception {
        String password = BROKER.scramSha512User().password();
        String wrongPassword = "wrong-" + Long.toHexString(System.nanoTime());
        String topic = BROKER.createTopic("secrets-session", 1);
        Path configDir = Files.createTempDirectory("kafka-explorer-secrets");
        List<String> seen = new java.util.ArrayList<>();
        Application app = UiTestSupport.startAppIn(configDir, "--bootstrap-servers=" + TestBroker.bootstrapServers());
        try {
            awaitText(robot, "#connectionStatus", "Connected", 30);
            robot.clickOn("#clustersButton");
            addScramProfile("scram session", password);
            robot.clickOn("#connectProfileButton");
            awaitStatus("Connected", "scram session");
            exportProfileTo(configDir.resolve("scram-session.properties"));
            addScramProfile("wrong password", wrongPassword);
            robot.clickOn("#connectProfileButton");
            // The failed login keeps the working connection and says why.
            awaitStatus("failed", "Connected");
            seen.add(textOf(robot, "#connectionStatus"));
            hide("#profileList");
            // The doctor looked at the failed login by itself; its words must not repeat the password either.
            Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> textOf(robot, "#doctorSummary").contains("SASL"));
            seen.add(textOf(robot, "#doctorSummary"));
            seen.add(onFx(() -> robot.lookup("#doctorSteps").queryListView().getItems().toString()));
            robot.clickOn("#doctorCloseButton");

            produce(topic);
            Path export = configDir.resolve("rows.jsonl");
            readAndExport(topic, export);
            seen.add(textOf(robot, "#liveExportMessage"));

            onFx(() -> {
                robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                        .filter(i -> "aboutItem".equals(i.getId())).findFirst().orElseThrow().fire();
                return null;
            });
            robot.clickOn("#aboutCopy");
            seen.add(onFx(() -> Clipboard.getSystemClipboard().getString()));
            robot.clickOn("#aboutClose");
            seen.add(onFx(() -> robot.lookup("#mainTabs").query().getScene().getWindow() instanceof javafx.stage.Stage s
                    ? s.getTitle() : ""));
            assertThat(Files.readString(export)).contains(topic);
        } finally {
            UiTestSupport.stopApp(app);
        }

        assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(password, wrongPassword));
        List<Path> written;
        try (Stream<Path> files = Files.walk(configDir)) {
            written = files.filter(Files::isRegularFile).toList();
        }
        // The search below looked at real files: the settings with the profiles, the log, the secrets, the exports.
        assertThat(written).extracting(p -> p.getFileName().toString())
                .contains("settings.json", LogFile.FILE_NAME, "secrets.json", "rows.jsonl", "scram-session.properties");
        assertThat(Files.readString(configDir.resolve("logs").resolve(LogFile.FILE_NAME))).contains("scram session");
        for (Path f : written) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertThat(content).as(f.toString()).doesNotContain(password).doesNotContain(wrongPassword);
        }
    }

    private static void addScramProfile(String name, String password) {
        robot.clickOn("#addProfileButton");
        UiTestSupport.type(robot, "#profileName", name);
        UiTestSupport.type(robot, "#profileServers", BROKER.saslSslServers());
        UiTestSupport.choose(robot, "#securityProtocol", "SASL_SSL");
        UiTestSupport.choose(robot, "#saslMechanism", "SCRAM-SHA-512");
        UiTestSupport.type(robot, "#saslUsername", BROKER.scramSha512User().user());
        UiTestSupport.type(robot, "#saslPassword", password);
        UiTestSupport.choose(robot, "#trustSource", "PEM");
        UiTestSupport.type(robot, "#trustPath", BROKER.certificates().caPem().toString());
        robot.clickOn("#saveProfileButton");
    }

    /** The export's file chooser is native (no headless run): the test names the file to the window's model, as the chooser would. */
    private static void exportProfileTo(Path file) {
        onFx(() -> {
            ClustersViewModel model = (ClustersViewModel) robot.lookup("#profileList").query().getProperties()
                    .get(ClustersViewModel.class);
            model.exportTo(file);
            return null;
        });
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> Files.exists(file));
    }

    private static void awaitStatus(String... parts) {
        Awaitility.await().atMost(40, TimeUnit.SECONDS).until(() -> {
            String status = textOf(robot, "#connectionStatus");
            return Stream.of(parts).allMatch(status::contains);
        });
    }

    private static void hide(String query) {
        onFx(() -> {
            robot.lookup(query).query().getScene().getWindow().hide();
            return null;
        });
    }

    private static void produce(String topic) {
        UiTestSupport.selectTab(robot, 1);
        UiTestSupport.type(robot, "#producerTopic .text-field", topic);
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#producerStart");
        awaitText(robot, "#producerRunMessage", "Streaming to", 20);
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> UiTestSupport.counter(robot, "#producerAcked") >= 50);
        robot.clickOn("#producerStop");
        awaitText(robot, "#producerRunMessage", "Finished", 30);
    }

    private static void readAndExport(String topic, Path file) {
        UiTestSupport.selectTab(robot, 2);
        UiTestSupport.type(robot, "#liveTopic .text-field", topic);
        onFx(() -> {
            robot.lookup("#liveStartFrom").queryComboBox().getSelectionModel().select(StartChoice.EARLIEST);
            return null;
        });
        robot.clickOn("#liveStart");
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> UiTestSupport.counter(robot, "#liveCount") >= 50);
        robot.clickOn("#liveStart");
        onFx(() -> {
            LiveViewModel model = (LiveViewModel) robot.lookup("#liveTable").queryAs(TableView.class).getProperties()
                    .get(LiveViewModel.class);
            model.export(file, RowExporter.Format.JSON_LINES);
            return null;
        });
        awaitText(robot, "#liveExportMessage", "Exported", 20);
    }
}
