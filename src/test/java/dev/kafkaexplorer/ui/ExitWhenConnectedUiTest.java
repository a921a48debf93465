package dev.kafkaexplorer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.testing.AppProcess;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --exit-when-connected} as an install's smoke test uses it: the whole app in a process of
 * its own (headless), which must end by itself, with status 0 once connected and 1 when the
 * connection fails.
 */
class ExitWhenConnectedUiTest {

    @Test
    void endsWithStatusZeroOnceConnectedToTheLocalBroker(@TempDir Path configDir) throws Exception {
        AppProcess.Ended launch = AppProcess.run("--local-broker", "--config-dir=" + configDir, "--exit-when-connected");
        assertThat(launch.status()).as(launch.output()).isZero();
        assertThat(launch.output()).contains("Startup: connected", "Exiting as asked: Connected");
    }

    @Test
    void endsWithStatusOneWhenNoBrokerAnswers(@TempDir Path configDir) throws Exception {
        String nowhere = "127.0.0.1:" + EmbeddedBroker.freePort();
        AppProcess.Ended launch = AppProcess.run("--bootstrap-servers=" + nowhere, "--config-dir=" + configDir, "--exit-when-connected");
        assertThat(launch.status()).as(launch.output()).isEqualTo(1);
        assertThat(launch.output()).contains("Exiting as asked: No Kafka broker answered at " + nowhere);
    }

    @Test
    void endsWithStatusOneNamingTheSavedProfilesWhenTheProfileIsUnknown(@TempDir Path configDir) throws Exception {
        new dev.kafkaexplorer.settings.SettingsStore(configDir.resolve("settings.json")).update(s -> s.withProfiles(
                java.util.List.of(dev.kafkaexplorer.settings.ClusterProfile.plaintext("staging", "kafka-1:9092"))));
        AppProcess.Ended launch = AppProcess.run("--profile=prod-us", "--config-dir=" + configDir, "--exit-when-connected");
        assertThat(launch.status()).as(launch.output()).isEqualTo(1);
        assertThat(launch.output()).contains("Exiting as asked: No saved profile is named 'prod-us'. Saved profiles: staging.");
    }
}
