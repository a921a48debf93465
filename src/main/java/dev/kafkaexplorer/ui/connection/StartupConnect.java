package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.ui.common.LatestRequest;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.State;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What a window connects to when it opens ({@link StartupPlan}): given servers, the local broker,
 * a saved profile (read on the workers), or on a first start the quickstart's broker if one
 * listens, else the local broker. A {@code --schema-registry} for the local broker or a profile is
 * kept in {@link ConnectionMemory}, so that connecting to them again keeps it. Used on the FX thread, through {@link ConnectionViewModel#begin}.
 */
final class StartupConnect {

    private static final String QUICKSTART_HOST = "localhost";
    private static final int QUICKSTART_PORT = 9092;
    private static final Duration QUICKSTART_PROBE_TIMEOUT = Duration.ofMillis(300);
    private static final Duration QUICKSTART_CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final ConnectionViewModel model;
    private final ConnectionServices services;
    private final ConnectionMemory memory;
    private final CurrentConnection current;
    private final LatestRequest attempt;
    private final FirstStartNote note;

    StartupConnect(ConnectionViewModel model, ConnectionServices services, ConnectionMemory memory,
                   CurrentConnection current, LatestRequest attempt, FirstStartNote note) {
        this.model = model;
        this.services = services;
        this.memory = memory;
        this.current = current;
        this.attempt = attempt;
        this.note = note;
    }

    void begin(StartupPlan plan) {
        if (plan instanceof StartupPlan.ConnectTo to) {
            memory.rememberStartupAccess(to.access());
            model.bootstrapTextProperty().set(to.access().bootstrapServers());
            model.connectTo(ConnectTarget.servers(to.access().bootstrapServers(), false, memory.connectTimeout()),
                    CompletableFuture.completedFuture(to.access()), null);
        } else if (plan instanceof StartupPlan.StartLocalBroker local) {
            memory.rememberStartupRegistry(ClusterProfile.LOCAL_BROKER_ID, local.registry());
            model.startLocalBroker(local.port());
        } else if (plan instanceof StartupPlan.TryQuickstartThenLocal first) {
            tryQuickstartThenLocal(first.port());
        } else if (plan instanceof StartupPlan.ConnectProfile saved) {
            memory.rememberStartupRegistry(saved.profileId(), saved.registry());
            resumeProfile(saved.profileId());
        } else if (plan instanceof StartupPlan.NoSuchProfile missing) {
            current.say(State.FAILED, StatusWords.noSuchProfile(missing));
        }
    }

    private void resumeProfile(String profileId) {
        if (ClusterProfile.LOCAL_BROKER_ID.equals(profileId)) {
            model.connectProfile(ClusterProfile.localBroker());
            return;
        }
        current.say(State.CONNECTING, "Reading the saved profile…");
        attempt.runOnWorker(() -> services.profiles().byId(profileId), found -> found.ifPresentOrElse(model::connectProfile,
                () -> current.fail("The profile used last is no longer saved. Choose a cluster or start the local broker.")),
                error -> current.fail(KafkaErrorText.general(error)));
    }

    private void tryQuickstartThenLocal(int localPort) {
        String quickstart = QuickstartProbe.QUICKSTART_SERVERS;
        note.firstStartBegins();
        current.say(State.CONNECTING, "Looking for a Kafka broker on " + quickstart + "…");
        attempt.runOnWorker(() -> services.probe().somethingListens(QUICKSTART_HOST, QUICKSTART_PORT, QUICKSTART_PROBE_TIMEOUT),
                listens -> {
                    if (listens) {
                        model.bootstrapTextProperty().set(quickstart);
                        model.connectTo(ConnectTarget.servers(quickstart, false, QUICKSTART_CONNECT_TIMEOUT),
                                CompletableFuture.completedFuture(ClusterAccess.plaintext(quickstart)),
                                () -> {
                                    note.quickstartDidNotAnswer();
                                    model.startLocalBroker(localPort);
                                });
                    } else {
                        model.startLocalBroker(localPort);
                    }
                }, error -> model.startLocalBroker(localPort));
    }
}
