package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.BootstrapServersRules;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * State and commands of the connection bar: which cluster the app talks to and the status in
 * words. Lives on the FX thread; opening clients and the local broker's start and stop run on the
 * workers (through {@link ClusterConnector} and {@link LocalBrokerControl}).
 */
public final class ConnectionViewModel {

    private static final String QUICKSTART_HOST = "localhost";
    private static final int QUICKSTART_PORT = 9092;
    private static final Duration QUICKSTART_PROBE_TIMEOUT = Duration.ofMillis(300);
    private static final Duration QUICKSTART_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Where the connection stands. */
    public enum State { DISCONNECTED, CONNECTING, CONNECTED, FAILED }

    /**
     * A live connection: the admin client, what the cluster said about itself, and the saved
     * profile it was made with (null for servers typed in the bar or given on the command line).
     */
    public record Connection(ClusterAdmin admin, ClusterInfo info, boolean localBroker, ClusterProfile profile) {

        public Connection(ClusterAdmin admin, ClusterInfo info, boolean localBroker) {
            this(admin, info, localBroker, null);
        }

        /** Whether changing actions are turned off because the profile is read-only. */
        public boolean readOnly() {
            return profile != null && profile.readOnly();
        }

        /** How the other screens' clients (producers, consumers) reach this cluster: as the admin client does. */
        public ClusterAccess access() {
            return admin.settings().access();
        }
    }

    private final UiRuntime runtime;
    private final ClusterConnector connector;
    private final BrokerProbe probe;
    private final ConnectionMemory memory;
    private final LocalBrokerControl broker;
    private final DoctorViewModel doctor;
    /** The connect under way, with the probe and broker start before it: cancel or a newer one drops its answer. */
    private final LatestRequest attempt;

    private final StringProperty bootstrapText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bootstrapError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.DISCONNECTED);
    private final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canConnect;

    /** Whether the connect under way (if any) is to the local broker. */
    private boolean connectingToLocal;

    /**
     * @param connector opens cluster clients
     * @param brokers   starts the local broker
     * @param probe     looks for the Kafka quickstart's broker on the first start
     * @param diagnosis the connection doctor, offered when a connect fails
     */
    public ConnectionViewModel(UiRuntime runtime, AppSettings settings, SettingsStore settingsStore, ClusterConnector connector,
                               LocalBrokerFactory brokers, BrokerProbe probe, ConnectionDiagnosis diagnosis) {
        this.runtime = runtime;
        this.connector = connector;
        this.probe = probe;
        this.memory = new ConnectionMemory(settings, settingsStore, runtime.workers());
        this.broker = new LocalBrokerControl(runtime, brokers);
        this.attempt = runtime.latestRequest();
        this.doctor = new DoctorViewModel(runtime, diagnosis);
        bootstrapText.addListener((obs, old, text) ->
                bootstrapError.set(BootstrapServersRules.check(text).orElse("")));
        bootstrapError.set(BootstrapServersRules.check(bootstrapText.get()).orElse(""));
        canConnect = Bindings.createBooleanBinding(
                () -> bootstrapError.get().isEmpty() && broker.state() != BrokerState.STARTING,
                bootstrapError, broker.stateProperty());
    }

    public StringProperty bootstrapTextProperty() {
        return bootstrapText;
    }

    public ObservableList<String> recentServers() {
        return memory.recentServers();
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
        return broker.stateProperty();
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public DoctorViewModel doctor() {
        return doctor;
    }

    /** Carries out what the app should connect to when it opens. */
    public void begin(StartupPlan plan) {
        if (plan instanceof StartupPlan.ConnectTo to) {
            memory.rememberStartupAccess(to.access());
            bootstrapText.set(to.access().bootstrapServers());
            connectTo(to.access(), false, memory.connectTimeout(), null);
        } else if (plan instanceof StartupPlan.StartLocalBroker local) {
            startLocalBroker(local.port());
        } else if (plan instanceof StartupPlan.TryQuickstartThenLocal first) {
            tryQuickstartThenLocal(first.port());
        }
    }

    /** Connects with a saved profile (the Clusters window's Connect); the profile start does the work. */
    public void connectProfile(ClusterProfile profile) {
        begin(profile.isLocalBroker() ? new StartupPlan.StartLocalBroker(memory.localBrokerPort())
                : new StartupPlan.ConnectProfile(profile.id()));
    }

    /** Connects to the servers typed in the bar. */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        connectTo(memory.accessFor(bootstrapText.get()), false, memory.connectTimeout(), null);
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
        attempt.cancel();
        state.set(State.DISCONNECTED);
        status.set("Cancelled. Connect to a cluster or start the local broker.");
    }

    /** Starts the local broker when it is stopped, stops it when it runs. */
    public void toggleLocalBroker() {
        switch (broker.state()) {
            case STOPPED -> startLocalBroker(memory.localBrokerPort());
            case RUNNING -> stopLocalBroker();
            default -> { }
        }
    }

    private void tryQuickstartThenLocal(int localPort) {
        state.set(State.CONNECTING);
        status.set("Looking for a Kafka broker on " + QuickstartProbe.QUICKSTART_SERVERS + "…");
        attempt.runOnWorker(() -> probe.somethingListens(QUICKSTART_HOST, QUICKSTART_PORT, QUICKSTART_PROBE_TIMEOUT),
                listens -> {
                    if (listens) {
                        bootstrapText.set(QuickstartProbe.QUICKSTART_SERVERS);
                        connectTo(ClusterAccess.plaintext(QuickstartProbe.QUICKSTART_SERVERS), false, QUICKSTART_CONNECT_TIMEOUT,
                                () -> startLocalBroker(localPort));
                    } else {
                        startLocalBroker(localPort);
                    }
                }, error -> startLocalBroker(localPort));
    }

    /** Starts the local broker off the FX thread, then connects to it. */
    public void startLocalBroker(int preferredPort) {
        if (broker.state() != BrokerState.STOPPED) {
            return;
        }
        connectingToLocal = true;
        dropConnection();
        state.set(State.CONNECTING);
        status.set("Starting the local broker…");
        // The broker's own state follows its start in any case; only connecting to it is this attempt's.
        attempt.run(() -> broker.start(preferredPort), started -> {
            bootstrapText.set(started.bootstrapServers());
            connectTo(ClusterAccess.plaintext(started.bootstrapServers()), true, memory.connectTimeout(), null);
        }, error -> {
            state.set(State.FAILED);
            status.set("The local broker did not start: " + KafkaErrorText.general(error));
        });
    }

    /** Disconnects from the local broker if connected to it, then stops it off the FX thread. */
    public void stopLocalBroker() {
        if (broker.state() != BrokerState.RUNNING) {
            return;
        }
        Connection current = connection.get();
        boolean wasConnectedToIt = current != null && current.localBroker()
                || state.get() == State.CONNECTING && connectingToLocal;
        CompletableFuture<Void> closed = CompletableFuture.completedFuture(null);
        if (wasConnectedToIt) {
            attempt.cancel();
            closed = dropConnection();
            state.set(State.DISCONNECTED);
            status.set("Stopping the local broker…");
        }
        runtime.whenDone(broker.stop(closed), ignored -> showBrokerStopped(), error -> showBrokerStopped());
    }

    private void showBrokerStopped() {
        if (state.get() != State.CONNECTED && state.get() != State.CONNECTING) {
            state.set(State.DISCONNECTED);
            status.set("Local broker stopped. Connect to a cluster or start the local broker.");
        }
    }

    private void connectTo(ClusterAccess access, boolean local, Duration timeout, Runnable onFailure) {
        connectingToLocal = local;
        dropConnection();
        state.set(State.CONNECTING);
        status.set("Connecting to " + access.bootstrapServers() + "…");
        ConnectionSettings target = new ConnectionSettings(access, timeout);
        attempt.run(() -> connector.connect(target, local), connected -> {
            connection.set(connected);
            state.set(State.CONNECTED);
            status.set(describe(connected, target.bootstrapServers()));
            memory.remember(connected.localBroker(), target.access(), broker.port());
        }, error -> {
            if (onFailure != null) {
                onFailure.run();
                return;
            }
            state.set(State.FAILED);
            status.set(KafkaErrorText.general(error));
            if (!local) {
                doctor.offer(access);
            }
        }).thenAccept(answer -> {
            // Runs on the FX thread right after the answer was taken or dropped: a dropped one
            // (cancelled, or a newer connect came first) is not shown, so its client is closed here.
            if (connection.get() != answer) {
                closeLater(answer);
            }
        });
    }

    private static String describe(Connection c, String servers) {
        int n = c.info().brokerCount();
        String text = "Connected — cluster " + c.info().clusterId() + ", " + n + (n == 1 ? " broker" : " brokers");
        return c.localBroker() ? text + " (local broker on " + servers + ")" : text;
    }

    private CompletableFuture<Void> dropConnection() {
        doctor.withdraw();
        Connection current = connection.get();
        connection.set(null);
        if (current == null) {
            return CompletableFuture.completedFuture(null);
        }
        return closeLater(current);
    }

    private CompletableFuture<Void> closeLater(Connection c) {
        return CompletableFuture.runAsync(() -> connector.close(c), runtime.workers());
    }

    /**
     * For the window closing: forgets the connection and the broker on the FX thread and returns
     * the blocking part (close the admin client, then stop the local broker) for a thread of its own.
     */
    public Runnable prepareShutdown() {
        attempt.cancel();
        doctor.withdraw();
        Connection current = connection.get();
        connection.set(null);
        Runnable stopBroker = broker.prepareShutdown();
        return () -> {
            if (current != null) {
                connector.close(current);
            }
            stopBroker.run();
        };
    }
}
