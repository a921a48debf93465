package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.UiTestSupport;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.topics.TopicConfigsController;
import dev.kafkaexplorer.ui.topics.TopicDetailsViewModel;
import dev.kafkaexplorer.ui.topics.TopicPartitionsController;
import dev.kafkaexplorer.ui.topics.TopicsController;
import dev.kafkaexplorer.ui.topics.TopicsViewModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * Issue 6's figures for large clusters: 10 000 topics on the embedded broker, then (a) the time
 * from a refresh of the real TopicsViewModel (with the real topics pane shown on a headless FX
 * toolkit) until its table holds all 10 000 rows, and (b) the time of one filter keystroke:
 * setting the filter text on the FX thread through to the filtered list updated.
 */
class TopicListBenchmark {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int TOPICS = 10_000;
    private static final int CREATE_BATCH = 500;
    private static final int REFRESHES = 5;
    private static final String TYPED = "bench-topic-0123";

    @Test
    void figures() throws Exception {
        System.out.println("== Topic list benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        long creating = System.nanoTime();
        createTopics();
        System.out.printf("setup: %,d topics of 1 partition created in %.1f s%n", TOPICS, (System.nanoTime() - creating) / 1e9);

        startFx();
        ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(TestBroker.bootstrapServers(), Duration.ofSeconds(30)),
                Executors.newSingleThreadExecutor());
        ClusterInfo info = admin.describeCluster().join();
        AtomicReference<TopicsViewModel> modelRef = new AtomicReference<>();
        AtomicReference<TableView<?>> tableRef = new AtomicReference<>();
        runOnFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            UiRuntime runtime = UiRuntime.of(Executors.newSingleThreadExecutor());
            TopicsViewModel model = new TopicsViewModel(runtime);
            TopicDetailsViewModel details = new TopicDetailsViewModel(runtime, model::refresh);
            Parent root = Views.load("topics.fxml", type -> {
                if (type == TopicsController.class) {
                    return new TopicsController(model, runtime);
                }
                if (type == TopicPartitionsController.class) {
                    return new TopicPartitionsController(details.partitions());
                }
                return new TopicConfigsController(details.configs());
            });
            Stage stage = new Stage();
            stage.setScene(Views.scene(root));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            modelRef.set(model);
            tableRef.set((TableView<?>) root.lookup("#topicTable"));
        });
        TopicsViewModel model = modelRef.get();
        TableView<?> table = tableRef.get();

        List<Double> loads = new ArrayList<>();
        List<String> progress = Collections.synchronizedList(new ArrayList<>());
        runOnFx(() -> model.loadProgressProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                progress.add(now);
            }
        }));
        for (int run = 0; run < REFRESHES; run++) {
            loads.add(timeLoad(model, table, run == 0 ? () -> model.connectionProperty().set(new Connection(admin, info, false))
                    : model::refresh));
        }
        System.out.printf("(a) refresh to %,d rows in the table: first (connect) %.0f ms, then %s ms (median %.0f ms)%n",
                TOPICS, loads.get(0), format(loads.subList(1, loads.size())), median(loads.subList(1, loads.size())));
        System.out.println("    progress shown on the way: " + progress.stream().distinct().limit(3).toList() + " … ("
                + progress.stream().distinct().count() + " steps)");

        List<Double> keystrokes = new ArrayList<>();
        List<Integer> shown = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i <= TYPED.length(); i++) {
                String text = TYPED.substring(0, i);
                keystrokes.add(timeOnFx(() -> model.filterTextProperty().set(text)));
                shown.add(onFx(() -> table.getItems().size()));
            }
            for (int i = TYPED.length() - 1; i >= 0; i--) {
                String text = TYPED.substring(0, i);
                keystrokes.add(timeOnFx(() -> model.filterTextProperty().set(text)));
            }
        }
        List<Double> measured = keystrokes.subList(TYPED.length() * 2, keystrokes.size());
        Collections.sort(measured = new ArrayList<>(measured));
        System.out.printf("(b) one filter keystroke on %,d topics (%d keystrokes, typing and erasing \"%s\"):"
                        + " median %.2f ms, p99 %.2f ms, max %.2f ms (rows after each typed char: %s)%n",
                TOPICS, measured.size(), TYPED, median(measured), percentile(measured, 0.99),
                measured.get(measured.size() - 1), shown.subList(0, TYPED.length()));
        admin.close();
    }

    private static void createTopics() throws Exception {
        try (Admin admin = TestBroker.admin()) {
            int existing = (int) admin.listTopics().names().get().stream().filter(n -> n.startsWith("bench-topic-")).count();
            for (int from = existing; from < TOPICS; from += CREATE_BATCH) {
                List<NewTopic> batch = new ArrayList<>();
                for (int i = from; i < Math.min(TOPICS, from + CREATE_BATCH); i++) {
                    // Small index files: 10 000 preallocated 10 MiB indexes would be sparse, but mapped all the same.
                    batch.add(new NewTopic(String.format("bench-topic-%05d", i), 1, (short) 1)
                            .configs(Map.of("segment.index.bytes", "65536")));
                }
                admin.createTopics(batch).all().get();
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (admin.listTopics().names().get().size() < TOPICS && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
    }

    /** Milliseconds from {@code start} (run on the FX thread) until the table shows all topics. */
    private static double timeLoad(TopicsViewModel model, TableView<?> table, Runnable start) throws Exception {
        CountDownLatch full = new CountDownLatch(1);
        AtomicLong done = new AtomicLong();
        ListChangeListener<Object> watcher = change -> {
            if (table.getItems().size() >= TOPICS && done.get() == 0) {
                done.set(System.nanoTime());
                full.countDown();
            }
        };
        AtomicLong began = new AtomicLong();
        runOnFx(() -> {
            ((javafx.collections.ObservableList<Object>) table.getItems()).addListener(watcher);
            began.set(System.nanoTime());
            start.run();
        });
        if (!full.await(2, TimeUnit.MINUTES)) {
            throw new AssertionError("The table never showed " + TOPICS + " topics");
        }
        runOnFx(() -> ((javafx.collections.ObservableList<Object>) table.getItems()).removeListener(watcher));
        return (done.get() - began.get()) / 1e6;
    }

    private static double timeOnFx(Runnable action) throws Exception {
        AtomicLong nanos = new AtomicLong();
        runOnFx(() -> {
            long t = System.nanoTime();
            action.run();
            nanos.set(System.nanoTime() - t);
        });
        // Let a pulse render the change before the next keystroke, as between a user's keystrokes.
        Thread.sleep(50);
        return nanos.get() / 1e6;
    }

    private static void startFx() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
    }

    private static void runOnFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(query);
        Platform.runLater(task);
        return task.get(2, TimeUnit.MINUTES);
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format("%.0f", v)).toList().toString();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return percentile(sorted, 0.5);
    }

    private static double percentile(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
