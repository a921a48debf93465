package dev.kafkaexplorer.kafka;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How every client of the app (admin, producer, consumer) reaches one cluster: its bootstrap
 * servers and the client properties that go with them, such as {@code security.protocol}, SASL and
 * TLS settings, as Kafka's own tools take them from {@code --command-config}. Values of secret
 * properties (passwords, JAAS configs, keys) never appear in {@link #toString()}.
 */
public record ClusterAccess(String bootstrapServers, Map<String, String> clientProperties) {

    private static final String HIDDEN = "[hidden]";

    public ClusterAccess {
        bootstrapServers = bootstrapServers.trim();
        clientProperties = Map.copyOf(clientProperties);
    }

    /** A cluster reached without security settings. */
    public static ClusterAccess plaintext(String bootstrapServers) {
        return new ClusterAccess(bootstrapServers, Map.of());
    }

    /** The client properties first, then the bootstrap servers (which always win), into {@code target}. */
    public Properties applyTo(Properties target) {
        target.putAll(clientProperties);
        target.put("bootstrap.servers", bootstrapServers);
        return target;
    }

    /** Whether {@code key} names a secret: its value is never logged, shown or exported. */
    public static boolean isSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.endsWith("jaas.config")
                || k.endsWith(".key") || k.contains("keystore.key") || k.contains("credentials");
    }

    @Override
    public String toString() {
        String props = new TreeMap<>(clientProperties).entrySet().stream()
                .map(e -> e.getKey() + "=" + (isSecret(e.getKey()) ? HIDDEN : e.getValue()))
                .collect(Collectors.joining(", "));
        return "ClusterAccess[" + bootstrapServers + (props.isEmpty() ? "" : "; " + props) + "]";
    }
}
