package dev.kafkaexplorer;

import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.kafka.consume.RecordFetcher;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.kafka.doctor.ConnectionDoctor;
import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.LogFile;
import dev.kafkaexplorer.settings.LogLevels;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.secrets.SecretStores;
import dev.kafkaexplorer.ui.cluster.ClusterController;
import dev.kafkaexplorer.ui.cluster.ClusterViewModel;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.common.Workers;
import dev.kafkaexplorer.ui.connection.AdminClusterConnector;
import dev.kafkaexplorer.ui.connection.ConnectionController;
import dev.kafkaexplorer.ui.connection.ConnectionServices;
import dev.kafkaexplorer.ui.connection.LocalBrokerControl;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel;
import dev.kafkaexplorer.ui.connection.EmbeddedBrokerFactory;
import dev.kafkaexplorer.ui.groups.GroupsController;
import dev.kafkaexplorer.ui.groups.GroupsViewModel;
import dev.kafkaexplorer.ui.topics.TopicConfigsController;
import dev.kafkaexplorer.ui.topics.TopicDetailsViewModel;
import dev.kafkaexplorer.ui.topics.TopicPartitionsController;
import dev.kafkaexplorer.ui.topics.TopicsController;
import dev.kafkaexplorer.ui.topics.TopicsViewModel;
import dev.kafkaexplorer.ui.main.MainWindowContext;
import dev.kafkaexplorer.ui.main.MainWindowController;
import dev.kafkaexplorer.ui.main.WindowCommands;
import dev.kafkaexplorer.ui.live.LiveController;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.producer.ProducerCluster;
import dev.kafkaexplorer.ui.producer.ProducerController;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter;
import dev.kafkaexplorer.ui.producer.ProducerViewModel;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the services, shows the main window, shuts down in order. */
public final class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    public static final String TITLE = "Kafka Explorer";
    private static final javafx.util.Duration SETTLE_BEFORE_EXIT = javafx.util.Duration.seconds(1);

    /** Completed when the last instance's shutdown has finished; the launcher waits on it. */
    private static volatile CompletableFuture<Void> shutdown = CompletableFuture.completedFuture(null);
    /** The process's exit status: 1 when {@code --exit-when-connected} ended in a failed connection. */
    private static volatile int exitStatus;

    private LaunchOptions options;
    private AppDirectories directories;
    private AppSettings settings;
    private SettingsStore settingsStore;
    private ProfileRepository profiles;
    private Workers workers;
    private ConnectionViewModel connection;
    private LocalBrokerControl localBroker;
    private ProducerViewModel producer;
    private LiveViewModel live;
    private MainWindowController mainWindow;

    /** Runs on the launcher thread, not the FX thread: the place for disk reads. */
    @Override
    public void init() {
        options = LaunchOptions.parse(getParameters().getRaw());
        directories = AppDirectories.of(options.configDir());
        settingsStore = new SettingsStore(directories.settingsFile());
        LogFile.writeTo(directories.logDir());
        settings = settingsStore.load();
        profiles = new ProfileRepository(settingsStore, SecretStores.open(directories.configDir()));
        LogLevels.apply(settings.logLevel());
        workers = new Workers("kafka-explorer-worker");
        LOG.info("Config in {}, data in {}, log in {}", directories.configDir(), directories.dataDir(), directories.logDir());
        // The file's keys only: its values may be passwords.
        options.commandConfig().ifPresent(file -> LOG.info("Client properties from {}: {}", file.file(), file.keys()));
    }

    @Override
    public void start(Stage stage) {
        // One runtime for every view-model: the FX thread, the workers and JavaFX's timers.
        UiRuntime runtime = UiRuntime.of(workers.executor());
        AdminClusterConnector connector = new AdminClusterConnector(workers.executor());
        localBroker = new LocalBrokerControl(runtime, new EmbeddedBrokerFactory(directories.localBrokerDir()));
        connection = new ConnectionViewModel(runtime, settings, settingsStore, new ConnectionServices(connector,
                connector::brokersAnswering, localBroker, QuickstartProbe::somethingListens, new ConnectionDoctor()::diagnose,
                profiles, Clock.systemDefaultZone()));
        TopicsViewModel topics = new TopicsViewModel(runtime);
        topics.connectionProperty().bind(connection.connectionProperty());
        TopicDetailsViewModel topicDetails = new TopicDetailsViewModel(runtime, topics::refresh);
        topicDetails.connectionProperty().bind(connection.connectionProperty());
        topicDetails.topicProperty().bind(topics.selectedTopicProperty());
        ClusterViewModel cluster = new ClusterViewModel(runtime);
        cluster.connectionProperty().bind(connection.connectionProperty());

        producer = new ProducerViewModel(runtime, topics.allTopics(), topics::refresh,
                ProducerRunStarter.withKafka());
        producer.clusterProperty().bind(connection.connectionProperty().map(ProducerCluster::of));
        live = new LiveViewModel(runtime, topics.allTopics(), RowSource.KAFKA, RecordFetcher::fetch);
        live.connectionProperty().bind(connection.connectionProperty());
        GroupsViewModel groups = new GroupsViewModel(runtime);
        groups.connectionProperty().bind(connection.connectionProperty());
        Callback<Class<?>, Object> controllers = type -> {
            if (type == MainWindowController.class) {
                return mainWindow;
            }
            if (type == ConnectionController.class) {
                return new ConnectionController(connection);
            }
            if (type == TopicsController.class) {
                return new TopicsController(topics, runtime);
            }
            if (type == TopicPartitionsController.class) {
                return new TopicPartitionsController(topicDetails.partitions());
            }
            if (type == TopicConfigsController.class) {
                return new TopicConfigsController(topicDetails.configs());
            }
            if (type == ClusterController.class) {
                return new ClusterController(cluster);
            }
            if (type == ProducerController.class) {
                return new ProducerController(producer);
            }
            if (type == LiveController.class) {
                return new LiveController(live);
            }
            if (type == GroupsController.class) {
                return new GroupsController(groups);
            }
            throw new IllegalArgumentException("No controller for " + type);
        };
        mainWindow = new MainWindowController(new MainWindowContext(directories, settings.ui(), settingsStore, profiles,
                runtime, topics, producer, live, new WindowCommands(topics.createTopicCommand(), topics.refreshCommand(),
                producer.refreshSamplesCommand(), groups.refreshCommand(), cluster.refreshCommand(), producer.startCommand(),
                producer.stopCommand(), live.startOrStopCommand(), live.pauseCommand(), live.clearCommand()),
                screen -> Views.load(screen, controllers)));
        // Connecting, or starting the local broker (the longest part of a start), runs on the
        // workers while the window is built and shown below, instead of after it.
        logWhenFirstConnected();
        connection.begin(StartupPlan.decide(options, settings));

        Parent root = Views.load("main.fxml", controllers);
        stage.setTitle(TITLE);
        stage.setScene(Views.scene(root));
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        Views.dress(stage);
        mainWindow.attach(stage);
        stage.show();
        LOG.info("Startup: window shown {} ms after the JVM started", sinceJvmStart());
        if (options.exitWhenConnected()) {
            closeWhenConnectedOrFailed(stage);
        }
    }

    /**
     * {@code --exit-when-connected}: a smoke test of an install, and the packaging build's run that
     * records the classes a start loads. Until connected the exit status says failure, so closing
     * the window or quitting first does not pass for a success.
     */
    private void closeWhenConnectedOrFailed(Stage stage) {
        exitStatus = 1;
        ChangeListener<ConnectionViewModel.State> onOutcome = (property, old, now) -> {
            if (now == ConnectionViewModel.State.CONNECTED) {
                exitStatus = 0;
                // A moment later: the other screens join the window once connected, and a smoke
                // test (and the class list) should have them built too.
                PauseTransition settle = new PauseTransition(SETTLE_BEFORE_EXIT);
                settle.setOnFinished(e -> exitAsAsked(stage));
                settle.play();
            } else if (now == ConnectionViewModel.State.FAILED) {
                // Later, once the status line says what happened (it is set after the state).
                javafx.application.Platform.runLater(() -> exitAsAsked(stage));
            }
        };
        connection.stateProperty().addListener(onOutcome);
        onOutcome.changed(connection.stateProperty(), null, connection.stateProperty().get());
    }

    private void exitAsAsked(Stage stage) {
        LOG.info("Exiting as asked: {}", connection.statusProperty().get());
        stage.close();
    }

    /**
     * Logs when the first connection is made. With the "window shown" line, it gives the startup
     * figure of the README: StartupBenchmark reads both "Startup:" lines.
     */
    private void logWhenFirstConnected() {
        connection.connectionProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends ConnectionViewModel.Connection> property,
                    ConnectionViewModel.Connection old, ConnectionViewModel.Connection now) {
                if (now != null) {
                    LOG.info("Startup: connected {} ms after the JVM started", sinceJvmStart());
                    property.removeListener(this);
                }
            }
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Hands the closing to a thread of its own, in order: a running producer flushes and the live
     * consumer stops, then the admin client closes, then the local broker stops. See {@link #awaitShutdown}.
     */
    @Override
    public void stop() {
        List<Runnable> steps = new ArrayList<>();
        if (mainWindow != null) {
            // First: it only writes the window's layout, and the next start reads it.
            steps.add(mainWindow.prepareShutdown());
        }
        if (producer != null) {
            steps.add(producer.prepareShutdown());
        }
        if (live != null) {
            steps.add(live.prepareShutdown());
        }
        if (connection != null) {
            steps.add(connection.prepareShutdown());
        }
        if (localBroker != null) {
            steps.add(localBroker.prepareShutdown());
        }
        Workers pool = workers;
        AppDirectories dirs = directories;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                steps.forEach(Runnable::run);
            } catch (RuntimeException e) {
                LOG.warn("Shutdown did not finish cleanly", e);
            } finally {
                pool.shutdown(Duration.ofSeconds(1));
                if (dirs != null) {
                    LogFile.close(dirs.logDir());
                }
                done.complete(null);
            }
        }, "kafka-explorer-shutdown");
        shutdown = done;
        thread.start();
    }

    /** What the process should exit with once the app has ended. */
    public static int exitStatus() {
        return exitStatus;
    }

    /** Waits up to {@code timeout} for the clients and the local broker to have stopped. */
    public static boolean awaitShutdown(Duration timeout) {
        try {
            shutdown.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
