package dev.kafkaexplorer.kafka;

import dev.kafkaexplorer.registry.RegistryAccess;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * How every client of the app (admin, producer, consumer) reaches one cluster: its bootstrap
 * servers and the client properties that go with them, such as {@code security.protocol}, SASL and
 * TLS settings, as Kafka's own tools take them from {@code --command-config}. Values of secret
 * properties (passwords, JAAS configs, keys) never appear in {@link #toString()}.
 */
public record ClusterAccess(String bootstrapServers, Map<String, String> clientProperties, RegistryAccess registry) {

    private static final String HIDDEN = "[hidden]";
    private static final List<ConfigDef> CLIENT_CONFIGS = List.of(
            AdminClientConfig.configDef(), ProducerConfig.configDef(), ConsumerConfig.configDef());

    public ClusterAccess {
        bootstrapServers = bootstrapServers.trim();
        clientProperties = Map.copyOf(clientProperties);
    }

    /** A cluster without a schema registry. */
    public ClusterAccess(String bootstrapServers, Map<String, String> clientProperties) {
        this(bootstrapServers, clientProperties, null);
    }

    /** The cluster's schema registry, if it has one (the profile's, {@code --schema-registry}, or the local one). */
    public Optional<RegistryAccess> schemaRegistry() {
        return Optional.ofNullable(registry);
    }

    /** The same cluster with {@code registry} as its schema registry (null: none). */
    public ClusterAccess withRegistry(RegistryAccess registry) {
        return new ClusterAccess(bootstrapServers, clientProperties, registry);
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

    /**
     * Whether {@code key} names a secret: its value is never logged, shown or exported. Kafka's own
     * client configs say which of their keys are passwords; a key they do not define (a plugin's,
     * say) counts as secret when its name says so.
     */
    public static boolean isSecret(String key) {
        for (ConfigDef def : CLIENT_CONFIGS) {
            ConfigDef.ConfigKey known = def.configKeys().get(key);
            if (known != null) {
                return known.type == ConfigDef.Type.PASSWORD;
            }
        }
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("token") || k.contains("credential")
                || k.endsWith(".key") || k.endsWith("user.info") || k.endsWith("jaas.config");
    }

    @Override
    public String toString() {
        String props = new TreeMap<>(clientProperties).entrySet().stream()
                .map(e -> e.getKey() + "=" + (isSecret(e.getKey()) ? HIDDEN : e.getValue()))
                .collect(Collectors.joining(", "));
        return "ClusterAccess[" + bootstrapServers + (props.isEmpty() ? "" : "; " + props)
                + (registry == null ? "" : "; registry " + registry) + "]";
    }
}
