package dev.kafkaexplorer.ui.profiles;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.ClientSecurity;
import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.SaslSettings;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * A first reading of client properties files: bootstrap servers, {@code security.protocol} and
 * {@code sasl.mechanism} become the profile's own settings, everything else stays an advanced
 * property (secret ones as secrets). The profiles-core reader, which also understands JAAS and
 * TLS keys, replaces it.
 */
final class BasicClientPropertiesFiles implements ClientPropertiesFiles {

    private static final String SERVERS = "bootstrap.servers";
    private static final String PROTOCOL = "security.protocol";
    private static final String MECHANISM = "sasl.mechanism";

    @Override
    public Imported read(Path file, String name) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> rest = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> rest.put(key, properties.getProperty(key).strip()));
        String servers = rest.getOrDefault(SERVERS, "");
        SecurityProtocol protocol = SecurityProtocol.PLAINTEXT;
        if (rest.containsKey(PROTOCOL)) {
            try {
                protocol = SecurityProtocol.forName(rest.get(PROTOCOL));
                rest.remove(PROTOCOL);
            } catch (IllegalArgumentException unknown) {
                // Left as an advanced property, where the editor says what is wrong with it.
            }
        }
        SaslSettings sasl = null;
        if (rest.containsKey(MECHANISM) && SaslMechanism.fromKafkaName(rest.get(MECHANISM)).isPresent()) {
            sasl = SaslSettings.password(SaslMechanism.fromKafkaName(rest.remove(MECHANISM)).get(), null);
        }
        rest.remove(SERVERS);
        Map<String, String> secrets = new HashMap<>();
        Map<String, String> advanced = new TreeMap<>();
        rest.forEach((key, value) -> {
            if (ClusterAccess.isSecret(key)) {
                secrets.put(Secrets.forProperty(key), value);
                advanced.put(key, "");
            } else {
                advanced.put(key, value);
            }
        });
        ClusterProfile profile = new ClusterProfile(null, name, servers, new ClientSecurity(protocol, sasl, null), advanced,
                List.of(), null, ClusterProfile.DEFAULT_COLOUR, false, false);
        return new Imported(profile, new Secrets(secrets));
    }

    @Override
    public void write(ClusterProfile profile, Path file) {
        Properties out = new Properties();
        out.setProperty(SERVERS, profile.bootstrapServers());
        out.setProperty(PROTOCOL, profile.security().protocol().name);
        if (profile.security().usesSasl()) {
            out.setProperty(MECHANISM, profile.security().sasl().mechanism().kafkaName());
        }
        profile.advancedProperties().forEach((key, value) -> {
            if (!ClusterAccess.isSecret(key)) {
                out.setProperty(key, value);
            }
        });
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.store(writer, "Kafka client properties of the profile " + profile.name() + ", without its secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
