package dev.kafkaexplorer.ui.main;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.kafka.consume.RecordFetcher;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.ui.cluster.ClusterController;
import dev.kafkaexplorer.ui.cluster.ClusterViewModel;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionController;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel;
import dev.kafkaexplorer.ui.groups.GroupsController;
import dev.kafkaexplorer.ui.groups.GroupsViewModel;
import dev.kafkaexplorer.ui.live.FormatMemory;
import dev.kafkaexplorer.ui.live.LiveController;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.producer.ProducerCluster;
import dev.kafkaexplorer.ui.producer.ProducerController;
import dev.kafkaexplorer.ui.producer.ProducerRunStarter;
import dev.kafkaexplorer.ui.producer.ProducerViewModel;
import dev.kafkaexplorer.ui.profiles.ClustersWindow;
import dev.kafkaexplorer.ui.profiles.ProfileTools;
import dev.kafkaexplorer.ui.topics.TopicConfigsController;
import dev.kafkaexplorer.ui.topics.TopicDetailsViewModel;
import dev.kafkaexplorer.ui.topics.TopicPartitionsController;
import dev.kafkaexplorer.ui.topics.TopicsController;
import dev.kafkaexplorer.ui.topics.TopicsViewModel;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.stage.Stage;
import javafx.util.Callback;

/**
 * One main window with its own connection and screens over the app's shared services: its
 * view-models, the controllers FXML asks for, and the stage, titled with the cluster it works on.
 * The app may have several, each on its own cluster.
 */
public final class ClusterWindow {

    private final ConnectionViewModel connection;
    private final ProducerViewModel producer;
    private final LiveViewModel live;
    /** Set once made; FXML asks for it through {@code controllers}, made before it. */
    private MainWindowController mainWindow;
    private final Callback<Class<?>, Object> controllers;
    /** This window's Clusters list, closed with it. */
    private final ClustersWindow clusters;

    /**
     * @param settings  the settings as they are now (the saved layout, recent servers, last connection)
     * @param newWindow opens another window (File → New window)
     */
    public ClusterWindow(AppServices services, AppSettings settings, Runnable newWindow) {
        UiRuntime runtime = services.runtime();
        connection = new ConnectionViewModel(runtime, settings, services.settingsStore(), services.connections());
        TopicsViewModel topics = new TopicsViewModel(runtime);
        topics.connectionProperty().bind(connection.connectionProperty());
        TopicDetailsViewModel topicDetails = new TopicDetailsViewModel(runtime, topics::refresh);
        topicDetails.connectionProperty().bind(connection.connectionProperty());
        topicDetails.topicProperty().bind(topics.selectedTopicProperty());
        ClusterViewModel cluster = new ClusterViewModel(runtime);
        cluster.connectionProperty().bind(connection.connectionProperty());
        producer = new ProducerViewModel(runtime, topics.allTopics(), topics::refresh, ProducerRunStarter.withKafka());
        producer.clusterProperty().bind(connection.connectionProperty().map(ProducerCluster::of));
        producer.clusterUnreachableProperty().bind(connection.stateProperty().isEqualTo(ConnectionViewModel.State.UNREACHABLE));
        live = new LiveViewModel(runtime, topics.allTopics(), RowSource.KAFKA, RecordFetcher::fetch,
                FormatMemory.inSettings(settings, services.settingsStore(), runtime.workers()));
        live.connectionProperty().bind(connection.connectionProperty());
        live.clusterUnreachableProperty().bind(connection.stateProperty().isEqualTo(ConnectionViewModel.State.UNREACHABLE));
        GroupsViewModel groups = new GroupsViewModel(runtime);
        groups.connectionProperty().bind(connection.connectionProperty());

        Map<Class<?>, Supplier<Object>> byType = Map.of(
                ConnectionController.class, () -> new ConnectionController(connection),
                TopicsController.class, () -> new TopicsController(topics, runtime),
                TopicPartitionsController.class, () -> new TopicPartitionsController(topicDetails.partitions()),
                TopicConfigsController.class, () -> new TopicConfigsController(topicDetails.configs()),
                ClusterController.class, () -> new ClusterController(cluster),
                ProducerController.class, () -> new ProducerController(producer),
                LiveController.class, () -> new LiveController(live),
                GroupsController.class, () -> new GroupsController(groups));
        controllers = type -> {
            if (type == MainWindowController.class) {
                return mainWindow;
            }
            Supplier<Object> make = byType.get(type);
            if (make == null) {
                throw new IllegalArgumentException("No controller for " + type);
            }
            return make.get();
        };
        mainWindow = new MainWindowController(new MainWindowContext(services.directories(), settings.ui(),
                services.settingsStore(), services.profiles(), runtime, topics, producer, live, groups,
                new WindowCommands(topics.createTopicCommand(), topics.refreshCommand(), producer.refreshSamplesCommand(),
                        groups.refreshCommand(), cluster.refreshCommand(), producer.startCommand(), producer.stopCommand(),
                        live.startOrStopCommand(), live.pauseCommand(), live.clearCommand()),
                screen -> Views.load(screen, controllers), newWindow));
        // This window's Clusters list: Connect there connects this window.
        clusters = new ClustersWindow(runtime, services.profiles(), services.connections().diagnosis(),
                connection::connectProfile, ProfileTools.standard());
        mainWindow.opensClustersWith(clusters::show);
    }

    public ConnectionViewModel connection() {
        return connection;
    }

    /**
     * Starts connecting as {@code plan} says (null: not at all, the user picks), then builds the
     * window on {@code stage}, titled {@code appTitle} and the cluster's name, and shows it.
     * Connecting runs on the workers while the window is built.
     */
    public void show(Stage stage, StartupPlan plan, String appTitle) {
        if (plan != null) {
            connection.begin(plan);
        }
        Parent root = Views.load("main.fxml", controllers);
        stage.titleProperty().bind(connection.labelProperty().map(label -> label.title(appTitle)).orElse(appTitle));
        stage.setScene(Views.scene(root));
        // The smallest size at which every screen still reads (at 720 × 420 the status wrapped a word per line; the connection row needs 1000 px).
        stage.setMinWidth(1000);
        stage.setMinHeight(680);
        Views.dress(stage);
        mainWindow.attach(stage);
        stage.show();
    }

    /**
     * For the window closing, in order: its layout is taken, a running producer flushes, the live
     * consumer stops, then the admin client closes. Returns the blocking part, for a thread of its own.
     */
    public List<Runnable> prepareShutdown() {
        clusters.close();
        return List.of(mainWindow.prepareShutdown(), producer.prepareShutdown(), live.prepareShutdown(),
                connection.prepareShutdown());
    }
}
