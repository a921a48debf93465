package dev.kafkaexplorer.ui;

import static dev.kafkaexplorer.ui.UiTestSupport.awaitText;
import static dev.kafkaexplorer.ui.UiTestSupport.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.QuickstartProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * First run with nothing configured, closing the window, and the next run: the app connects to
 * the embedded broker on its own, stops it and its clients on close within 5 s, and reconnects to
 * it (same port, same cluster) when opened again.
 */
class AppLifecycleUiTest {

    static {
        UiTestSupport.configureHeadless();
    }

    private final FxRobot robot = new FxRobot();

    @Test
    void firstRunStartsTheLocalBrokerAndClosingStopsEverythingThenTheNextRunResumes() throws Exception {
        Assumptions.assumeFalse(QuickstartProbe.somethingListens("localhost", 9092, Duration.ofMillis(300)),
                "a broker runs on localhost:9092, so a first run would rightly connect to it");
        Path configDir = Files.createTempDirectory("kafka-explorer-first-run");
        FxToolkit.registerPrimaryStage();
        Set<Thread> before = liveNonDaemonThreads();

        Application first = FxToolkit.setupApplication(App.class, "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 60);
        String status = textOf(robot, "#connectionStatus");
        assertThat(status).contains("local broker on 127.0.0.1:");
        assertThat(Files.exists(configDir.resolve("local-broker/kraft-logs/meta.properties"))).isTrue();

        long closing = System.nanoTime();
        FxToolkit.cleanupApplication(first);
        assertThat(App.awaitShutdown(Duration.ofSeconds(5))).as("broker and admin client stopped within 5 s").isTrue();
        assertThat(liveNonDaemonThreads()).as("threads left running after close").isSubsetOf(before);
        System.out.printf("Close to all stopped: %d ms%n", (System.nanoTime() - closing) / 1_000_000);

        Application second = FxToolkit.setupApplication(App.class, "--config-dir=" + configDir);
        awaitText(robot, "#connectionStatus", "Connected", 60);
        // Up to the broker's address: the local schema registry after it may have another port.
        assertThat(brokerPart(textOf(robot, "#connectionStatus"))).as("same cluster, same port").isEqualTo(brokerPart(status));
        FxToolkit.cleanupApplication(second);
        assertThat(App.awaitShutdown(Duration.ofSeconds(5))).isTrue();
    }

    private static String brokerPart(String status) {
        return status.substring(0, status.indexOf(')') + 1);
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toSet());
    }
}
