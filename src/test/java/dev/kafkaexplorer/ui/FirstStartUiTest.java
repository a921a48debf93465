package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.isShowing;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.QuickstartProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A first start with nothing configured says once what it did: no broker on localhost:9092, its own local broker, where its data lives. */
class FirstStartUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private final FxRobot robot = new FxRobot();

    @Test
    void theFirstStartNamesTheLocalBrokersPortAndDataFolderOnceAndTheNextStartSaysNothing() throws Exception {
        Assumptions.assumeFalse(QuickstartProbe.somethingListens("localhost", 9092, Duration.ofMillis(300)),
                "a broker runs on localhost:9092, so a first run would rightly connect to it");
        Path configDir = Files.createTempDirectory("kafka-explorer-first-start");
        FxToolkit.registerPrimaryStage();

        Application first = FxToolkit.setupApplication(App.class, "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 60);
        String servers = textOf(robot, "#connectionStatus").replaceAll(".*local broker on ([^)]+)\\).*", "$1");
        assertThat(servers).startsWith("127.0.0.1:");
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> isShowing(robot, "#firstStartNote"));
        assertThat(textOf(robot, "#firstStartNoteText")).isEqualTo("No broker answered on localhost:9092, so Kafka Explorer "
                + "started its own local broker on " + servers + ". Its data lives in " + configDir.resolve("local-broker") + ".");
        robot.clickOn("#firstStartNoteClose");
        assertThat(isShowing(robot, "#firstStartNote")).isFalse();
        FxToolkit.cleanupApplication(first);
        App.awaitShutdown(Duration.ofSeconds(10));

        Application second = FxToolkit.setupApplication(App.class, "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 60);
        assertThat(textOf(robot, "#connectionStatus")).contains(servers);
        assertThat(isShowing(robot, "#firstStartNote")).isFalse();
        assertThat(textOf(robot, "#firstStartNoteText")).isEmpty();
        FxToolkit.cleanupApplication(second);
        App.awaitShutdown(Duration.ofSeconds(10));
    }
}
