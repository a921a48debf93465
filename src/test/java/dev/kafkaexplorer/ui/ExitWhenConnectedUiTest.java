package dev.kafkaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --exit-when-connected} as an install's smoke test uses it: the whole app in a process of
 * its own (headless), which must end by itself, with status 0 once connected and 1 when the
 * connection fails.
 */
class ExitWhenConnectedUiTest {

    private static final long PROCESS_TIMEOUT_SECONDS = 90;

    @Test
    void endsWithStatusZeroOnceConnectedToTheLocalBroker(@TempDir Path configDir) throws Exception {
        Launch launch = launch("--local-broker", "--config-dir=" + configDir, "--exit-when-connected");
        assertThat(launch.status()).as(launch.output()).isZero();
        assertThat(launch.output()).contains("Startup: connected", "Exiting as asked: Connected");
    }

    @Test
    void endsWithStatusOneWhenNoBrokerAnswers(@TempDir Path configDir) throws Exception {
        String nowhere = "127.0.0.1:" + EmbeddedBroker.freePort();
        Launch launch = launch("--bootstrap-servers=" + nowhere, "--config-dir=" + configDir, "--exit-when-connected");
        assertThat(launch.status()).as(launch.output()).isEqualTo(1);
        assertThat(launch.output()).contains("Exiting as asked: No Kafka broker answered at " + nowhere);
    }

    private record Launch(int status, String output) {
    }

    private static Launch launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "dev.kafkaexplorer.Launcher"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("kafka-explorer-exit", ".log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!app.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("The app did not end by itself within " + PROCESS_TIMEOUT_SECONDS
                        + " s; its output:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Launch(app.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            app.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
