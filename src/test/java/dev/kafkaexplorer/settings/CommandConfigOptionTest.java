package dev.kafkaexplorer.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.LaunchOptions;
import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --command-config=FILE}: Kafka client properties for {@code --bootstrap-servers}, as Kafka's tools take them. */
class CommandConfigOptionTest {

    private static final String PASSWORD = "s3cret-Pw";

    @TempDir
    Path dir;

    @Test
    void theStartConnectsWithTheFilesPropertiesAndNeverShowsItsSecrets() throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, String.join("\n",
                "# as for kafka-topics.sh --command-config",
                "security.protocol=SASL_SSL",
                "sasl.mechanism=SCRAM-SHA-512",
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\",
                "    username=\"alice\" password=\"" + PASSWORD + "\";",
                "bootstrap.servers=ignored:1"));

        LaunchOptions options = LaunchOptions.parse(List.of("--bootstrap-servers=kafka:9093", "--command-config=" + file));
        StartupPlan plan = StartupPlan.decide(options, AppSettings.defaults());

        assertThat(plan).isInstanceOf(StartupPlan.ConnectTo.class);
        ClusterAccess access = ((StartupPlan.ConnectTo) plan).access();
        assertThat(access.bootstrapServers()).isEqualTo("kafka:9093");
        assertThat(access.clientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(access.clientProperties().get("sasl.jaas.config")).contains("password=\"" + PASSWORD + "\"");
        // The option names the cluster: a bootstrap.servers line in the file does not move it elsewhere.
        assertThat(access.applyTo(new java.util.Properties())).containsEntry("bootstrap.servers", "kafka:9093");
        assertThat(options.toString()).contains("sasl.jaas.config").doesNotContain(PASSWORD);
        assertThat(plan.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void withoutTheOptionTheStartConnectsWithoutClientProperties() {
        LaunchOptions options = LaunchOptions.parse(List.of("--bootstrap-servers=kafka:9092"));
        assertThat(StartupPlan.decide(options, AppSettings.defaults()))
                .isEqualTo(new StartupPlan.ConnectTo(new ClusterAccess("kafka:9092", Map.of())));
    }

    @Test
    void aMissingFileIsRefusedInWords() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap-servers=a:1", "--command-config=" + missing)))
                .hasMessageContaining("--command-config: no such file: " + missing);
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap-servers=a:1", "--command-config=")))
                .hasMessageContaining("--command-config needs a file");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap-servers=a:1", "--command-config=" + dir)))
                .hasMessageContaining("no such file");
    }

    @Test
    void aFileThatIsNotPropertiesIsRefusedWithoutQuotingIt() throws Exception {
        Path file = dir.resolve("broken.properties");
        // A malformed \\u escape: Properties.load gives up, and its message would quote the line.
        Files.writeString(file, "sasl.jaas.config=" + PASSWORD + "\\uZZZZ\n");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--bootstrap-servers=a:1", "--command-config=" + file)))
                .hasMessageContaining("cannot read " + file + " as Java properties")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void theOptionGoesWithBootstrapServersOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), "security.protocol=SSL\n");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--command-config=" + file)))
                .hasMessageContaining("--command-config goes with --bootstrap-servers");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--local-broker", "--command-config=" + file)))
                .hasMessageContaining("--command-config goes with --bootstrap-servers");
    }
}
