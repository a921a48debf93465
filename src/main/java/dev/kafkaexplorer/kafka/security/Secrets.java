package dev.kafkaexplorer.kafka.security;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A profile's secrets by name: {@link #SASL_PASSWORD}, {@link #OAUTH_CLIENT_SECRET}, the store and
 * key passwords, the schema registry's password or token, and {@code property:KEY} for an advanced client property whose value is secret.
 * Its text names the secrets it holds, never their values.
 */
public record Secrets(Map<String, String> values) {

    public static final String SASL_PASSWORD = "sasl.password";
    public static final String OAUTH_CLIENT_SECRET = "oauth.client.secret";
    public static final String TRUSTSTORE_PASSWORD = "ssl.truststore.password";
    public static final String KEYSTORE_PASSWORD = "ssl.keystore.password";
    public static final String KEY_PASSWORD = "ssl.key.password";
    /** The schema registry's basic-auth password. */
    public static final String REGISTRY_PASSWORD = "schema.registry.password";
    /** The schema registry's bearer token. */
    public static final String REGISTRY_TOKEN = "schema.registry.bearer.token";
    private static final String PROPERTY_PREFIX = "property:";

    public Secrets {
        values = Map.copyOf(values);
    }

    public static Secrets none() {
        return new Secrets(Map.of());
    }

    /** The name under which the value of the secret advanced client property {@code key} is kept. */
    public static String forProperty(String key) {
        return PROPERTY_PREFIX + key;
    }

    /** The secret named {@code name}, when it is set and not blank. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isEmpty());
    }

    @Override
    public String toString() {
        return "Secrets" + new TreeSet<>(values.keySet());
    }
}
