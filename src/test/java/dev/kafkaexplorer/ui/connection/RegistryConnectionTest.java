package dev.kafkaexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which schema registry a connection gets: the local broker's own, the profile's, or the start's
 * {@code --schema-registry} in their place; and the status when the local registry did not start.
 * Fakes for the cluster and the broker (the real ones: LocalRegistryFallbackTest, LocalRegistryUiTest).
 */
class RegistryConnectionTest {

    private static final RegistryAccess GIVEN = RegistryAccess.open("http://given:8081");

    @TempDir
    Path dir;

    private final List<ConnectionSettings> targets = new ArrayList<>();
    /** What the local broker's registry did: its URL, or why it did not start. */
    private String localRegistryUrl = "http://127.0.0.1:41234";
    private String localRegistryProblem;
    private SettingsStore store;
    private ConnectionServices services;
    private ConnectionViewModel model;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("settings.json"));
        UiRuntime runtime = new ManualTicks().runtime();
        services = TestConnectionServices.of(runtime, store, connector(), this::startBroker,
                (host, port, timeout) -> false, access -> List.of());
        model = new ConnectionViewModel(runtime, AppSettings.defaults(), store, services);
    }

    @Test
    void theLocalBrokersConnectionHasTheRegistryStartedBesideIt() {
        model.begin(new StartupPlan.StartLocalBroker(0));

        assertThat(lastAccessRegistry()).isEqualTo(RegistryAccess.open("http://127.0.0.1:41234"));
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster c1, 1 broker (local broker on 127.0.0.1:40001),"
                + " schema registry on http://127.0.0.1:41234");
    }

    @Test
    void aLocalRegistryThatDidNotStartIsSaidAndTheBrokerStillConnects() {
        localRegistryUrl = null;
        localRegistryProblem = "Address already in use";
        model.begin(new StartupPlan.StartLocalBroker(0));

        assertThat(model.stateProperty().get()).isEqualTo(ConnectionViewModel.State.CONNECTED);
        assertThat(targets.get(0).access().schemaRegistry()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster c1, 1 broker (local broker on 127.0.0.1:40001);"
                + " local schema registry did not start: Address already in use");
    }

    @Test
    void theStartsRegistryTakesThePlaceOfTheLocalOneAlsoWhenConnectingAgain() {
        localRegistryUrl = null;
        localRegistryProblem = "Address already in use";
        model.begin(new StartupPlan.StartLocalBroker(0, GIVEN));

        assertThat(lastAccessRegistry()).isEqualTo(GIVEN);
        assertThat(model.statusProperty().get()).as("the local registry is not missed")
                .isEqualTo("Connected — cluster c1, 1 broker (local broker on 127.0.0.1:40001), schema registry on http://given:8081");

        model.toggleLocalBroker(); // stops it
        model.toggleLocalBroker(); // starts it again
        assertThat(targets).hasSize(2);
        assertThat(lastAccessRegistry()).isEqualTo(GIVEN);
    }

    @Test
    void aProfileConnectsWithItsRegistryAndItsSecret() {
        ClusterProfile prod = saveProfileWithRegistry();
        model.connectProfile(prod);

        RegistryAccess registry = lastAccessRegistry();
        assertThat(registry.url()).isEqualTo("https://registry.example.com");
        assertThat(registry.username()).isEqualTo("svc");
        assertThat(registry.password()).isEqualTo("registry-secret");
    }

    @Test
    void theStartsRegistryTakesThePlaceOfTheProfilesForThatProfileOnly() {
        ClusterProfile prod = saveProfileWithRegistry();
        model.begin(new StartupPlan.ConnectProfile(prod.id(), GIVEN));
        assertThat(lastAccessRegistry()).isEqualTo(GIVEN);

        model.connectProfile(prod);
        assertThat(lastAccessRegistry()).as("connecting again keeps it").isEqualTo(GIVEN);

        model.startLocalBroker(0);
        assertThat(lastAccessRegistry()).as("another cluster keeps its own").isEqualTo(RegistryAccess.open(localRegistryUrl));
    }

    @Test
    void givenServersConnectWithTheStartsRegistryAndAgainWhenTypedAgain() {
        model.begin(new StartupPlan.ConnectTo(dev.kafkaexplorer.kafka.ClusterAccess.plaintext("kafka:9092").withRegistry(GIVEN)));
        assertThat(lastAccessRegistry()).isEqualTo(GIVEN);

        model.connect();
        assertThat(lastAccessRegistry()).isEqualTo(GIVEN);
        model.bootstrapTextProperty().set("other:9092");
        model.connect();
        assertThat(targets.get(targets.size() - 1).access().schemaRegistry()).isEmpty();
    }

    private ClusterProfile saveProfileWithRegistry() {
        ClusterProfile prod = new ClusterProfile(null, "prod", "kafka-1:9092", null, Map.of(), List.of(),
                new SchemaRegistrySettings("https://registry.example.com/", RegistryAuth.BASIC, "svc", null), null, false, false);
        ClusterProfile stored = services.profiles().storeSecrets(prod,
                new Secrets(Map.of(Secrets.REGISTRY_PASSWORD, "registry-secret")));
        services.profiles().saveAll(List.of(stored));
        return stored;
    }

    private RegistryAccess lastAccessRegistry() {
        return targets.get(targets.size() - 1).access().schemaRegistry().orElseThrow();
    }

    private LocalBrokerFactory.LocalBroker startBroker(int preferredPort) {
        String url = localRegistryUrl;
        String problem = localRegistryProblem;
        return new LocalBrokerFactory.LocalBroker() {
            @Override
            public String bootstrapServers() {
                return "127.0.0.1:40001";
            }

            @Override
            public int port() {
                return 40001;
            }

            @Override
            public String registryUrl() {
                return url;
            }

            @Override
            public String registryProblem() {
                return problem;
            }

            @Override
            public void stop() {
            }
        };
    }

    /** A cluster that answers at once, remembering how it was reached. */
    private ClusterConnector connector() {
        return new ClusterConnector() {
            @Override
            public CompletionStage<Connection> connect(ConnectionSettings target, boolean localBroker) {
                targets.add(target);
                return CompletableFuture.completedFuture(new Connection(null,
                        new ClusterInfo("c1", List.of(new ClusterInfo.BrokerInfo(1, "h", 9092, null)), 1), localBroker));
            }

            @Override
            public void close(Connection connection) {
            }
        };
    }
}
