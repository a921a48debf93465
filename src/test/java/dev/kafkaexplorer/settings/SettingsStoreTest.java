package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state and the connection share one settings file without overwriting each other. */
class SettingsStoreTest {

    @Test
    void theWindowStateAndTheConnectionAreKeptSideBySide(@TempDir Path dir) {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        AppSettings atStart = store.load();
        UiState layout = new UiState(UiState.Theme.DARK, new UiState.WindowBounds(10, 20, 900, 600), true, "liveTab",
                Map.of("liveSplit", List.of(0.7)), Map.of("topicTable.topicNameColumn", 300.0));
        store.update(saved -> saved.withUi(layout));
        // The connection bar still holds the copy it loaded at start; it must keep the newer layout.
        AppSettings connected = atStart.withBootstrapConnection("kafka:9092");
        store.update(saved -> connected.withUi(saved.ui()));

        AppSettings reread = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(reread.ui()).isEqualTo(layout);
        assertThat(reread.lastBootstrapServers()).isEqualTo("kafka:9092");
    }

    @Test
    void settingsFromBeforeTheWindowStateReadAsLightWithNothingRemembered(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("settings.json"), "{\"lastConnection\": \"LOCAL_BROKER\", \"localBrokerPort\": 40000}");
        AppSettings loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(loaded.ui()).isEqualTo(UiState.defaults());
        assertThat(loaded.localBrokerPort()).isEqualTo(40000);
    }
}
