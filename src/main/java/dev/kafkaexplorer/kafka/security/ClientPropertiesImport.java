package dev.kafkaexplorer.kafka.security;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * Reads a Kafka client {@code .properties} file (what {@code kafka-topics.sh --command-config}
 * takes) into a profile's settings: the security fields it recognises, {@code sasl.jaas.config}
 * read with Kafka's own JAAS parser, and everything else kept as advanced properties.
 */
public final class ClientPropertiesImport {

    private ClientPropertiesImport() {
    }

    /**
     * Reads {@code file} as Kafka's tools do (ISO 8859-1 with {@code \\u} escapes).
     *
     * @throws IllegalArgumentException when the file cannot be read, in words naming it
     */
    public static ImportedClientProperties read(Path file) {
        return parse(load(file));
    }

    /**
     * The properties in {@code file}, key to value, as Kafka's tools read them.
     *
     * @throws IllegalArgumentException when the file cannot be read, in words naming it
     */
    public static Map<String, String> load(Path file) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "there is no such file"
                    : e instanceof java.nio.file.AccessDeniedException ? "you may not read it"
                    : e instanceof IllegalArgumentException ? "it is not a properties file (a bad \\u escape)"
                    : String.valueOf(e.getMessage());
            throw new IllegalArgumentException("Cannot read the client properties file " + file + ": " + why + ".", e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        props.stringPropertyNames().stream().sorted().forEach(k -> values.put(k, props.getProperty(k)));
        return values;
    }

    /** The profile settings that {@code properties} (key to value, as in the file) stand for. */
    public static ImportedClientProperties parse(Map<String, String> properties) {
        Map<String, String> rest = new LinkedHashMap<>();
        // Values as written: a password may end in a space.
        properties.forEach((k, v) -> rest.put(k.trim(), v == null ? "" : v));
        Map<String, String> secrets = new HashMap<>();
        List<String> notes = new ArrayList<>();

        Optional<String> servers = Optional.ofNullable(rest.remove("bootstrap.servers")).filter(s -> !s.isBlank());
        SecurityProtocol protocol = SecurityProtocol.PLAINTEXT;
        String protocolText = Optional.ofNullable(rest.get("security.protocol")).map(String::trim).orElse(null);
        if (protocolText != null) {
            try {
                protocol = SecurityProtocol.forName(protocolText.toUpperCase(Locale.ROOT));
                rest.remove("security.protocol");
            } catch (IllegalArgumentException e) {
                notes.add("security.protocol=" + protocolText + " is not one Kafka knows: kept as an advanced property.");
            }
        }
        ClientSecurity probe = new ClientSecurity(protocol, null, null);
        SaslSettings sasl = probe.usesSasl() ? JaasImport.sasl(rest, secrets, notes) : null;
        TlsSettings tls = probe.usesTls() ? tls(rest, secrets, notes) : null;

        Map<String, String> advanced = new LinkedHashMap<>();
        rest.forEach((key, value) -> {
            if (ClusterAccess.isSecret(key)) {
                secrets.put(Secrets.forProperty(key), value);
                advanced.put(key, "");
            } else {
                advanced.put(key, value);
            }
        });
        return new ImportedClientProperties(servers, new ClientSecurity(protocol, sasl, tls), new Secrets(secrets),
                advanced, notes);
    }

    private static TlsSettings tls(Map<String, String> rest, Map<String, String> secrets, List<String> notes) {
        TrustSource trust = TrustSource.SYSTEM;
        String trustPath = null;
        String trustType = rest.getOrDefault("ssl.truststore.type", "JKS").trim().toUpperCase(Locale.ROOT);
        if (rest.containsKey("ssl.truststore.location")) {
            Optional<TrustSource> known = switch (trustType) {
                case "PEM" -> Optional.of(TrustSource.PEM_FILE);
                case "JKS" -> Optional.of(TrustSource.JKS);
                case "PKCS12" -> Optional.of(TrustSource.PKCS12);
                default -> Optional.empty();
            };
            if (known.isPresent()) {
                trust = known.get();
                trustPath = rest.remove("ssl.truststore.location");
                rest.remove("ssl.truststore.type");
                moveSecret(rest, "ssl.truststore.password", secrets, Secrets.TRUSTSTORE_PASSWORD);
            } else {
                notes.add("The trust store type " + trustType + " has no field: kept as advanced properties.");
            }
        }
        ClientCertificateSource client = ClientCertificateSource.NONE;
        String certificatePath = null;
        String keyPath = null;
        String keyType = rest.getOrDefault("ssl.keystore.type", "JKS").trim().toUpperCase(Locale.ROOT);
        if (rest.containsKey("ssl.keystore.location")) {
            Optional<ClientCertificateSource> known = switch (keyType) {
                case "PEM" -> Optional.of(ClientCertificateSource.PEM_FILES);
                case "JKS" -> Optional.of(ClientCertificateSource.JKS);
                case "PKCS12" -> Optional.of(ClientCertificateSource.PKCS12);
                default -> Optional.empty();
            };
            if (known.isPresent()) {
                client = known.get();
                certificatePath = rest.remove("ssl.keystore.location");
                // One PEM file with both the certificate chain and the key serves as either.
                keyPath = client == ClientCertificateSource.PEM_FILES ? certificatePath : null;
                rest.remove("ssl.keystore.type");
                moveSecret(rest, "ssl.keystore.password", secrets, Secrets.KEYSTORE_PASSWORD);
                moveSecret(rest, "ssl.key.password", secrets, Secrets.KEY_PASSWORD);
            } else {
                notes.add("The key store type " + keyType + " has no field: kept as advanced properties.");
            }
        }
        boolean verifyHost = true;
        String algorithm = Optional.ofNullable(rest.get("ssl.endpoint.identification.algorithm")).map(String::trim).orElse(null);
        if (algorithm != null && (algorithm.isEmpty() || algorithm.equalsIgnoreCase("https"))) {
            verifyHost = !algorithm.isEmpty();
            rest.remove("ssl.endpoint.identification.algorithm");
        }
        return new TlsSettings(trust, trustPath, client, certificatePath, keyPath, verifyHost);
    }

    static void moveSecret(Map<String, String> rest, String key, Map<String, String> secrets, String name) {
        String value = rest.remove(key);
        if (value != null && !value.isEmpty()) {
            secrets.put(name, value);
        }
    }
}
