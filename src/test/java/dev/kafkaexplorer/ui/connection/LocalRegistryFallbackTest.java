package dev.kafkaexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.secrets.InMemorySecretStore;
import dev.kafkaexplorer.testing.TempDirs;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.connection.EmbeddedBrokerFactory.RegistryStarter;
import dev.kafkaexplorer.ui.connection.EmbeddedBrokerFactory.RunningRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The app's local broker with a registry beside it, against a real embedded broker: the registry
 * gets the broker's address, the connection gets the registry, and the registry stops before the
 * broker; a registry that does not start leaves a working connection and a status that says why.
 * One thread stands for the FX thread.
 */
class LocalRegistryFallbackTest {

    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-fx"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    });
    private Path dir;
    private ConnectionViewModel model;

    @AfterEach
    void tearDown() {
        onFx(() -> {
            model.stopLocalBroker();
            return null;
        });
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() -> model.brokerStateProperty().get()) == BrokerState.STOPPED);
        fx.shutdown();
        workers.shutdownNow();
        TempDirs.deleteQuietly(dir);
    }

    @Test
    void aRegistryThatDoesNotStartLeavesTheBrokerWorkingAndTheStatusSaysWhy() {
        start(broker -> {
            throw new IllegalStateException("no free port for the schema registry");
        });

        String status = awaitStatus("Connected — cluster");
        assertThat(status).contains("(local broker on 127.0.0.1:")
                .endsWith("; local schema registry did not start: no free port for the schema registry");
        Connection connection = onFx(() -> model.connectionProperty().get());
        assertThat(connection.access().schemaRegistry()).isEmpty();
        assertThat(connection.admin().listTopics(false)).as("the broker answers").succeedsWithin(Duration.ofSeconds(20));
    }

    @Test
    void aStartedRegistryIsTheConnectionsAndStopsBeforeTheBroker() {
        AtomicReference<ClusterAccess> registryBroker = new AtomicReference<>();
        AtomicBoolean brokerUpWhenRegistryStopped = new AtomicBoolean();
        start(broker -> {
            registryBroker.set(broker);
            String[] hostPort = broker.bootstrapServers().split(":");
            return new RunningRegistry("http://127.0.0.1:48081", () -> brokerUpWhenRegistryStopped.set(
                    QuickstartProbe.somethingListens(hostPort[0], Integer.parseInt(hostPort[1]), Duration.ofSeconds(1))));
        });

        String status = awaitStatus("Connected — cluster");
        assertThat(status).endsWith("), schema registry on http://127.0.0.1:48081");
        Connection connection = onFx(() -> model.connectionProperty().get());
        assertThat(connection.access().schemaRegistry()).contains(RegistryAccess.open("http://127.0.0.1:48081"));
        assertThat(registryBroker.get().bootstrapServers()).isEqualTo(connection.access().bootstrapServers());

        onFx(() -> {
            model.stopLocalBroker();
            return null;
        });
        Awaitility.await().atMost(30, TimeUnit.SECONDS).until(() -> onFx(() -> model.brokerStateProperty().get()) == BrokerState.STOPPED);
        assertThat(brokerUpWhenRegistryStopped).as("the registry, a client of the broker, stops first").isTrue();
    }

    private void start(RegistryStarter registries) {
        try {
            dir = Files.createTempDirectory("kafka-explorer-local-registry");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        UiRuntime runtime = new UiRuntime(fx, workers, new ManualTicks());
        AdminClusterConnector connector = new AdminClusterConnector(workers);
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        LocalBrokerControl broker = new LocalBrokerControl(runtime, new EmbeddedBrokerFactory(dir.resolve("broker"), registries));
        model = onFx(() -> new ConnectionViewModel(runtime, AppSettings.defaults(), store, new ConnectionServices(connector,
                connector::brokersAnswering, broker, (host, port, timeout) -> false, access -> List.of(),
                new ProfileRepository(store, new InMemorySecretStore()), TestConnectionServices.CLOCK)));
        onFx(() -> {
            model.begin(new StartupPlan.StartLocalBroker(0));
            return null;
        });
    }

    private String awaitStatus(String part) {
        return Awaitility.await().atMost(90, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS)
                .until(() -> onFx(() -> model.statusProperty().get()), status -> status.contains(part));
    }

    private <T> T onFx(Callable<T> call) {
        try {
            return fx.submit(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
