package dev.kafkaexplorer.kafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Kafka client {@code .properties} file, as Kafka's own tools take it with {@code --command-config}:
 * security and other client settings for one cluster. Its text never shows the values of secret
 * keys ({@link ClusterAccess#isSecret}), so it may be logged.
 */
public record ClientPropertiesFile(Path file, Map<String, String> properties) {

    public ClientPropertiesFile {
        properties = Map.copyOf(properties);
    }

    /**
     * Reads {@code file} (Java properties syntax, UTF-8 as Kafka's tools read it since Java 9).
     *
     * @throws IllegalArgumentException when the file is missing, unreadable or not a properties file, in words
     */
    public static ClientPropertiesFile load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file + " (check its permissions)");
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // The exception's text may quote a line of the file, which may hold a password: not shown.
            throw new IllegalArgumentException("cannot read " + file + " as Java properties (key=value lines)");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        loaded.stringPropertyNames().forEach(key -> properties.put(key, loaded.getProperty(key).trim()));
        return new ClientPropertiesFile(file, properties);
    }

    /** The keys the file sets, sorted: what may be logged about it. */
    public Set<String> keys() {
        return new TreeSet<>(properties.keySet());
    }

    /** The file's settings for {@code bootstrapServers} (a {@code bootstrap.servers} in the file is overruled by them). */
    public ClusterAccess accessTo(String bootstrapServers) {
        return new ClusterAccess(bootstrapServers, properties);
    }

    @Override
    public String toString() {
        return "ClientPropertiesFile[" + file + "; keys " + keys() + "]";
    }
}
