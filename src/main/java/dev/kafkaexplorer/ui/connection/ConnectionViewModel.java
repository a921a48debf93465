package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.BootstrapServersRules;
import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.FxThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and commands of the connection bar: which cluster the app talks to, the local broker's
 * life cycle, and the status in words. Lives on the FX thread; blocking work goes to workers.
 */
public final class ConnectionViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionViewModel.class);
    private static final Duration QUICKSTART_PROBE_TIMEOUT = Duration.ofMillis(300);
    private static final Duration QUICKSTART_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

    /** Where the connection stands. */
    public enum State { DISCONNECTED, CONNECTING, CONNECTED, FAILED }

    /** Where the embedded broker stands. */
    public enum BrokerState { STOPPED, STARTING, RUNNING, STOPPING }

    /** A live connection: the admin client and what the cluster said about itself. */
    public record Connection(ClusterAdmin admin, ClusterInfo info, boolean localBroker) {
    }

    private final Executor workers;
    private final Executor fx = FxThread.executor();
    private final SettingsStore settingsStore;
    private final Path localBrokerDir;

    private final StringProperty bootstrapText = new SimpleStringProperty("");
    private final ObservableList<String> recentServers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper bootstrapError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.DISCONNECTED);
    private final ReadOnlyObjectWrapper<BrokerState> brokerState = new ReadOnlyObjectWrapper<>(BrokerState.STOPPED);
    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canConnect;

    private AppSettings settings;
    private EmbeddedBroker broker;
    /** Bumped by every connect; results of an older attempt are dropped. */
    private int attempt;
    /** Whether the connect under way (if any) is to the local broker. */
    private boolean connectingToLocal;

    public ConnectionViewModel(AppSettings settings, SettingsStore settingsStore, Path localBrokerDir, Executor workers) {
        this.settings = settings;
        this.settingsStore = settingsStore;
        this.localBrokerDir = localBrokerDir;
        this.workers = workers;
        recentServers.setAll(settings.recentBootstrapServers());
        bootstrapText.addListener((obs, old, text) ->
                bootstrapError.set(BootstrapServersRules.check(text).orElse("")));
        bootstrapError.set(BootstrapServersRules.check(bootstrapText.get()).orElse(""));
        canConnect = Bindings.createBooleanBinding(
                () -> bootstrapError.get().isEmpty() && brokerState.get() != BrokerState.STARTING,
                bootstrapError, brokerState);
    }

    public StringProperty bootstrapTextProperty() {
        return bootstrapText;
    }

    public ObservableList<String> recentServers() {
        return recentServers;
    }

    public ReadOnlyStringProperty bootstrapErrorProperty() {
        return bootstrapError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BrokerState> brokerStateProperty() {
        return brokerState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    /** Carries out what the app should connect to when it opens. */
    public void begin(StartupPlan plan) {
        if (plan instanceof StartupPlan.ConnectTo to) {
            bootstrapText.set(to.bootstrapServers());
            connectTo(to.bootstrapServers(), false, timeout(), null);
        } else if (plan instanceof StartupPlan.StartLocalBroker local) {
            startLocalBroker(local.port());
        } else if (plan instanceof StartupPlan.TryQuickstartThenLocal first) {
            tryQuickstartThenLocal(first.port());
        }
    }

    /** Connects to the servers typed in the bar. */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        connectTo(bootstrapText.get().trim(), false, timeout(), null);
    }

    /**
     * Gives up the connect under way: its late answer is dropped and its client closed. A local
     * broker that is starting finishes starting (stopping it halfway would risk its data) and
     * stays up for the next connect.
     */
    public void cancelConnect() {
        if (state.get() != State.CONNECTING) {
            return;
        }
        attempt++;
        state.set(State.DISCONNECTED);
        status.set("Cancelled. Connect to a cluster or start the local broker.");
    }

    /** Starts the local broker when it is stopped, stops it when it runs. */
    public void toggleLocalBroker() {
        switch (brokerState.get()) {
            case STOPPED -> startLocalBroker(settings.localBrokerPort());
            case RUNNING -> stopLocalBroker();
            default -> { }
        }
    }

    private void tryQuickstartThenLocal(int localPort) {
        int myAttempt = ++attempt;
        state.set(State.CONNECTING);
        status.set("Looking for a Kafka broker on " + QuickstartProbe.QUICKSTART_SERVERS + "…");
        CompletableFuture.supplyAsync(() -> QuickstartProbe.somethingListens("localhost", 9092, QUICKSTART_PROBE_TIMEOUT), workers)
                .thenAcceptAsync(listens -> {
                    if (myAttempt != attempt) {
                        return;
                    }
                    if (listens) {
                        bootstrapText.set(QuickstartProbe.QUICKSTART_SERVERS);
                        connectTo(QuickstartProbe.QUICKSTART_SERVERS, false, QUICKSTART_CONNECT_TIMEOUT,
                                () -> startLocalBroker(localPort));
                    } else {
                        startLocalBroker(localPort);
                    }
                }, fx);
    }

    /** Starts the embedded broker off the FX thread, then connects to it. */
    public void startLocalBroker(int preferredPort) {
        if (brokerState.get() != BrokerState.STOPPED) {
            return;
        }
        int myAttempt = ++attempt;
        connectingToLocal = true;
        dropConnection();
        brokerState.set(BrokerState.STARTING);
        state.set(State.CONNECTING);
        status.set("Starting the local broker…");
        Path dir = localBrokerDir;
        CompletableFuture.supplyAsync(() -> {
            // Reuse last run's port when it is still free, so recent lists and other tools keep working.
            int port = preferredPort > 0 && EmbeddedBroker.isPortFree(preferredPort) ? preferredPort : 0;
            EmbeddedBroker starting = new EmbeddedBroker(dir, port);
            starting.start();
            return starting;
        }, workers).whenCompleteAsync((started, error) -> {
            if (error != null) {
                LOG.warn("Local broker did not start", error);
                brokerState.set(BrokerState.STOPPED);
                if (myAttempt == attempt) {
                    state.set(State.FAILED);
                    status.set("The local broker did not start: " + KafkaErrorText.general(error));
                }
                return;
            }
            broker = started;
            brokerState.set(BrokerState.RUNNING);
            if (myAttempt == attempt) {
                bootstrapText.set(started.bootstrapServers());
                connectTo(started.bootstrapServers(), true, timeout(), null);
            }
        }, fx);
    }

    /** Disconnects from the local broker if connected to it, then stops it off the FX thread. */
    public void stopLocalBroker() {
        if (brokerState.get() != BrokerState.RUNNING) {
            return;
        }
        Connection current = connection.get();
        boolean wasConnectedToIt = current != null && current.localBroker()
                || state.get() == State.CONNECTING && connectingToLocal;
        CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
        if (wasConnectedToIt) {
            attempt++;
            closed = dropConnection();
            state.set(State.DISCONNECTED);
        }
        EmbeddedBroker stopping = broker;
        broker = null;
        brokerState.set(BrokerState.STOPPING);
        if (wasConnectedToIt) {
            status.set("Stopping the local broker…");
        }
        closed.thenRunAsync(stopping::stop, workers).whenCompleteAsync((ignored, error) -> {
            brokerState.set(BrokerState.STOPPED);
            if (state.get() != State.CONNECTED && state.get() != State.CONNECTING) {
                state.set(State.DISCONNECTED);
                status.set("Local broker stopped. Connect to a cluster or start the local broker.");
            }
        }, fx);
    }

    private void connectTo(String servers, boolean local, Duration timeout, Runnable onFailure) {
        int myAttempt = ++attempt;
        connectingToLocal = local;
        dropConnection();
        state.set(State.CONNECTING);
        status.set("Connecting to " + servers + "…");
        ConnectionSettings target = new ConnectionSettings(servers, timeout);
        CompletableFuture.supplyAsync(() -> ClusterAdmin.open(target, workers), workers)
                .thenCompose(admin -> admin.describeCluster()
                        .thenApply(info -> new Connection(admin, info, local))
                        .whenComplete((ok, error) -> {
                            if (error != null) {
                                admin.close(CLOSE_TIMEOUT);
                            }
                        }))
                .whenCompleteAsync((connected, error) -> {
                    if (myAttempt != attempt) {
                        if (connected != null) {
                            closeLater(connected.admin());
                        }
                        return;
                    }
                    if (error != null) {
                        if (onFailure != null) {
                            onFailure.run();
                            return;
                        }
                        state.set(State.FAILED);
                        status.set(KafkaErrorText.general(error));
                        return;
                    }
                    connection.set(connected);
                    state.set(State.CONNECTED);
                    status.set(describe(connected));
                    remember(connected);
                }, fx);
    }

    private static String describe(Connection c) {
        int n = c.info().brokerCount();
        String text = "Connected — cluster " + c.info().clusterId() + ", " + n + (n == 1 ? " broker" : " brokers");
        return c.localBroker() ? text + " (local broker on " + c.admin().settings().bootstrapServers() + ")" : text;
    }

    private void remember(Connection c) {
        UnaryOperator<AppSettings> change;
        if (c.localBroker()) {
            int port = broker == null ? 0 : broker.port();
            change = saved -> saved.withLocalBrokerConnection(port);
            settings = change.apply(settings);
        } else {
            String servers = c.admin().settings().bootstrapServers();
            change = saved -> saved.withBootstrapConnection(servers);
            settings = change.apply(settings);
            recentServers.setAll(settings.recentBootstrapServers());
        }
        // Only this change goes to disk: other preferences may have been saved since this copy was read.
        workers.execute(() -> settingsStore.update(change));
    }

    private CompletableFuture<Void> dropConnection() {
        Connection current = connection.get();
        connection.set(null);
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        return closeLater(current.admin());
    }

    private CompletableFuture<Void> closeLater(ClusterAdmin admin) {
        return CompletableFuture.runAsync(() -> admin.close(CLOSE_TIMEOUT), workers);
    }

    private Duration timeout() {
        return Duration.ofSeconds(settings.connectTimeoutSeconds());
    }

    /**
     * For the window closing: forgets the connection and the broker on the FX thread and returns
     * the blocking part (close the admin client, then stop the local broker) for a thread of its own.
     */
    public Runnable prepareShutdown() {
        attempt++;
        Connection current = connection.get();
        connection.set(null);
        EmbeddedBroker running = broker;
        broker = null;
        return () -> {
            if (current != null) {
                current.admin().close(CLOSE_TIMEOUT);
            }
            if (running != null) {
                running.stop();
            }
        };
    }
}
