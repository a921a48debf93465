package dev.kafkaexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.kafka.doctor.DoctorStep;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection bar with a start's client properties (--command-config): used, kept for its servers, never saved. */
class ConnectionWithClientPropertiesTest {

    private static final ClusterAccess SECURED = new ClusterAccess("kafka:9093",
            Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "PLAIN",
                    "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"pw-42\";"));

    @TempDir
    Path dir;

    private final List<ConnectionSettings> targets = new ArrayList<>();
    private final List<CompletableFuture<Connection>> answers = new ArrayList<>();
    /** What the connection doctor was asked to check: it finds nothing here. */
    private final List<ClusterAccess> diagnosed = new ArrayList<>();

    private List<DoctorStep> diagnose(ClusterAccess access) {
        diagnosed.add(access);
        return List.of();
    }

    @Test
    void theStartConnectsWithTheAccessAndConnectingAgainToItsServersKeepsIt() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        ConnectionViewModel model = newModel(store);

        model.begin(new StartupPlan.ConnectTo(SECURED));
        assertThat(targets.get(0).access()).isEqualTo(SECURED);
        assertThat(model.bootstrapTextProperty().get()).isEqualTo("kafka:9093");
        assertThat(model.statusProperty().get()).isEqualTo("Connecting to kafka:9093…");
        answers.get(0).completeExceptionally(new KafkaFailure("Authentication failed", null));
        assertThat(diagnosed).as("the doctor checks the failed connect's own settings").containsExactly(SECURED);

        model.connect();
        assertThat(targets.get(1).access()).isEqualTo(SECURED);

        model.bootstrapTextProperty().set("elsewhere:9092");
        model.connect();
        assertThat(targets.get(2).access()).isEqualTo(ClusterAccess.plaintext("elsewhere:9092"));
    }

    @Test
    void aConnectionWithClientPropertiesIsNotSavedForTheNextStart() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        ConnectionViewModel model = newModel(store);

        model.begin(new StartupPlan.ConnectTo(SECURED));
        answers.get(0).complete(new Connection(null, new dev.kafkaexplorer.kafka.ClusterInfo("c", List.of(), 0), false));

        assertThat(model.stateProperty().get()).isEqualTo(ConnectionViewModel.State.CONNECTED);
        // Resumed next time as plain servers, it would fail against the secured listener.
        assertThat(store.load().lastConnection()).isEqualTo(AppSettings.LastConnection.NONE);
        assertThat(model.recentServers()).isEmpty();
    }

    private ConnectionViewModel newModel(SettingsStore store) {
        UiRuntime runtime = new ManualTicks().runtime();
        return new ConnectionViewModel(runtime, AppSettings.defaults(), store, TestConnectionServices.of(runtime, store,
                connector(), unusedBrokers(), (host, port, timeout) -> false, this::diagnose));
    }

    private ClusterConnector connector() {
        return new ClusterConnector() {
            @Override
            public CompletionStage<Connection> connect(ConnectionSettings target, boolean localBroker) {
                targets.add(target);
                CompletableFuture<Connection> answer = new CompletableFuture<>();
                answers.add(answer);
                return answer;
            }

            @Override
            public void close(Connection connection) {
            }
        };
    }

    private static LocalBrokerFactory unusedBrokers() {
        return port -> {
            throw new AssertionError("no local broker in these tests");
        };
    }
}
