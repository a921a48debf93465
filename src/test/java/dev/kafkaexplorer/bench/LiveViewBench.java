package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.consume.RecordFetcher;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.live.FormatMemory;
import dev.kafkaexplorer.ui.live.LiveController;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The app's live view as the benchmarks drive it: its view-model and controller with a real
 * {@code TableView} in a 1280×800 window on the headless toolkit (the caller configures it, as
 * {@code UiTestSupport.configureHeadless} does), connected to a cluster, reading one topic from
 * Earliest with follow-tail on: consumer thread -> batch queue -> rows -> table.
 * -Dbench.emptyTable=true unbinds the table's items; -Dbench.noFollow=true turns follow-tail off.
 */
final class LiveViewBench implements AutoCloseable {

    private static final long PASS_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private final LiveViewModel model;
    private final Parent root;
    private final ClusterAdmin admin;
    private final ExecutorService workers;

    private LiveViewBench(LiveViewModel model, Parent root, ClusterAdmin admin, ExecutorService workers) {
        this.model = model;
        this.root = root;
        this.admin = admin;
        this.workers = workers;
    }

    /** Starts the toolkit if needed, connects to {@code access} (with its registry, if any) and shows the live view on {@code topic}. */
    static LiveViewBench show(ClusterAccess access, String topic, int partitions) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(access, Duration.ofSeconds(10)), Executors.newSingleThreadExecutor());
        ClusterInfo info = admin.describeCluster().join();
        ExecutorService workers = Executors.newCachedThreadPool(r -> new Thread(r, "ui-worker"));
        AtomicReference<LiveViewModel> made = new AtomicReference<>();
        AtomicReference<Parent> shown = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            // The app's theme: without it the app's stylesheet's colour lookups fail, warning per cell.
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var topics = FXCollections.observableArrayList(new TopicSummary(topic, partitions, 1, false));
            LiveViewModel model = new LiveViewModel(UiRuntime.of(workers), topics, RowSource.KAFKA, RecordFetcher::fetch,
                    FormatMemory.inMemory());
            model.connectionProperty().set(new Connection(admin, info, false));
            Parent root = Views.load("live.fxml", type -> new LiveController(model));
            Stage stage = new Stage();
            stage.setScene(Views.scene(root));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            if (Boolean.getBoolean("bench.emptyTable")) {
                var table = (TableView<?>) root.lookup("#liveTable");
                table.itemsProperty().unbind();
                table.setItems(null);
            }
            model.inputs().topicProperty().set(topic);
            model.inputs().startFromProperty().set(StartChoice.EARLIEST);
            model.followTailProperty().set(!Boolean.getBoolean("bench.noFollow"));
            made.set(model);
            shown.set(root);
            ready.countDown();
        });
        ready.await();
        return new LiveViewBench(made.get(), shown.get(), admin, workers);
    }

    LiveViewModel model() {
        return model;
    }

    /**
     * Sets what the next start reads with, as a user would while the view is stopped: the value's
     * format, and the filter text (empty for none); returns once the filter is applied.
     */
    void readWith(RecordFormat valueFormat, String filter) throws Exception {
        onFx(() -> {
            model.formats().valueFormatProperty().set(valueFormat);
            model.filterTextProperty().set(filter);
            return null;
        });
        // The filter applies once typing pauses; with it the figures say "N of M match".
        long began = System.nanoTime();
        while (onFx(() -> model.figures().matchTextProperty().get().isEmpty()) != filter.isEmpty()) {
            Thread.sleep(20);
            if (System.nanoTime() - began > TimeUnit.SECONDS.toNanos(10)) {
                throw new AssertionError("the filter '" + filter + "' was not applied");
            }
        }
    }

    /**
     * Starts the live view from Earliest and waits until {@code records} more records have passed
     * through it; answers how many of them the batch queue dropped because the table fell behind
     * (never shown, never tested by a filter: each start has a new queue).
     */
    long readWholeTopic(long records) throws Exception {
        long before = onFx(model::rowsReceived);
        long began = System.nanoTime();
        Platform.runLater(model::start);
        long dropped;
        while (onFx(model::rowsReceived) - before + (dropped = onFx(model::rowsDroppedBeforeShown)) < records) {
            Thread.sleep(20);
            if (System.nanoTime() - began > PASS_TIMEOUT_NANOS) {
                throw new AssertionError("only " + onFx(model::rowsReceived) + " rows after 2 minutes");
            }
        }
        return dropped;
    }

    /** Stops the reading, waits until it has ended, and empties the table. */
    void stopAndClear() throws Exception {
        Platform.runLater(model::stop);
        while (onFx(() -> model.runningProperty().get())) {
            Thread.sleep(20);
        }
        Platform.runLater(model::clear);
    }

    /** The table rows drawn with a record in them: the rows whose cells a table refresh shows (and decodes). */
    long rowsInView() throws Exception {
        return onFx(() -> root.lookupAll(".table-row-cell").stream()
                .filter(cell -> cell instanceof TableRow<?> row && !row.isEmpty() && row.isVisible()).count());
    }

    /** Runs {@code call} on the FX thread and waits for its answer (10 s at most). */
    static <T> T onFx(Callable<T> call) throws Exception {
        var future = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                future.complete(call.call());
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        });
        return future.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        Platform.runLater(model::stop);
        admin.close();
        workers.shutdownNow();
    }
}
