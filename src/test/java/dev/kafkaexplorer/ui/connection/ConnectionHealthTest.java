package dev.kafkaexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.testing.TempDirs;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.State;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connection bar's model against a real broker of its own, without the toolkit: one thread
 * stands for the FX thread, the health watch's time is moved by the test, and the broker is
 * stopped and started again on the same port and data to see the status follow.
 */
class ConnectionHealthTest {

    private final ExecutorService fx = Executors.newSingleThreadExecutor(r -> new Thread(r, "test-fx"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-worker");
        t.setDaemon(true);
        return t;
    });
    private final ManualTicks ticks = new ManualTicks();
    private Path dir;
    private EmbeddedBroker broker;
    private ConnectionViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("kafka-explorer-health");
        broker = new EmbeddedBroker(dir.resolve("broker"), EmbeddedBroker.freePort());
        broker.start();
        UiRuntime runtime = new UiRuntime(fx, workers, ticks);
        AdminClusterConnector connector = new AdminClusterConnector(workers);
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        LocalBrokerControl noLocalBroker = new LocalBrokerControl(runtime, port -> {
            throw new AssertionError("no local broker here");
        });
        model = onFx(() -> new ConnectionViewModel(runtime, AppSettings.defaults(), store, new ConnectionServices(connector,
                connector::brokersAnswering, noLocalBroker, (host, port, timeout) -> false, access -> List.of(),
                new dev.kafkaexplorer.settings.ProfileRepository(store,
                        new dev.kafkaexplorer.settings.secrets.InMemorySecretStore()),
                TestConnectionServices.CLOCK)));
        onFx(() -> {
            model.begin(new StartupPlan.ConnectTo(ClusterAccess.plaintext(broker.bootstrapServers())));
            return null;
        });
        awaitStatus("Connected — cluster");
    }

    @AfterEach
    void tearDown() throws Exception {
        Runnable close = onFx(model::prepareShutdown);
        close.run();
        broker.stop();
        fx.shutdown();
        workers.shutdownNow();
        TempDirs.deleteQuietly(dir);
    }

    @Test
    void theStatusSaysWhenTheBrokerIsGoneAndRecoversWhenItIsBack() {
        Connection before = onFx(() -> model.connectionProperty().get());
        int port = broker.port();
        broker.stop();

        awaitStatus("not answering since");
        assertThat(onFx(() -> model.statusProperty().get())).doesNotContain("Connected");
        assertThat(onFx(() -> model.stateProperty().get())).isEqualTo(State.UNREACHABLE);

        broker = new EmbeddedBroker(dir.resolve("broker"), port);
        broker.start();

        awaitStatus("Connected — cluster");
        assertThat(onFx(() -> model.connectionProperty().get())).as("the same client, reconnected").isSameAs(before);
    }

    @Test
    void aFailedConnectElsewhereLeavesTheWorkingConnectionUsable() throws Exception {
        Connection working = onFx(() -> model.connectionProperty().get());
        String nowhere = "127.0.0.1:" + EmbeddedBroker.freePort();
        onFx(() -> {
            model.bootstrapTextProperty().set(nowhere);
            model.connect();
            return null;
        });

        awaitStatus("Connecting to " + nowhere + " failed");
        assertThat(onFx(() -> model.statusProperty().get())).startsWith("Connected — cluster");
        assertThat(onFx(() -> model.connectionProperty().get())).isSameAs(working);
        assertThat(working.admin().listTopics(false).get(10, TimeUnit.SECONDS)).isNotNull();
    }

    /** Moves the watch's time on by a period each poll, so a check runs whenever the last one is over. */
    private void awaitStatus(String part) {
        Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(200, TimeUnit.MILLISECONDS).until(() -> onFx(() -> {
            ticks.advance(Duration.ofSeconds(2));
            return model.statusProperty().get();
        }), status -> status.contains(part));
    }

    private <T> T onFx(Callable<T> call) {
        try {
            return fx.submit(call).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
