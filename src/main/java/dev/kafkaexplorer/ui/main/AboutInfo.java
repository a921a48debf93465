package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.KafkaClientVersion;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the About box tells: versions of the app and what it runs on, where it keeps its files, and
 * the schema registry of the window's cluster.
 */
record AboutInfo(Map<String, String> rows) {

    private static final String VERSION_RESOURCE = "/dev/kafkaexplorer/version.properties";

    /** @param connection the window's connection, null while there is none: its schema registry is named (no secret) */
    static AboutInfo of(AppDirectories directories, Connection connection) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Version", buildVersion());
        rows.put("Kafka client", KafkaClientVersion.get());
        rows.put("JavaFX", System.getProperty("javafx.version", "unknown"));
        rows.put("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        rows.put("Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")");
        rows.put("Config folder", directories.configDir().toString());
        rows.put("Data folder", directories.dataDir().toString());
        rows.put("Log folder", directories.logDir().toString());
        if (connection != null) {
            rows.put("Schema registry", connection.access().schemaRegistry().map(RegistryAccess::url)
                    .orElse("none for this cluster"));
        }
        return new AboutInfo(rows);
    }

    /** Everything as plain text, one "name: value" per line, for a bug report. */
    String asText() {
        StringBuilder text = new StringBuilder(App.TITLE).append(System.lineSeparator());
        rows.forEach((name, value) -> text.append(name).append(": ").append(value).append(System.lineSeparator()));
        return text.toString();
    }

    /** The version Maven wrote into the build; a class-path run without a build has none. */
    private static String buildVersion() {
        try (InputStream in = AboutInfo.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("version", "");
                if (!version.isBlank() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException e) {
            // Falls through to the jar manifest.
        }
        String fromManifest = App.class.getPackage().getImplementationVersion();
        return fromManifest == null ? "development build" : fromManifest;
    }
}
