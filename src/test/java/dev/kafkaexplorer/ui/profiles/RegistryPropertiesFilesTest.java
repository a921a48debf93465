package dev.kafkaexplorer.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.security.SaslMechanism;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client {@code .properties} file's schema registry keys, named as Confluent's serializers name
 * them, read into the profile's registry (secrets to the secrets, not to Kafka's properties) and
 * written back without secrets.
 */
class RegistryPropertiesFilesTest {

    private final ClientPropertiesFiles files = new KafkaClientPropertiesFiles();

    @TempDir
    Path dir;

    @Test
    void basicAuthFromUserInfoIsTheRegistrysLoginWithItsPasswordAsASecret() throws Exception {
        ClientPropertiesFiles.Imported imported = read("""
                bootstrap.servers=pkc-1.confluent.cloud:9092
                security.protocol=SASL_SSL
                sasl.mechanism=PLAIN
                sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="KAFKAKEY" password="kafka-secret";
                schema.registry.url=https://psrc-1.confluent.cloud
                basic.auth.credentials.source=USER_INFO
                basic.auth.user.info=SRKEY:sr-secret
                schema.registry.ssl.truststore.location=/etc/sr-ca.pem
                schema.registry.ssl.truststore.type=PEM
                """);

        assertThat(imported.profile().schemaRegistry()).isEqualTo(
                new SchemaRegistrySettings("https://psrc-1.confluent.cloud", RegistryAuth.BASIC, "SRKEY", "/etc/sr-ca.pem"));
        assertThat(imported.secrets().get(Secrets.REGISTRY_PASSWORD)).contains("sr-secret");
        assertThat(imported.secrets().get(Secrets.SASL_PASSWORD)).contains("kafka-secret");
        assertThat(imported.profile().advancedProperties()).as("none of them goes to Kafka's clients").isEmpty();
        assertThat(imported.profile().secretNames()).contains(Secrets.REGISTRY_PASSWORD);
        assertThat(imported.profile().toString()).doesNotContain("sr-secret");
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void aBearerTokenAndTheOtherSourcesOfALogin() throws Exception {
        ClientPropertiesFiles.Imported bearer = read("""
                schema.registry.url=https://sr.example.com
                bearer.auth.credentials.source=STATIC_TOKEN
                bearer.auth.token=tok-123
                """);
        assertThat(bearer.profile().schemaRegistry().auth()).isEqualTo(RegistryAuth.BEARER);
        assertThat(bearer.secrets().get(Secrets.REGISTRY_TOKEN)).contains("tok-123");

        ClientPropertiesFiles.Imported fromUrl = read("""
                schema.registry.url=http://bob:bob-secret@registry:8081,http://registry-2:8081
                basic.auth.credentials.source=URL
                """);
        assertThat(fromUrl.profile().schemaRegistry())
                .isEqualTo(new SchemaRegistrySettings("http://registry:8081", RegistryAuth.BASIC, "bob", null));
        assertThat(fromUrl.secrets().get(Secrets.REGISTRY_PASSWORD)).contains("bob-secret");
        assertThat(fromUrl.notes()).containsExactly("schema.registry.url names 2 registries: the first is used.");

        ClientPropertiesFiles.Imported inherit = read("""
                security.protocol=SASL_PLAINTEXT
                sasl.mechanism=SCRAM-SHA-256
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="alice" password="alice-secret";
                schema.registry.url=http://registry:8081
                basic.auth.credentials.source=SASL_INHERIT
                """);
        assertThat(inherit.profile().security().sasl().mechanism()).isEqualTo(SaslMechanism.SCRAM_SHA_256);
        assertThat(inherit.profile().schemaRegistry().username()).isEqualTo("alice");
        assertThat(inherit.secrets().get(Secrets.REGISTRY_PASSWORD)).contains("alice-secret");
    }

    @Test
    void registryKeysWithoutAFieldAreNamedInTheNotesNotPassedToKafka() throws Exception {
        ClientPropertiesFiles.Imported imported = read("""
                schema.registry.url=http://registry:8081
                schema.registry.ssl.keystore.location=/etc/client.p12
                bearer.auth.credentials.source=OAUTHBEARER
                """);
        assertThat(imported.profile().schemaRegistry().auth()).isEqualTo(RegistryAuth.NONE);
        assertThat(imported.profile().advancedProperties()).isEmpty();
        assertThat(imported.notes()).containsExactly(
                "bearer.auth.credentials.source=OAUTHBEARER has no field: give the registry a token or a login in the profile.",
                "schema.registry.ssl.keystore.location has no field for the schema registry: left out.");
    }

    @Test
    void theExportNamesTheRegistryAsConfluentsClientsDoAndLeavesItsSecretsOut() throws Exception {
        ClusterProfile profile = new ClusterProfile(null, "prod", "kafka:9092", null, Map.of(),
                List.of(Secrets.REGISTRY_PASSWORD),
                new SchemaRegistrySettings("https://registry.example.com", RegistryAuth.BASIC, "svc", "/etc/ca.pem"),
                null, false, false);
        Path file = dir.resolve("out.properties");
        files.write(profile, file);

        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        Properties written = new Properties();
        written.load(new StringReader(text));
        assertThat(written).containsEntry("schema.registry.url", "https://registry.example.com")
                .containsEntry("basic.auth.credentials.source", "USER_INFO")
                .containsEntry("schema.registry.ssl.truststore.location", "/etc/ca.pem")
                .containsEntry("schema.registry.ssl.truststore.type", "PEM")
                .doesNotContainKey("basic.auth.user.info");
        assertThat(text).contains("# Add basic.auth.user.info=svc:PASSWORD with the schema registry's password.")
                .contains("the schema registry's password (basic.auth.user.info)");

        // What was written reads back as the same registry (its password added by hand).
        Files.writeString(file, text + "basic.auth.user.info=svc:pa55\n", StandardCharsets.ISO_8859_1);
        ClientPropertiesFiles.Imported again = files.read(file, "again");
        assertThat(again.profile().schemaRegistry()).isEqualTo(profile.schemaRegistry());
        assertThat(again.secrets().get(Secrets.REGISTRY_PASSWORD)).contains("pa55");
    }

    @Test
    void aProfileWithoutARegistryExportsNoRegistryKeys() throws Exception {
        Path file = dir.resolve("plain.properties");
        files.write(ClusterProfile.plaintext("dev", "localhost:9092"), file);
        assertThat(Files.readString(file)).doesNotContain("schema.registry", "basic.auth", "bearer.auth");
    }

    private ClientPropertiesFiles.Imported read(String text) throws Exception {
        Path file = Files.writeString(dir.resolve("client-" + System.nanoTime() + ".properties"), text);
        return files.read(file, "imported");
    }
}
