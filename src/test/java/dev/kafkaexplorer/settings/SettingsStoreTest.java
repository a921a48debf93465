package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.AppSettings.LogLevel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences saved by different parts of the app (connection, window, log level), and values this version does not know. */
class SettingsStoreTest {

    @Test
    void theWindowStateAndTheConnectionAreKeptSideBySide(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings atStart = store.load();
        UiState layout = new UiState(UiState.Theme.DARK, new UiState.WindowBounds(10, 20, 900, 600), true, "liveTab",
                Map.of("liveSplit", List.of(0.7)), Map.of("topicTable.topicNameColumn", 300.0), true);
        store.update(saved -> saved.withUi(layout));
        // The connection bar still holds the copy it loaded at start; it must keep the newer layout.
        AppSettings connected = atStart.withBootstrapConnection("kafka:9092");
        store.update(saved -> connected.withUi(saved.ui()));

        AppSettings reread = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(reread.ui()).isEqualTo(layout);
        assertThat(reread.lastBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(reread.ui().sideBySide()).as("producer and live table side by side").isTrue();
    }

    @Test
    void theFirstStartsNoteIsRememberedAsToldAndOlderFilesReadAsNotTold(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        assertThat(store.load().firstStartTold()).isFalse();
        store.update(AppSettings::withFirstStartTold);
        store.update(saved -> saved.withLocalBrokerConnection(40000));
        assertThat(new SettingsStore(dir.resolve("settings.json")).load().firstStartTold()).isTrue();

        Files.writeString(dir.resolve("old.json"), "{\"lastConnection\": \"LOCAL_BROKER\", \"ui\": {\"theme\": \"DARK\"}}");
        AppSettings old = new SettingsStore(dir.resolve("old.json")).load();
        assertThat(old.firstStartTold()).isFalse();
        assertThat(old.ui().sideBySide()).isFalse();
    }

    @Test
    void settingsFromBeforeTheWindowStateReadAsLightWithNothingRemembered(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"lastConnection\": \"LOCAL_BROKER\", \"localBrokerPort\": 40000}");
        AppSettings loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(loaded.ui()).isEqualTo(UiState.defaults());
        assertThat(loaded.localBrokerPort()).isEqualTo(40000);
    }

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
