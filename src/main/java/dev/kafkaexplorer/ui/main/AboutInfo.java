package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.App;
import dev.kafkaexplorer.kafka.KafkaClientVersion;
import dev.kafkaexplorer.settings.AppDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What the About box tells: versions of the app and what it runs on, and where it keeps its files. */
record AboutInfo(Map<String, String> rows) {

    private static final String VERSION_RESOURCE = "/dev/kafkaexplorer/version.properties";

    static AboutInfo of(AppDirectories directories) {
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
