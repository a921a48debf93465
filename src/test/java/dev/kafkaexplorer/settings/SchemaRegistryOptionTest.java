package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.LaunchOptions;
import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegistryAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --schema-registry=URL}: the registry for the cluster the start names, checked before the window opens. */
class SchemaRegistryOptionTest {

    @TempDir
    Path dir;

    @Test
    void withBootstrapServersTheStartsAccessCarriesTheRegistry() {
        LaunchOptions options = LaunchOptions.parse(List.of("--bootstrap-servers=kafka:9092",
                "--schema-registry=http://registry:8081/"));

        assertThat(options.schemaRegistry()).contains(RegistryAccess.open("http://registry:8081"));
        assertThat(StartupPlan.decide(options, AppSettings.defaults())).isEqualTo(new StartupPlan.ConnectTo(
                ClusterAccess.plaintext("kafka:9092").withRegistry(RegistryAccess.open("http://registry:8081"))));
    }

    @Test
    void withTheCommandConfigBothApply() throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), "security.protocol=SSL\n");
        LaunchOptions options = LaunchOptions.parse(List.of("--bootstrap-servers=kafka:9093", "--command-config=" + file,
                "--schema-registry=https://registry.example.com/apis/ccompat/v7"));

        ClusterAccess access = ((StartupPlan.ConnectTo) StartupPlan.decide(options, AppSettings.defaults())).access();
        assertThat(access.clientProperties()).containsEntry("security.protocol", "SSL");
        assertThat(access.schemaRegistry()).map(RegistryAccess::url).contains("https://registry.example.com/apis/ccompat/v7");
    }

    @Test
    void withTheLocalBrokerItTakesThePlaceOfTheLocalRegistry() {
        AppSettings saved = AppSettings.defaults().withLocalBrokerConnection(40000);
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--local-broker", "--schema-registry=http://127.0.0.1:8085")), saved))
                .isEqualTo(new StartupPlan.StartLocalBroker(40000, RegistryAccess.open("http://127.0.0.1:8085")));
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--local-broker")), saved))
                .as("without the option: the local registry").isEqualTo(new StartupPlan.StartLocalBroker(40000, null));
    }

    @Test
    void withAProfileItTakesThePlaceOfTheProfilesRegistry() {
        ClusterProfile prod = ClusterProfile.plaintext("prod-eu", "kafka-1:9092");
        AppSettings saved = AppSettings.defaults().withProfiles(List.of(prod));

        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--profile=prod-eu", "--schema-registry=http://other:8081")), saved))
                .isEqualTo(new StartupPlan.ConnectProfile(prod.id(), RegistryAccess.open("http://other:8081")));
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--profile=Local broker", "--schema-registry=http://other:8081")),
                saved)).isEqualTo(new StartupPlan.ConnectProfile(ClusterProfile.LOCAL_BROKER_ID, RegistryAccess.open("http://other:8081")));
        assertThat(StartupPlan.decide(LaunchOptions.parse(List.of("--profile=prod-eu")), saved))
                .isEqualTo(new StartupPlan.ConnectProfile(prod.id(), null));
    }

    @Test
    void aLoginInTheUrlBecomesTheRegistrysLoginAndIsNeverShown() {
        LaunchOptions options = LaunchOptions.parse(List.of("--bootstrap-servers=kafka:9092",
                "--schema-registry=https://alice:pa55-word@registry.example.com:8081"));

        RegistryAccess registry = options.schemaRegistry().orElseThrow();
        assertThat(registry.url()).isEqualTo("https://registry.example.com:8081");
        assertThat(registry.username()).isEqualTo("alice");
        assertThat(registry.password()).isEqualTo("pa55-word");
        assertThat(options.toString()).doesNotContain("pa55-word");
        assertThat(StartupPlan.decide(options, AppSettings.defaults()).toString()).doesNotContain("pa55-word");
    }

    @Test
    void aMalformedUrlIsRefusedInWords() {
        assertThatThrownBy(() -> parse("--schema-registry=registry:8081")).hasMessageContaining(
                "--schema-registry: 'registry:8081' needs http:// or https:// before it, e.g. http://registry:8081.");
        assertThatThrownBy(() -> parse("--schema-registry=ftp://registry:8081"))
                .hasMessageContaining("'ftp://registry:8081' is not an http or https URL");
        assertThatThrownBy(() -> parse("--schema-registry=http://reg istry:8081")).hasMessageContaining("is not a URL");
        assertThatThrownBy(() -> parse("--schema-registry=http://registry:8081/?x=1")).hasMessageContaining("has a ? or # part");
        assertThatThrownBy(() -> parse("--schema-registry=http://registry:99999")).hasMessageContaining("between 1 and 65535");
        assertThatThrownBy(() -> parse("--schema-registry=")).hasMessageContaining("--schema-registry needs a URL");
        assertThatThrownBy(() -> parse("--schema-registry=alice:secret@registry:8081"))
                .hasMessageNotContaining("secret").hasMessageContaining("alice:***@registry:8081");
    }

    @Test
    void aloneItNamesNoClusterAndIsRefused() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--schema-registry=http://registry:8081")))
                .hasMessageContaining("--schema-registry goes with --bootstrap-servers, --local-broker or --profile");
        assertThat(LaunchOptions.USAGE).contains("--schema-registry=URL");
    }

    private static LaunchOptions parse(String registryOption) {
        return LaunchOptions.parse(List.of("--bootstrap-servers=kafka:9092", registryOption));
    }
}
