package dev.kafkaexplorer;

import dev.kafkaexplorer.kafka.QuickstartProbe;
import dev.kafkaexplorer.kafka.doctor.ConnectionDoctor;
import dev.kafkaexplorer.settings.AppDirectories;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.LogFile;
import dev.kafkaexplorer.settings.LogLevels;
import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.secrets.SecretStores;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Workers;
import dev.kafkaexplorer.ui.connection.AdminClusterConnector;
import dev.kafkaexplorer.ui.connection.ConnectionServices;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel;
import dev.kafkaexplorer.ui.connection.EmbeddedBrokerFactory;
import dev.kafkaexplorer.ui.connection.LocalBrokerControl;
import dev.kafkaexplorer.ui.main.AppServices;
import dev.kafkaexplorer.ui.main.ClusterWindow;
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
import javafx.stage.Stage;
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
    private LocalBrokerControl localBroker;
    private AppServices services;
    /** The open windows, oldest first; the last one closing ends the app (see {@link #stop}). */
    private final List<ClusterWindow> windows = new ArrayList<>();

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
        options.schemaRegistry().ifPresent(registry -> LOG.info("Schema registry from --schema-registry: {}", registry));
    }

    @Override
    public void start(Stage stage) {
        // One runtime for every view-model of every window: the FX thread, the workers and JavaFX's timers.
        UiRuntime runtime = UiRuntime.of(workers.executor());
        AdminClusterConnector connector = new AdminClusterConnector(workers.executor());
        // One local broker for the app: two windows must not start two brokers on the same data.
        localBroker = new LocalBrokerControl(runtime, new EmbeddedBrokerFactory(directories.localBrokerDir()));
        services = new AppServices(directories, settingsStore, profiles, runtime, new ConnectionServices(connector,
                connector::brokersAnswering, localBroker, QuickstartProbe::somethingListens, new ConnectionDoctor()::diagnose,
                profiles, Clock.systemDefaultZone()));
        ClusterWindow first = openWindow(stage, settings, StartupPlan.decide(options, settings));
        LOG.info("Startup: window shown {} ms after the JVM started", sinceJvmStart());
        if (options.exitWhenConnected()) {
            closeWhenConnectedOrFailed(stage, first.connection());
        }
    }

    /** File → New window: another window with its own connection, which the user picks there. */
    private void openNewWindow() {
        openWindow(new Stage(), settingsStore.current(), null);
    }

    private ClusterWindow openWindow(Stage stage, AppSettings current, StartupPlan plan) {
        ClusterWindow window = new ClusterWindow(services, current, this::openNewWindow);
        windows.add(window);
        if (windows.size() == 1) {
            logWhenFirstConnected(window.connection());
        }
        stage.setOnHidden(e -> windowClosed(window));
        window.show(stage, plan, TITLE);
        return window;
    }

    /**
     * A window closed while others stay open: its clients close on a thread of their own. The last
     * window's are closed by {@link #stop}, with the local broker after them.
     */
    private void windowClosed(ClusterWindow window) {
        if (windows.size() <= 1) {
            return;
        }
        windows.remove(window);
        List<Runnable> steps = window.prepareShutdown();
        Thread closing = new Thread(() -> runAll(steps), "kafka-explorer-window-close");
        closing.setDaemon(true);
        closing.start();
    }

    private static void runAll(List<Runnable> steps) {
        try {
            steps.forEach(Runnable::run);
        } catch (RuntimeException e) {
            LOG.warn("A window's clients did not close cleanly", e);
        }
    }

    /**
     * {@code --exit-when-connected}: a smoke test of an install, and the packaging build's run that
     * records the classes a start loads. Until connected the exit status says failure, so closing
     * the window or quitting first does not pass for a success.
     */
    private void closeWhenConnectedOrFailed(Stage stage, ConnectionViewModel connection) {
        exitStatus = 1;
        ChangeListener<ConnectionViewModel.State> onOutcome = (property, old, now) -> {
            if (now == ConnectionViewModel.State.CONNECTED) {
                exitStatus = 0;
                // A moment later: the other screens join the window once connected, and a smoke
                // test (and the class list) should have them built too.
                PauseTransition settle = new PauseTransition(SETTLE_BEFORE_EXIT);
                settle.setOnFinished(e -> exitAsAsked(stage, connection));
                settle.play();
            } else if (now == ConnectionViewModel.State.FAILED) {
                // Later, once the status line says what happened (it is set after the state).
                javafx.application.Platform.runLater(() -> exitAsAsked(stage, connection));
            }
        };
        connection.stateProperty().addListener(onOutcome);
        onOutcome.changed(connection.stateProperty(), null, connection.stateProperty().get());
    }

    private void exitAsAsked(Stage stage, ConnectionViewModel connection) {
        LOG.info("Exiting as asked: {}", connection.statusProperty().get());
        stage.close();
    }

    /**
     * Logs when the first connection is made. With the "window shown" line, it gives the startup
     * figure of the README: StartupBenchmark reads both "Startup:" lines.
     */
    private void logWhenFirstConnected(ConnectionViewModel connection) {
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
        // Each window: its layout first (the next start reads it), then producer, live consumer, admin client.
        windows.forEach(window -> steps.addAll(window.prepareShutdown()));
        windows.clear();
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
