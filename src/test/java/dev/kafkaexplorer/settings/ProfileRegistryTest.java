package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
import dev.kafkaexplorer.settings.secrets.FileSecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile's schema registry saved and read back: its URL, login and trust in the settings file,
 * its password or token in the secret store with the profile's other secrets, never in the file;
 * settings files from before the registry fields read as "no registry".
 */
class ProfileRegistryTest {

    private static final String PASSWORD = "registry-pa55-word";
    private static final String TOKEN = "eyJhbGciOi.registry-token";

    @TempDir
    Path configDir;

    @Test
    void aBasicLoginIsSavedWithItsPasswordInTheSecretStoreAndReadBack() throws Exception {
        ProfileRepository repository = repository();
        ClusterProfile prod = new ClusterProfile(null, "prod", "kafka-1:9093", null, Map.of(), List.of(),
                new SchemaRegistrySettings("https://registry.example.com:8081", RegistryAuth.BASIC, "svc-reader", "/etc/ca.pem"),
                null, false, false);
        ClusterProfile stored = repository.storeSecrets(prod, new Secrets(Map.of(Secrets.REGISTRY_PASSWORD, PASSWORD)));
        repository.saveAll(List.of(stored));

        ProfileRepository again = repository();
        ClusterProfile loaded = again.byName("prod").orElseThrow();
        assertThat(loaded.schemaRegistry()).isEqualTo(prod.schemaRegistry());
        assertThat(loaded.secretNames()).containsExactly(Secrets.REGISTRY_PASSWORD);

        ClusterAccess access = loaded.accessWith(again.secretsOf(loaded));
        RegistryAccess registry = access.schemaRegistry().orElseThrow();
        assertThat(registry.url()).isEqualTo("https://registry.example.com:8081");
        assertThat(registry.username()).isEqualTo("svc-reader");
        assertThat(registry.password()).isEqualTo(PASSWORD);
        assertThat(registry.bearerToken()).isNull();
        assertThat(registry.tls().trustSource()).isEqualTo(TrustSource.PEM_FILE);
        assertThat(registry.tls().trustPath()).isEqualTo("/etc/ca.pem");
        assertThat(access.clientProperties()).as("the registry is not Kafka's business").isEmpty();
        assertThat(access.toString()).doesNotContain(PASSWORD);
        assertNowhereInClear(PASSWORD);
    }

    @Test
    void aBearerTokenIsASecretTooAndChangingTheLoginDropsTheOldSecret() throws Exception {
        ProfileRepository repository = repository();
        ClusterProfile profile = repository.storeSecrets(new ClusterProfile(null, "cloud", "kafka:9092", null, Map.of(),
                List.of(), new SchemaRegistrySettings("https://sr.example.com", RegistryAuth.BEARER, null, null), null,
                false, false), new Secrets(Map.of(Secrets.REGISTRY_TOKEN, TOKEN)));
        repository.saveAll(List.of(profile));
        assertThat(repository.secretsOf(profile).get(Secrets.REGISTRY_TOKEN)).contains(TOKEN);
        assertThat(profile.accessWith(repository.secretsOf(profile)).schemaRegistry().orElseThrow().bearerToken())
                .isEqualTo(TOKEN);
        assertNowhereInClear(TOKEN);

        ClusterProfile open = repository.storeSecrets(new ClusterProfile(profile.id(), "cloud", "kafka:9092", null, Map.of(),
                profile.secretNames(), new SchemaRegistrySettings("https://sr.example.com", RegistryAuth.NONE, null, null),
                null, false, false), Secrets.none());
        repository.saveAll(List.of(open));
        assertThat(open.secretNames()).isEmpty();
        assertThat(repository().secretsOf(profile).get(Secrets.REGISTRY_TOKEN)).as("deleted from the store").isEmpty();
    }

    @Test
    void aProfileWithoutAUrlHasNoRegistry() {
        ClusterProfile plain = ClusterProfile.plaintext("dev", "localhost:9092");
        assertThat(plain.schemaRegistry()).isEqualTo(SchemaRegistrySettings.none());
        assertThat(plain.accessWith(Secrets.none()).schemaRegistry()).isEmpty();
    }

    @Test
    void settingsFilesFromBeforeTheRegistryFieldsStillLoad() throws Exception {
        Path file = configDir.resolve("settings.json");
        Files.writeString(file, """
                {"lastConnection": "PROFILE", "lastProfileId": "p1", "profiles": [
                  {"id": "p1", "name": "old", "bootstrapServers": "kafka:9092", "secretNames": [], "colour": "#3b82f6"},
                  {"id": "p2", "name": "older", "bootstrapServers": "kafka:9092", "schemaRegistry": null},
                  {"id": "p3", "name": "with room", "bootstrapServers": "kafka:9092",
                   "schemaRegistry": {"url": "http://registry:8081", "username": "bob", "someFutureField": 1}}
                ]}""");

        List<ClusterProfile> profiles = new SettingsStore(file).load().profiles();

        assertThat(profiles).extracting(ClusterProfile::name).containsExactly("old", "older", "with room");
        assertThat(profiles.get(0).schemaRegistry()).isEqualTo(SchemaRegistrySettings.none());
        assertThat(profiles.get(1).schemaRegistry()).isEqualTo(SchemaRegistrySettings.none());
        assertThat(profiles.get(2).schemaRegistry())
                .isEqualTo(new SchemaRegistrySettings("http://registry:8081", RegistryAuth.BASIC, "bob", null));
        assertThat(profiles.get(0).accessWith(Secrets.none()).schemaRegistry()).isEmpty();
    }

    private ProfileRepository repository() {
        return new ProfileRepository(new SettingsStore(configDir.resolve("settings.json")), new FileSecretStore(configDir));
    }

    private void assertNowhereInClear(String secret) throws Exception {
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(secret);
            }
        }
        assertThat(Files.readString(configDir.resolve("settings.json"))).contains("\"schemaRegistry\"");
    }
}
