package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.BootstrapServersRules;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;

/**
 * State and commands of the connection bar: which cluster the window talks to and the status in
 * words. A connection that works is kept while another is tried, and replaced only once the new
 * one answers. Lives on the FX thread; opening clients, reading a profile's secrets and the local
 * broker's start and stop run on the workers.
 */
public final class ConnectionViewModel {

    /** Where the connection stands; UNREACHABLE: connected, but the cluster stopped answering. */
    public enum State { DISCONNECTED, CONNECTING, CONNECTED, UNREACHABLE, FAILED }

    /** A live connection: the admin client, what the cluster said, the profile it was made with (null: servers typed or given). */
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

        Connection withProfile(ClusterProfile madeWith) {
            return new Connection(admin, info, localBroker, madeWith);
        }
    }

    private final UiRuntime runtime;
    private final ConnectionServices services;
    private final ConnectionMemory memory;
    private final LocalBrokerControl broker;
    private final DoctorViewModel doctor;
    private final CurrentConnection current;
    /** The connect under way, with the probe and broker start before it: cancel or a newer one drops its answer. */
    private final LatestRequest attempt;
    private final StartupConnect startup;
    private final FirstStartNote firstStartNote;

    private final StringProperty bootstrapText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper bootstrapError = new ReadOnlyStringWrapper("");
    private final LocalBrokerUse localBrokerUse;
    private final BooleanBinding canConnect;
    private final ChangeListener<BrokerState> brokerListener = (obs, old, now) -> brokerChanged(now);

    private boolean connectingToLocal; // whether the connect under way (if any) is to the local broker

    public ConnectionViewModel(UiRuntime runtime, AppSettings settings, SettingsStore settingsStore,
                               ConnectionServices services) {
        this.runtime = runtime;
        this.services = services;
        this.memory = new ConnectionMemory(settings, settingsStore, runtime.workers());
        this.broker = services.localBroker();
        this.attempt = runtime.latestRequest();
        this.doctor = new DoctorViewModel(runtime, services.diagnosis());
        this.current = new CurrentConnection(runtime, services);
        this.firstStartNote = new FirstStartNote(memory, broker, current.connection, bootstrapText);
        this.startup = new StartupConnect(this, services, memory, current, attempt, firstStartNote);
        this.localBrokerUse = new LocalBrokerUse(broker, current.connection);
        bootstrapError.bind(Bindings.createStringBinding(() -> BootstrapServersRules.check(bootstrapText.get()).orElse(""), bootstrapText));
        canConnect = Bindings.createBooleanBinding(() -> bootstrapError.get().isEmpty() && broker.state() != BrokerState.STARTING,
                bootstrapError, broker.stateProperty());
        broker.stateProperty().addListener(brokerListener);
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
        return current.status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return current.state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BrokerState> brokerStateProperty() {
        return broker.stateProperty();
    }

    /** What the local broker button does now, in words ("Start local broker", "Connect to local broker", …). */
    public StringBinding localBrokerActionProperty() {
        return localBrokerUse.actionText();
    }

    public ReadOnlyObjectProperty<Connection> connectionProperty() {
        return current.connection.getReadOnlyProperty();
    }

    /** How the window names the cluster its screens work on (title, badge); null while there is none. */
    public ReadOnlyObjectProperty<ConnectionLabel> labelProperty() {
        return current.label.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }

    public DoctorViewModel doctor() {
        return doctor;
    }

    /** What the first start connected to on its own, said once. */
    public FirstStartNote firstStartNote() {
        return firstStartNote;
    }

    /** Carries out what the window should connect to when it opens. */
    public void begin(StartupPlan plan) {
        startup.begin(plan);
    }

    /** Connects to the servers typed in the bar: the current profile's own servers connect with that profile again. */
    public void connect() {
        if (!canConnect.get()) {
            return;
        }
        current.profileOn(bootstrapText.get()).ifPresentOrElse(this::connectProfile, () -> {
            ClusterAccess access = memory.accessFor(bootstrapText.get());
            connectTo(ConnectTarget.servers(access.bootstrapServers(), false, memory.connectTimeout()),
                    CompletableFuture.completedFuture(access), null);
        });
    }

    /** Connects with a saved profile, its secrets read on the workers; the built-in local broker's starts or joins the broker. */
    public void connectProfile(ClusterProfile profile) {
        if (profile.isLocalBroker()) {
            startLocalBroker(memory.localBrokerPort());
            return;
        }
        bootstrapText.set(profile.bootstrapServers());
        var profiles = services.profiles();
        var registry = memory.registryFor(profile.id());
        connectTo(ConnectTarget.profile(profile, memory.connectTimeout()),
                runtime.onWorker(() -> registry.apply(profile.accessWith(profiles.secretsOf(profile)))), null);
    }

    /**
     * Gives up the connect under way: its late answer is dropped and its client closed; a working connection stays.
     * A local broker that is starting finishes (stopping it halfway would risk its data) and stays up for the next.
     */
    public void cancelConnect() {
        if (current.state.get() != State.CONNECTING) {
            return;
        }
        attempt.cancel();
        current.showOr(State.DISCONNECTED, "Cancelled. Connect to a cluster or start the local broker.");
    }

    /** Starts the local broker when it is stopped; stops it, or connects to it when another window started it. */
    public void toggleLocalBroker() {
        switch (broker.state()) {
            case STOPPED -> startLocalBroker(memory.localBrokerPort());
            case RUNNING -> {
                if (localBrokerUse.buttonStops()) {
                    stopLocalBroker();
                } else {
                    connectToLocal(broker.bootstrapServers());
                }
            }
            default -> { }
        }
    }

    /** Starts the local broker off the FX thread, then connects to it; connects at once when it runs already. */
    public void startLocalBroker(int preferredPort) {
        if (broker.state() == BrokerState.RUNNING) {
            connectToLocal(broker.bootstrapServers());
            return;
        }
        if (broker.state() != BrokerState.STOPPED) {
            return;
        }
        connectingToLocal = true;
        doctor.withdraw();
        localBrokerUse.startedHere();
        current.say(State.CONNECTING, "Starting the local broker…");
        // The broker's own state follows its start in any case; only connecting to it is this attempt's.
        attempt.run(() -> broker.start(preferredPort), started -> connectToLocal(started.bootstrapServers()),
                error -> current.fail("The local broker did not start: " + KafkaErrorText.general(error)));
    }

    private void connectToLocal(String servers) {
        bootstrapText.set(servers);
        connectTo(ConnectTarget.servers(servers, true, memory.connectTimeout()), CompletableFuture.completedFuture(
                memory.registryFor(ClusterProfile.LOCAL_BROKER_ID).apply(broker.access())), null);
    }

    /** Disconnects from the local broker if connected to it, then stops it off the FX thread. */
    public void stopLocalBroker() {
        if (broker.state() != BrokerState.RUNNING) {
            return;
        }
        CompletableFuture<Void> closed = leaveLocalBroker();
        localBrokerUse.awaitStop(current.get() == null);
        broker.stop(closed);
    }

    /** Another window (or this one) stops the local broker: a connection to it goes first. */
    private void brokerChanged(BrokerState now) {
        if (now == BrokerState.STOPPING) {
            leaveLocalBroker();
        } else if (now == BrokerState.STOPPED && localBrokerUse.stopped()
                && current.get() == null && current.state.get() != State.CONNECTING) {
            current.say(State.DISCONNECTED, "Local broker stopped. Connect to a cluster or start the local broker.");
        }
    }

    private CompletableFuture<Void> leaveLocalBroker() {
        Connection now = current.get();
        boolean onIt = now != null && now.localBroker();
        if (!onIt && !(current.state.get() == State.CONNECTING && connectingToLocal)) {
            return CompletableFuture.completedFuture(null);
        }
        attempt.cancel();
        localBrokerUse.awaitStop(true);
        CompletableFuture<Void> closed = onIt ? current.drop() : CompletableFuture.completedFuture(null);
        current.showOr(State.DISCONNECTED, "Stopping the local broker…");
        return closed;
    }

    /** Connects to {@code target} with the access the future brings; {@code onFailure}, if any, runs instead of the message. */
    void connectTo(ConnectTarget target, CompletableFuture<ClusterAccess> access, Runnable onFailure) {
        connectingToLocal = target.local();
        doctor.withdraw();
        current.say(State.CONNECTING, "Connecting to " + target.words() + "…");
        attempt.run(() -> access
                .thenCompose(a -> services.connector().connect(new ConnectionSettings(a, target.timeout()), target.local()))
                .thenApply(c -> target.profile() == null ? c : c.withProfile(target.profile())), connected -> {
                    current.replaceWith(connected, target.servers(), access.getNow(null)); // made with it: complete
                    memory.remember(connected, access.getNow(null), broker.port());
                }, error -> {
                    if (onFailure != null) {
                        onFailure.run();
                        return;
                    }
                    String why = KafkaErrorText.general(error);
                    current.fail(current.get() == null ? why : "Connecting to " + target.words() + " failed: " + why);
                    // The access the connect tried, none when making it failed (a PEM file, say); never waits.
                    ClusterAccess tried = access.isCompletedExceptionally() ? null : access.getNow(null);
                    if (!target.local() && tried != null) {
                        doctor.offer(tried);
                    }
                }).thenAccept(answer -> {
                    // Runs on the FX thread right after the answer was taken or dropped: a dropped one
                    // (cancelled, or a newer connect came first) is not shown, so its client is closed here.
                    if (current.get() != answer) {
                        current.closeLater(answer);
                    }
                });
    }

    /** For the window closing: forgets the connection now; returns the blocking close of its client (the broker is the app's). */
    public Runnable prepareShutdown() {
        attempt.cancel();
        doctor.withdraw();
        broker.stateProperty().removeListener(brokerListener);
        return current.prepareShutdown();
    }
}
