package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.AppSettings.LogLevel;
import dev.kafkaexplorer.settings.LogFile;
import dev.kafkaexplorer.settings.LogLevels;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.testing.TestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app's log file: under the folder {@code --config-dir} names, at the level saved in the
 * preferences, switched while the app runs, and without Kafka's INFO chatter.
 */
class AppLogUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final Logger LOG = LoggerFactory.getLogger(AppLogUiTest.class);
    /** An INFO or DEBUG line written by a Kafka client or broker logger, in the file's pattern. */
    private static final Pattern KAFKA_CHATTER = Pattern.compile(" (INFO|DEBUG|TRACE) +\\[[^]]*] (o\\.a\\.k|org\\.apache\\.kafka|kafka)\\.");

    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            App.awaitShutdown(Duration.ofSeconds(10));
        }
        LogLevels.apply(LogLevel.INFO);
    }

    @Test
    void logsUnderTheConfigDirAtTheSavedLevelAndSwitchesLevelsAtOnce() throws Exception {
        Assumptions.assumeTrue(LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext);
        Path configDir = Files.createTempDirectory("kafka-explorer-log-ui");
        new SettingsStore(configDir.resolve("settings.json")).save(AppSettings.defaults().withLogLevel(LogLevel.DEBUG));
        FxToolkit.registerPrimaryStage();

        app = FxToolkit.setupApplication(App.class, "--bootstrap-servers=" + TestBroker.bootstrapServers(),
                "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 30);
        assertThat(LogLevels.current()).as("level saved in the preferences, applied at start").isEqualTo(LogLevel.DEBUG);

        LogLevels.apply(LogLevel.INFO);
        LOG.debug("marker written at INFO");
        LogLevels.apply(LogLevel.DEBUG);
        LOG.debug("marker written at DEBUG");

        Path file = configDir.resolve("logs").resolve(LogFile.FILE_NAME);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).anyMatch(line -> line.contains(" INFO ") && line.contains("Startup: connected"));
        assertThat(lines).anyMatch(line -> line.contains(" DEBUG ") && line.contains("marker written at DEBUG"));
        assertThat(lines).noneMatch(line -> line.contains("marker written at INFO"));
        assertThat(lines).as("Kafka's clients log at WARN and above only").noneMatch(line -> KAFKA_CHATTER.matcher(line).find());
        assertThat(LoggerFactory.getLogger("org.apache.kafka.clients.admin.KafkaAdminClient").isDebugEnabled())
                .as("DEBUG for the app leaves Kafka at WARN").isFalse();
    }
}
