package dev.kafkaexplorer.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.ClientSecurity;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.kafka.security.SecurityProperties;
import dev.kafkaexplorer.kafka.security.TlsSettings;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import dev.kafkaexplorer.registry.RegistryAccess;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A named way to reach one cluster, saved between runs: bootstrap servers, security, any other
 * client property ({@code advancedProperties}, whose secret values are kept as secrets, not here),
 * the schema registry (its password or token kept as secrets too), and how the window marks it: a
 * colour, a production flag (red badge) and read-only (no changing action). {@code secretNames} lists which secrets the
 * profile has in the secret store, so they can be read back; the values never appear in this record.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ClusterProfile(
        String id,
        String name,
        String bootstrapServers,
        ClientSecurity security,
        Map<String, String> advancedProperties,
        List<String> secretNames,
        SchemaRegistrySettings schemaRegistry,
        String colour,
        boolean production,
        boolean readOnly) {

    /** The id of the built-in profile of the embedded local broker (never saved in the list). */
    public static final String LOCAL_BROKER_ID = "local-broker";
    public static final String DEFAULT_COLOUR = "#3b82f6";

    public ClusterProfile {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        name = name == null ? "" : name;
        bootstrapServers = bootstrapServers == null ? "" : bootstrapServers;
        security = security == null ? ClientSecurity.plaintext() : security;
        advancedProperties = Map.copyOf(advancedProperties == null ? Map.of() : advancedProperties);
        secretNames = List.copyOf(secretNames == null ? List.of() : secretNames);
        schemaRegistry = schemaRegistry == null ? SchemaRegistrySettings.none() : schemaRegistry;
        colour = colour == null || colour.isBlank() ? DEFAULT_COLOUR : colour;
    }

    /** A new unsecured profile for {@code servers}. */
    public static ClusterProfile plaintext(String name, String servers) {
        return new ClusterProfile(null, name, servers, ClientSecurity.plaintext(), Map.of(), List.of(), null,
                DEFAULT_COLOUR, false, false);
    }

    /** The built-in profile of the embedded local broker; its servers are known once it runs. */
    public static ClusterProfile localBroker() {
        return new ClusterProfile(LOCAL_BROKER_ID, "Local broker", "", ClientSecurity.plaintext(), Map.of(), List.of(),
                null, "#16a34a", false, false);
    }

    public boolean isLocalBroker() {
        return LOCAL_BROKER_ID.equals(id);
    }

    /**
     * How the clients reach this profile's cluster: its servers with the client properties that its
     * security, advanced properties and {@code secrets} make, and its schema registry when it has
     * one. May read PEM files: call it off the FX thread.
     *
     * @throws IllegalArgumentException when a file or field the settings need is missing, in words
     */
    public ClusterAccess accessWith(Secrets secrets) {
        ClusterAccess kafka = new ClusterAccess(bootstrapServers,
                SecurityProperties.toClientProperties(security, advancedProperties, secrets));
        return schemaRegistry.configured() ? kafka.withRegistry(schemaRegistry.accessWith(secrets)) : kafka;
    }

    /** A copy under a new id and {@code newName} (its secrets must be copied by the caller). */
    public ClusterProfile duplicate(String newName) {
        return new ClusterProfile(null, newName, bootstrapServers, security, advancedProperties, secretNames,
                schemaRegistry, colour, production, readOnly);
    }

    /**
     * Where a cluster's schema registry answers and how to log in: no login, HTTP basic
     * ({@code username}, the password kept as the secret {@link Secrets#REGISTRY_PASSWORD}) or a
     * bearer token ({@link Secrets#REGISTRY_TOKEN}); for https, {@code caFile} is a PEM file of the
     * CAs to trust (null: the JVM's). A blank {@code url}: the cluster has no registry.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SchemaRegistrySettings(String url, RegistryAuth auth, String username, String caFile) {

        /** How the app logs in to the registry. */
        public enum RegistryAuth { NONE, BASIC, BEARER }

        public SchemaRegistrySettings {
            url = url == null ? "" : url;
            // Files of older versions held a user name and no kind of login: that was basic auth.
            auth = auth != null ? auth : username != null && !username.isBlank() ? RegistryAuth.BASIC : RegistryAuth.NONE;
        }

        /** No registry. */
        public static SchemaRegistrySettings none() {
            return new SchemaRegistrySettings("", RegistryAuth.NONE, null, null);
        }

        /** Whether a registry is set at all (a URL is). */
        public boolean configured() {
            return !url.isBlank();
        }

        /** The registry's access with its login from {@code secrets}; its TLS trust is {@code caFile} for https. */
        public RegistryAccess accessWith(Secrets secrets) {
            boolean https = url.trim().regionMatches(true, 0, "https:", 0, 6);
            TlsSettings tls = https && caFile != null && !caFile.isBlank()
                    ? new TlsSettings(TrustSource.PEM_FILE, caFile, ClientCertificateSource.NONE, null, null, true) : null;
            return new RegistryAccess(url, auth == RegistryAuth.BASIC ? username : null,
                    auth == RegistryAuth.BASIC ? secrets.get(Secrets.REGISTRY_PASSWORD).orElse(null) : null,
                    auth == RegistryAuth.BEARER ? secrets.get(Secrets.REGISTRY_TOKEN).orElse(null) : null, tls);
        }
    }
}
