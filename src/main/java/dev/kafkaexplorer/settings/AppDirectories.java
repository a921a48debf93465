package dev.kafkaexplorer.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the app keeps its preferences and the local broker's data: one folder given with
 * {@code --config-dir}, or the platform's usual config and data directories.
 */
public record AppDirectories(Path configDir, Path dataDir) {

    private static final String APP_FOLDER = "kafka-explorer";

    public static AppDirectories of(Optional<Path> override) {
        return override.map(dir -> new AppDirectories(dir, dir)).orElseGet(AppDirectories::platformDefault);
    }

    private static AppDirectories platformDefault() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = envPath("APPDATA").orElse(home.resolve("AppData").resolve("Roaming"));
            Path local = envPath("LOCALAPPDATA").orElse(home.resolve("AppData").resolve("Local"));
            return new AppDirectories(appData.resolve("Kafka Explorer"), local.resolve("Kafka Explorer"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("Kafka Explorer");
            return new AppDirectories(support, support);
        }
        Path config = envPath("XDG_CONFIG_HOME").orElse(home.resolve(".config"));
        Path data = envPath("XDG_DATA_HOME").orElse(home.resolve(".local").resolve("share"));
        return new AppDirectories(config.resolve(APP_FOLDER), data.resolve(APP_FOLDER));
    }

    private static Optional<Path> envPath(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    public Path settingsFile() {
        return configDir.resolve("settings.json");
    }

    public Path localBrokerDir() {
        return dataDir.resolve("local-broker");
    }

    /** The app's log files: beside its data, so {@code --config-dir} moves them too. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
