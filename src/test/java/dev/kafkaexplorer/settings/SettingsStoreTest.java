package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.AppSettings.LogLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences saved by different parts of the app, and values this version does not know. */
class SettingsStoreTest {

    @Test
    void anUpdateKeepsWhatAnotherPartSavedMeanwhile(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings readAtStart = store.load();

        store.update(saved -> saved.withLogLevel(LogLevel.DEBUG));
        // The connection, holding the copy it read at start, now remembers a cluster.
        store.update(saved -> saved.withBootstrapConnection("kafka:9092"));

        AppSettings loaded = store.load();
        assertThat(readAtStart.logLevel()).isEqualTo(LogLevel.INFO);
        assertThat(loaded.logLevel()).isEqualTo(LogLevel.DEBUG);
        assertThat(loaded.lastBootstrapServers()).isEqualTo("kafka:9092");
    }

    @Test
    void anUnknownLogLevelFallsBackToInfoAndKeepsTheOtherPreferences(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                { "lastConnection": "BOOTSTRAP_SERVERS", "lastBootstrapServers": "kafka:9092", "logLevel": "CHATTY" }
                """);
        AppSettings loaded = new SettingsStore(file).load();
        assertThat(loaded.logLevel()).isEqualTo(LogLevel.INFO);
        assertThat(loaded.lastBootstrapServers()).isEqualTo("kafka:9092");
    }

    @Test
    void settingsWithoutALogLevelLogAtInfo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ \"connectTimeoutSeconds\": 7 }");
        AppSettings loaded = new SettingsStore(file).load();
        assertThat(loaded.logLevel()).isEqualTo(LogLevel.INFO);
        assertThat(loaded.connectTimeoutSeconds()).isEqualTo(7);
    }

    @Test
    void logsLiveBesideTheDataSoTheConfigDirOptionMovesThem() {
        assertThat(AppDirectories.of(java.util.Optional.of(Path.of("/tmp/kx"))).logDir()).isEqualTo(Path.of("/tmp/kx/logs"));
    }
}
