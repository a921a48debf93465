package dev.kafkaexplorer.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.ClusterProfile;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.ui.common.ManualTicks;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.State;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection bar's model without the toolkit and without a broker: FX thread and workers are
 * the test's thread, and the cluster, the local broker and the quickstart probe are fakes whose
 * answers the test gives when it wants.
 */
class ConnectionViewModelTest {

    @TempDir
    Path dir;

    private final FakeConnector connector = new FakeConnector();
    private final FakeBrokers brokers = new FakeBrokers();
    private final FakeHeartbeat heartbeat = new FakeHeartbeat();
    private final ManualTicks ticks = new ManualTicks();
    private boolean quickstartListens;
    private final List<ClusterAccess> diagnosed = new ArrayList<>();
    private SettingsStore store;
    private ConnectionViewModel model;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("settings.json"));
        model = newModel(AppSettings.defaults());
    }

    private ConnectionViewModel newModel(AppSettings settings) {
        return new ConnectionViewModel(ticks.runtime(), settings, store, services(ticks.runtime()));
    }

    private ConnectionServices services(UiRuntime runtime) {
        return TestConnectionServices.of(runtime, store, connector, heartbeat, brokers,
                (host, port, timeout) -> host.equals("localhost") && port == 9092 && quickstartListens, access -> {
                    diagnosed.add(access);
                    return List.of();
                });
    }

    @Test
    void connectingShowsProgressThenTheClusterInWords() {
        model.bootstrapTextProperty().set("kafka-1:9092");
        model.connect();

        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTING);
        assertThat(model.statusProperty().get()).isEqualTo("Connecting to kafka-1:9092…");
        assertThat(connector.lastTarget().bootstrapServers()).isEqualTo("kafka-1:9092");
        assertThat(connector.lastTarget().timeout()).isEqualTo(Duration.ofSeconds(10));

        Connection answer = connector.answer(3);

        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTED);
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 3 brokers");
        assertThat(model.connectionProperty().get()).isSameAs(answer);
        assertThat(connector.closed).isEmpty();
    }

    @Test
    void aFailedConnectSaysWhyAndLeavesNoConnection() {
        model.bootstrapTextProperty().set("nowhere:9092");
        model.connect();
        connector.fail("Cannot use 'nowhere:9092': no such host");

        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.statusProperty().get()).isEqualTo("Cannot use 'nowhere:9092': no such host");
        assertThat(model.connectionProperty().get()).isNull();
    }

    @Test
    void aMalformedAddressIsRefusedWithTheReason() {
        model.bootstrapTextProperty().set("localhost");

        assertThat(model.canConnectProperty().get()).isFalse();
        assertThat(model.bootstrapErrorProperty().get()).isEqualTo("'localhost' needs a port, e.g. localhost:9092");
        model.connect();
        assertThat(connector.requests).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(State.DISCONNECTED);

        model.bootstrapTextProperty().set("localhost:9092");
        assertThat(model.canConnectProperty().get()).isTrue();
        assertThat(model.bootstrapErrorProperty().get()).isEmpty();
    }

    @Test
    void cancelDropsTheLateAnswerAndClosesItsClient() {
        model.bootstrapTextProperty().set("slow:9092");
        model.connect();
        model.cancelConnect();

        assertThat(model.stateProperty().get()).isEqualTo(State.DISCONNECTED);
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled. Connect to a cluster or start the local broker.");

        Connection late = connector.answer(1);

        assertThat(model.stateProperty().get()).isEqualTo(State.DISCONNECTED);
        assertThat(model.connectionProperty().get()).isNull();
        assertThat(connector.closed).containsExactly(late);
    }

    @Test
    void aNewerConnectWinsOverAnOlderSlowerOne() {
        model.bootstrapTextProperty().set("old:9092");
        model.connect();
        CompletableFuture<Connection> older = connector.requests.get(0).answer;
        model.bootstrapTextProperty().set("new:9092");
        model.connect();
        Connection newer = connector.answer(1);

        Connection stale = connection(2, false);
        older.complete(stale);

        assertThat(model.connectionProperty().get()).isSameAs(newer);
        assertThat(connector.closed).containsExactly(stale);
    }

    @Test
    void connectingElsewhereKeepsTheWorkingConnectionUntilTheNewOneAnswers() {
        model.bootstrapTextProperty().set("one:9092");
        model.connect();
        Connection first = connector.answer(1);
        model.bootstrapTextProperty().set("two:9092");
        model.connect();

        assertThat(model.connectionProperty().get()).as("the screens keep working meanwhile").isSameAs(first);
        assertThat(model.statusProperty().get()).isEqualTo("Connecting to two:9092…");
        assertThat(connector.closed).isEmpty();

        Connection second = connector.answer(2);

        assertThat(model.connectionProperty().get()).isSameAs(second);
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 2 brokers");
        assertThat(connector.closed).containsExactly(first);
    }

    @Test
    void aFailedConnectElsewhereKeepsTheWorkingConnectionAndSaysWhy() {
        model.bootstrapTextProperty().set("one:9092");
        model.connect();
        Connection first = connector.answer(1);
        model.bootstrapTextProperty().set("nowhere:9092");
        model.connect();
        connector.fail("Cannot use 'nowhere:9092': no such host");

        assertThat(model.connectionProperty().get()).isSameAs(first);
        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTED);
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 1 broker. "
                + "Connecting to nowhere:9092 failed: Cannot use 'nowhere:9092': no such host");
        assertThat(diagnosed).as("the doctor checks the failed target").containsExactly(ClusterAccess.plaintext("nowhere:9092"));
        assertThat(model.doctor().diagnoseCommand().isExecutable()).isTrue();
        assertThat(connector.closed).isEmpty();
        assertThat(store.load().lastBootstrapServers()).isEqualTo("one:9092");
    }

    @Test
    void cancelKeepsTheWorkingConnection() {
        model.bootstrapTextProperty().set("one:9092");
        model.connect();
        Connection first = connector.answer(3);
        model.bootstrapTextProperty().set("slow:9092");
        model.connect();
        model.cancelConnect();

        assertThat(model.connectionProperty().get()).isSameAs(first);
        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTED);
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 3 brokers");

        Connection late = connector.answer(1);
        assertThat(model.connectionProperty().get()).isSameAs(first);
        assertThat(connector.closed).containsExactly(late);
    }

    @Test
    void firstStartConnectsToTheQuickstartBrokerWhenOneListens() {
        quickstartListens = true;
        model.begin(new StartupPlan.TryQuickstartThenLocal(0));

        assertThat(connector.lastTarget().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(model.bootstrapTextProperty().get()).isEqualTo("localhost:9092");
        connector.answer(1);

        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 1 broker");
        assertThat(brokers.started).isEmpty();
    }

    @Test
    void firstStartStartsTheLocalBrokerWhenNothingListensOnTheQuickstartPort() {
        model.begin(new StartupPlan.TryQuickstartThenLocal(0));

        assertThat(brokers.started).hasSize(1);
        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.RUNNING);
        assertThat(connector.lastTarget().bootstrapServers()).isEqualTo("127.0.0.1:40001");
        connector.answer(1);

        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTED);
        assertThat(model.statusProperty().get())
                .isEqualTo("Connected — cluster test-cluster, 1 broker (local broker on 127.0.0.1:40001)");
    }

    @Test
    void firstStartFallsBackToTheLocalBrokerWhenTheQuickstartBrokerDoesNotAnswer() {
        quickstartListens = true;
        model.begin(new StartupPlan.TryQuickstartThenLocal(0));
        connector.fail("No answer from the cluster in time");

        assertThat(brokers.started).hasSize(1);
        assertThat(connector.lastTarget().bootstrapServers()).isEqualTo("127.0.0.1:40001");
        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTING);
        connector.answer(1);
        assertThat(model.connectionProperty().get().localBroker()).isTrue();
    }

    @Test
    void aFirstStartSaysOnceThatItStartedTheLocalBrokerAndWhereItsDataLives() {
        model.begin(new StartupPlan.TryQuickstartThenLocal(0));
        assertThat(model.firstStartNote().textProperty().get()).as("nothing said before it has connected").isEmpty();
        connector.answer(1);

        assertThat(model.firstStartNote().textProperty().get()).isEqualTo("No broker answered on localhost:9092, so Kafka "
                + "Explorer started its own local broker on 127.0.0.1:40001. Its data lives in /data/local-broker.");
        assertThat(store.load().firstStartTold()).isTrue();
        model.firstStartNote().dismiss();
        assertThat(model.firstStartNote().textProperty().get()).isEmpty();

        ConnectionViewModel later = newModel(store.load());
        later.begin(new StartupPlan.TryQuickstartThenLocal(0));
        connector.answer(1);
        assertThat(later.connectionProperty().get()).isNotNull();
        assertThat(later.firstStartNote().textProperty().get()).as("told once only").isEmpty();
    }

    @Test
    void aFirstStartSaysItFoundTheQuickstartBroker() {
        quickstartListens = true;
        model.begin(new StartupPlan.TryQuickstartThenLocal(0));
        connector.answer(1);

        assertThat(model.firstStartNote().textProperty().get())
                .isEqualTo("Found the quickstart's broker on localhost:9092 and connected to it.");
    }

    @Test
    void aFirstStartSaysWhenTheQuickstartPortAnsweredButNotAsKafka() {
        quickstartListens = true;
        model.begin(new StartupPlan.TryQuickstartThenLocal(0));
        connector.fail("No answer from the cluster in time");
        connector.answer(1);

        assertThat(model.firstStartNote().textProperty().get()).startsWith(
                "The server on localhost:9092 did not answer as a Kafka broker, so Kafka Explorer started its own local broker");
    }

    @Test
    void aStartThatResumesTheLastConnectionSaysNothing() {
        model.begin(new StartupPlan.StartLocalBroker(0));
        connector.answer(1);

        assertThat(model.firstStartNote().textProperty().get()).isEmpty();
        assertThat(store.load().firstStartTold()).isFalse();
    }

    @Test
    void theLocalBrokerButtonStopsAndStartsTheBroker() {
        model.begin(new StartupPlan.StartLocalBroker(0));
        connector.answer(1);
        FakeBroker first = brokers.started.get(0);

        model.toggleLocalBroker();

        assertThat(first.stopped).isTrue();
        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.STOPPED);
        assertThat(model.stateProperty().get()).isEqualTo(State.DISCONNECTED);
        assertThat(model.statusProperty().get())
                .isEqualTo("Local broker stopped. Connect to a cluster or start the local broker.");
        assertThat(model.connectionProperty().get()).isNull();
        assertThat(connector.closed).hasSize(1);

        model.toggleLocalBroker();

        assertThat(brokers.started).hasSize(2);
        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.RUNNING);
        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTING);
    }

    @Test
    void stoppingTheLocalBrokerKeepsAConnectionToAnotherCluster() {
        model.begin(new StartupPlan.StartLocalBroker(0));
        connector.answer(1);
        model.bootstrapTextProperty().set("elsewhere:9092");
        model.connect();
        Connection elsewhere = connector.answer(2);

        model.toggleLocalBroker();

        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.STOPPED);
        assertThat(model.connectionProperty().get()).isSameAs(elsewhere);
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 2 brokers");
    }

    @Test
    void cancelWhileTheBrokerStartsLetsItFinishStartingWithoutConnecting() {
        // Workers that run only when the test says: the broker is still starting in between.
        List<Runnable> queued = new ArrayList<>();
        UiRuntime runtime = new UiRuntime(Runnable::run, queued::add, ticks);
        model = new ConnectionViewModel(runtime, AppSettings.defaults(), store, services(runtime));
        model.bootstrapTextProperty().set("kafka-1:9092");
        model.toggleLocalBroker();

        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.STARTING);
        assertThat(model.statusProperty().get()).isEqualTo("Starting the local broker…");
        assertThat(model.canConnectProperty().get()).as("Connect while the broker starts").isFalse();
        model.cancelConnect();
        assertThat(model.statusProperty().get()).isEqualTo("Cancelled. Connect to a cluster or start the local broker.");

        List.copyOf(queued).forEach(Runnable::run);

        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.RUNNING);
        assertThat(model.canConnectProperty().get()).isTrue();
        assertThat(connector.requests).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(State.DISCONNECTED);
    }

    @Test
    void aLocalBrokerThatDoesNotStartSaysWhy() {
        brokers.failure = new KafkaFailure("Port 40001 is taken", null);
        model.begin(new StartupPlan.StartLocalBroker(40001));

        assertThat(model.brokerStateProperty().get()).isEqualTo(BrokerState.STOPPED);
        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.statusProperty().get()).isEqualTo("The local broker did not start: Port 40001 is taken");
        assertThat(connector.requests).isEmpty();
    }

    @Test
    void aConnectionIsRememberedForTheNextStart() {
        model.bootstrapTextProperty().set("kafka-1:9092");
        model.connect();
        connector.answer(1);

        assertThat(store.load().lastBootstrapServers()).isEqualTo("kafka-1:9092");
        assertThat(store.load().lastConnection()).isEqualTo(AppSettings.LastConnection.BOOTSTRAP_SERVERS);
        assertThat(model.recentServers()).containsExactly("kafka-1:9092");
        assertThat(newModel(store.load()).recentServers()).containsExactly("kafka-1:9092");
    }

    @Test
    void theLocalBrokerIsRememberedWithItsPort() {
        model.begin(new StartupPlan.StartLocalBroker(0));
        connector.answer(1);

        assertThat(store.load().lastConnection()).isEqualTo(AppSettings.LastConnection.LOCAL_BROKER);
        assertThat(store.load().localBrokerPort()).isEqualTo(40001);

        newModel(store.load()).toggleLocalBroker();
        assertThat(brokers.preferredPorts).containsExactly(0, 40001);
    }

    @Test
    void aProfileConnectsWithItsNameInTheStatusAndIsResumedOnTheNextStart() {
        ClusterProfile prod = new ClusterProfile(null, "prod-eu", "kafka-1:9092", null, null, null, null, "#3b82f6", true, false);
        store.update(saved -> saved.withProfiles(List.of(prod)));
        model.connectProfile(prod);

        assertThat(model.statusProperty().get()).isEqualTo("Connecting to prod-eu (kafka-1:9092)…");
        assertThat(connector.lastTarget().access()).isEqualTo(ClusterAccess.plaintext("kafka-1:9092"));
        connector.answer(3);

        assertThat(model.statusProperty().get()).isEqualTo("Connected to prod-eu — cluster test-cluster, 3 brokers");
        assertThat(model.connectionProperty().get().profile()).isEqualTo(prod);
        ConnectionLabel label = model.labelProperty().get();
        assertThat(label.title("Kafka Explorer")).isEqualTo("Kafka Explorer — prod-eu (production)");
        assertThat(label.badgeText()).isEqualTo("prod-eu · production");
        assertThat(label.colour()).isEqualTo(ConnectionLabel.PRODUCTION_COLOUR);
        assertThat(store.load().lastConnection()).isEqualTo(AppSettings.LastConnection.PROFILE);
        assertThat(store.load().lastProfileId()).isEqualTo(prod.id());

        ConnectionViewModel next = newModel(store.load());
        next.begin(StartupPlan.decide(dev.kafkaexplorer.LaunchOptions.none(), store.load()));
        assertThat(connector.lastTarget().bootstrapServers()).isEqualTo("kafka-1:9092");
        connector.answer(3);
        assertThat(next.statusProperty().get()).isEqualTo("Connected to prod-eu — cluster test-cluster, 3 brokers");
    }

    @Test
    void connectingAgainToAReadOnlyProfilesServersKeepsTheProfile() {
        ClusterProfile prod = new ClusterProfile(null, "prod-ro", "kafka-1:9092", null, null, null, null, "#3b82f6", true, true);
        store.update(saved -> saved.withProfiles(List.of(prod)));
        model.connectProfile(prod);
        connector.answer(3);

        // Connect (or Ctrl+Enter) with the bar still showing the profile's servers: the same profile, still read-only.
        model.connect();
        connector.answer(3);
        assertThat(model.connectionProperty().get().readOnly()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("Connected to prod-ro");

        // Other servers typed there are another cluster, reached without the profile.
        model.bootstrapTextProperty().set("kafka-2:9092");
        model.connect();
        connector.answer(1);
        assertThat(model.connectionProperty().get().profile()).isNull();
    }

    @Test
    void serversTypedInAreNamedByTheFirstAndHowManyMore() {
        model.bootstrapTextProperty().set("kafka-1:9092, kafka-2:9092,kafka-3:9092");
        model.connect();
        connector.answer(3);

        assertThat(model.labelProperty().get().badgeText()).isEqualTo("kafka-1:9092 +2 more");
    }

    @Test
    void theLocalBrokerProfileStartsTheLocalBroker() {
        model.connectProfile(ClusterProfile.localBroker());
        connector.answer(1);

        assertThat(brokers.started).hasSize(1);
        assertThat(model.connectionProperty().get().localBroker()).isTrue();
        assertThat(model.labelProperty().get().badgeText()).isEqualTo("Local broker");
    }

    @Test
    void anUnknownProfileOnTheCommandLineNamesTheSavedOnes() {
        model.begin(new StartupPlan.NoSuchProfile("prod-us", List.of("prod-eu", "staging")));

        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.statusProperty().get())
                .isEqualTo("No saved profile is named 'prod-us'. Saved profiles: prod-eu, staging.");
        assertThat(connector.requests).isEmpty();
    }

    @Test
    void theStatusFollowsTheClusterWhenItStopsAndStartsAnswering() {
        model.bootstrapTextProperty().set("kafka-1:9092");
        model.connect();
        connector.answer(3);

        ticks.advance(Duration.ofSeconds(2));
        ticks.advance(Duration.ofSeconds(2));
        assertThat(heartbeat.asked).as("one check at a time").hasSize(1);
        heartbeat.fail();

        assertThat(model.stateProperty().get()).isEqualTo(State.UNREACHABLE);
        assertThat(model.statusProperty().get()).isEqualTo("Cluster not answering since 12:03:04 — retrying")
                .doesNotContain("Connected");

        ticks.advance(Duration.ofSeconds(2));
        heartbeat.fail();
        assertThat(model.statusProperty().get()).isEqualTo("Cluster not answering since 12:03:04 — retrying");

        ticks.advance(Duration.ofSeconds(2));
        heartbeat.answer(2);

        assertThat(model.stateProperty().get()).isEqualTo(State.CONNECTED);
        assertThat(model.statusProperty().get()).isEqualTo("Connected — cluster test-cluster, 2 brokers");
    }

    @Test
    void aSecondWindowConnectsToTheRunningLocalBrokerAndLeavesItWhenTheFirstStopsIt() {
        ConnectionServices shared = services(ticks.runtime());
        ConnectionViewModel first = new ConnectionViewModel(ticks.runtime(), AppSettings.defaults(), store, shared);
        ConnectionViewModel second = new ConnectionViewModel(ticks.runtime(), AppSettings.defaults(), store, shared);
        first.begin(new StartupPlan.StartLocalBroker(0));
        connector.answer(1);

        assertThat(second.localBrokerActionProperty().get()).isEqualTo("Connect to local broker");
        second.toggleLocalBroker();
        connector.answer(1);

        assertThat(brokers.started).as("one broker for the app").hasSize(1);
        assertThat(second.connectionProperty().get().localBroker()).isTrue();
        assertThat(second.localBrokerActionProperty().get()).isEqualTo("Stop local broker");

        first.toggleLocalBroker();

        assertThat(brokers.started.get(0).stopped).isTrue();
        assertThat(first.connectionProperty().get()).isNull();
        assertThat(second.connectionProperty().get()).isNull();
        assertThat(second.statusProperty().get())
                .isEqualTo("Local broker stopped. Connect to a cluster or start the local broker.");
        assertThat(connector.closed).hasSize(2);
    }

    private static Connection connection(int brokerCount, boolean local) {
        List<ClusterInfo.BrokerInfo> nodes = new ArrayList<>();
        for (int i = 0; i < brokerCount; i++) {
            nodes.add(new ClusterInfo.BrokerInfo(i, "host-" + i, 9092, null));
        }
        // The model never calls the admin client itself: closing goes through the connector.
        return new Connection(null, new ClusterInfo("test-cluster", nodes, 0), local);
    }

    /** Clusters that answer when the test says, and remember which clients were closed. */
    private static final class FakeConnector implements ClusterConnector {
        final List<Request> requests = new ArrayList<>();
        final List<Connection> closed = new ArrayList<>();

        record Request(ConnectionSettings target, boolean local, CompletableFuture<Connection> answer) {
        }

        @Override
        public CompletionStage<Connection> connect(ConnectionSettings target, boolean localBroker) {
            Request request = new Request(target, localBroker, new CompletableFuture<>());
            requests.add(request);
            return request.answer;
        }

        @Override
        public void close(Connection connection) {
            closed.add(connection);
        }

        ConnectionSettings lastTarget() {
            return last().target;
        }

        Connection answer(int brokerCount) {
            Request request = last();
            Connection answer = connection(brokerCount, request.local);
            request.answer.complete(answer);
            return answer;
        }

        void fail(String message) {
            last().answer.completeExceptionally(new KafkaFailure(message, null));
        }

        private Request last() {
            assertThat(requests).as("connect requests").isNotEmpty();
            return requests.get(requests.size() - 1);
        }
    }

    /** A cluster whose health checks answer when the test says. */
    private static final class FakeHeartbeat implements ClusterHeartbeat {
        final List<CompletableFuture<Integer>> asked = new ArrayList<>();

        @Override
        public CompletionStage<Integer> brokersAnswering(Connection connection, Duration timeout) {
            CompletableFuture<Integer> answer = new CompletableFuture<>();
            asked.add(answer);
            return answer;
        }

        void answer(int brokers) {
            asked.get(asked.size() - 1).complete(brokers);
        }

        void fail() {
            asked.get(asked.size() - 1).completeExceptionally(new KafkaFailure("timed out", null));
        }
    }

    /** Local brokers that start at once on port 40001 and up, or fail as told. */
    private static final class FakeBrokers implements LocalBrokerFactory {
        final List<FakeBroker> started = new ArrayList<>();
        final List<Integer> preferredPorts = new ArrayList<>();
        RuntimeException failure;

        @Override
        public LocalBroker start(int preferredPort) {
            preferredPorts.add(preferredPort);
            if (failure != null) {
                throw failure;
            }
            FakeBroker broker = new FakeBroker(preferredPort > 0 ? preferredPort : 40001);
            started.add(broker);
            return broker;
        }
    }

    private static final class FakeBroker implements LocalBrokerFactory.LocalBroker {
        private final int port;
        boolean stopped;

        FakeBroker(int port) {
            this.port = port;
        }

        @Override
        public String bootstrapServers() {
            return "127.0.0.1:" + port;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public Path dataDir() {
            return Path.of("/data/local-broker");
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }
}
