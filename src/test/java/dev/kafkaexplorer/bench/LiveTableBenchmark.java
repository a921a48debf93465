package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ClusterInfo;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.TopicSummary;
import dev.kafkaexplorer.kafka.consume.RecordFetcher;
import dev.kafkaexplorer.kafka.consume.RowSource;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.UiTestSupport;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.common.Views;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.live.LiveController;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's figures: 1 M records of ~200 B in a 6-partition topic, read (a) by a raw
 * KafkaConsumer loop and (b) by the app's live view (consumer thread -> batch queue -> rows ->
 * a real TableView on a headless FX toolkit); FX pulse gaps during (b); heap once the cap is full.
 * Diagnostics: -Dbench.sample=true samples a thread's stacks (-Dbench.sampleThread=live-consumer,
 * default the FX thread), -Dbench.histogram=true prints live RecordRow objects after a full GC,
 * -Dbench.emptyTable=true unbinds the table's items, -Dbench.noFollow=true turns follow-tail off,
 * -Dbench.gaps=true prints each pulse gap over 33 ms with the FX thread's CPU time in it (near zero: the
 * thread was stopped, by a collection or the scheduler; near the gap: the frame's own work).
 */
class LiveTableBenchmark {

    static {
        UiTestSupport.configureHeadless();
    }

    private static final int RECORDS = 1_000_000;
    private static final int PARTITIONS = 6;
    private static final int VALUE_BYTES = 200;
    /**
     * How the records to read are written. Both readers decompress them; the recorded figures were
     * measured with lz4, so it stays, and is printed with them.
     */
    private static final String SETUP_COMPRESSION = "lz4";
    private static final int RAW_WARMUPS = 2;
    /** Passes measured for (a) and for (b); the figures are their medians, the pulse gaps those of all. */
    private static final int MEASURED_PASSES = 3;

    @Test
    void figures() throws Exception {
        System.out.println("== Live table benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        String topic = TestBroker.createTopic("bench-live", PARTITIONS);
        long producing = System.nanoTime();
        produce(topic, RECORDS);
        System.out.printf("setup: produced %,d records of %d B, compression %s, in %.1f s%n", RECORDS, VALUE_BYTES,
                SETUP_COMPRESSION, (System.nanoTime() - producing) / 1e9);

        // Warm-up passes for the JIT; the measured passes of (a) and (b) then alternate, so both
        // meet the same state of the JIT, the collector and the broker (run one after the other,
        // (a)'s passes, first after the setup, lost up to half their speed to that).
        for (int i = 0; i < RAW_WARMUPS; i++) {
            rawConsumerRate(topic);
        }
        appRun(topic);
    }

    private static void produce(String topic, int count) throws Exception {
        Random random = new Random(1);
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StringBuilder json = new StringBuilder("{\"id\":" + i + ",\"text\":\"");
            while (json.length() < VALUE_BYTES - 2) {
                json.append((char) ('a' + random.nextInt(26)));
            }
            values.add(json.append("\"}").toString().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Object> props = Map.of("bootstrap.servers", TestBroker.bootstrapServers(), "linger.ms", 20,
                "batch.size", 262144, "compression.type", SETUP_COMPRESSION, "acks", "1");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, i % PARTITIONS, ("k" + i).getBytes(StandardCharsets.UTF_8), values.get(i % 1000)));
            }
            producer.flush();
        }
    }

    private static double rawConsumerRate(String topic) {
        Map<String, Object> props = Map.of("bootstrap.servers", TestBroker.bootstrapServers(),
                "max.poll.records", 2000, "fetch.max.bytes", 52428800, "max.partition.fetch.bytes", 4194304);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long n = 0;
            long checksum = 0;
            long cpuBefore = processCpuNanos();
            long began = System.nanoTime();
            while (n < RECORDS) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    checksum += r.value().length;
                    n++;
                }
            }
            double rate = n / ((System.nanoTime() - began) / 1e9);
            System.out.printf("    raw pass: %,.0f records/s, process CPU %.2f s%n", rate, (processCpuNanos() - cpuBefore) / 1e9);
            if (checksum == 0) {
                throw new AssertionError("nothing read");
            }
            return rate;
        }
    }

    private static void appRun(String topic) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(TestBroker.bootstrapServers(), Duration.ofSeconds(10)),
                Executors.newSingleThreadExecutor());
        ClusterInfo info = admin.describeCluster().join();
        var workers = Executors.newCachedThreadPool();
        AtomicReference<LiveViewModel> modelRef = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            // The app's theme: without it the app's stylesheet's colour lookups fail, warning per cell.
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            var topics = FXCollections.observableArrayList(new TopicSummary(topic, PARTITIONS, 1, false));
            LiveViewModel model = new LiveViewModel(UiRuntime.of(workers), topics, RowSource.KAFKA, RecordFetcher::fetch,
                    dev.kafkaexplorer.ui.live.FormatMemory.inMemory());
            model.connectionProperty().set(new Connection(admin, info, false));
            Parent root = Views.load("live.fxml", type -> new LiveController(model));
            Stage stage = new Stage();
            stage.setScene(Views.scene(root));
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            if (Boolean.getBoolean("bench.emptyTable")) {
                var table = (javafx.scene.control.TableView<?>) root.lookup("#liveTable");
                table.itemsProperty().unbind();
                table.setItems(null);
            }
            model.inputs().topicProperty().set(topic);
            model.inputs().startFromProperty().set(StartChoice.EARLIEST);
            model.followTailProperty().set(!Boolean.getBoolean("bench.noFollow"));
            modelRef.set(model);
            ready.countDown();
        });
        ready.await();
        LiveViewModel model = modelRef.get();
        long heapBefore = usedHeapAfterGc();

        // Passes that warm the JIT for the app's code paths (FX, rows, table), as (a)'s first ones
        // do for the client's. Code that runs once a frame is called a few hundred times in a pass
        // of two seconds: C2 takes several passes to reach it.
        for (int warmup = Integer.getInteger("bench.warmups", 12); warmup > 0; warmup--) {
            readWholeTopic(model);
            stopAndClear(model);
        }
        usedHeapAfterGc();

        List<Long> gaps = new ArrayList<>(100_000);
        // The same, leaving out each pass's first half second: a start's first frames (the table
        // filling from empty, the JIT meeting the app's code after a raw pass) against streaming.
        List<Long> streamingGaps = new ArrayList<>(100_000);
        long[] passStart = {0};
        long[] last = {0, 0};
        // The FX thread's CPU time in each gap over two frames: near zero, the thread was stopped (a
        // collector's pause, the scheduler); ten or more milliseconds, a frame's own work ran long.
        List<Long> longGapFxCpu = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The FX thread's CPU from one pulse to the next in pulses that took a batch of rows: the
        // cost of a table refresh itself, apart from how the scheduler shared the cores.
        List<Long> refreshFxCpu = new ArrayList<>(10_000);
        long[] batchesAtLastPulse = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long batches = modelRef.get().appendedBatchesProperty().get();
                if (last[0] != 0) {
                    gaps.add(now - last[0]);
                    if (batches != batchesAtLastPulse[0]) {
                        refreshFxCpu.add(fxCpu - last[1]);
                    }
                    if (now - passStart[0] > 500_000_000L) {
                        streamingGaps.add(now - last[0]);
                    }
                    if (now - last[0] > 33_400_000L) {
                        longGapFxCpu.add(fxCpu - last[1]);
                    }
                    if (Boolean.getBoolean("bench.gaps") && now - last[0] > 33_400_000L) {
                        System.out.printf("GAP %.1f ms (FX thread CPU in it %.1f ms) ending at uptime %d ms, batches appended so far: %d%n",
                                (now - last[0]) / 1e6, (fxCpu - last[1]) / 1e6, ManagementFactory.getRuntimeMXBean().getUptime(),
                                modelRef.get().appendedBatchesProperty().get());
                    }
                }
                last[0] = now;
                last[1] = fxCpu;
                batchesAtLastPulse[0] = batches;
            }
        };
        Map<String, Integer> hot = new java.util.concurrent.ConcurrentHashMap<>();
        Thread sampler = stackSampler(hot);
        if (Boolean.getBoolean("bench.sample")) {
            sampler.start();
        }
        Map<String, Long> cpu = new java.util.TreeMap<>();
        // Totals over (b)'s passes only: process CPU, collector milliseconds and collections, JIT milliseconds.
        long processCpu = 0;
        Map<String, long[]> gc = new java.util.TreeMap<>();
        long jit = 0;
        List<Double> appRates = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        double seconds = 0;
        for (int pass = 1; pass <= MEASURED_PASSES; pass++) {
            rawRates.add(rawConsumerRate(topic));
            last[0] = 0;
            passStart[0] = System.nanoTime();
            // Per pass: each start makes a new consumer thread, and a thread's CPU time is gone with it.
            Map<String, Long> cpuBefore = cpuByThreadGroup();
            long processCpuBefore = processCpuNanos();
            Map<String, long[]> gcBefore = collectorTimes();
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            Platform.runLater(pulses::start);
            System.out.println("(b) measured pass " + pass + " starts at JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            long began = System.nanoTime();
            readWholeTopic(model);
            double passSeconds = (System.nanoTime() - began) / 1e9;
            System.out.println("(b) measured pass " + pass + " ends at JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            Platform.runLater(pulses::stop);
            cpuByThreadGroup().forEach((group, nanos) -> cpu.merge(group, nanos - cpuBefore.getOrDefault(group, 0L), Long::sum));
            processCpu += processCpuNanos() - processCpuBefore;
            collectorTimes().forEach((name, after) -> {
                long[] before = gcBefore.getOrDefault(name, new long[2]);
                long[] total = gc.computeIfAbsent(name, n -> new long[2]);
                total[0] += after[0] - before[0];
                total[1] += after[1] - before[1];
            });
            jit += ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
            seconds += passSeconds;
            appRates.add(RECORDS / passSeconds);
            // A collection in a pass takes the collector's share of the two cores from it.
            long collections = collectorTimes().entrySet().stream().filter(e -> !e.getKey().contains("Pauses"))
                    .mapToLong(e -> e.getValue()[1] - gcBefore.getOrDefault(e.getKey(), new long[2])[1]).sum();
            System.out.printf("    app pass: %,.0f records/s, collections in it: %d%n", RECORDS / passSeconds, collections);
            if (pass < MEASURED_PASSES) {
                stopAndClear(model);
            }
        }
        double app = median(appRates);
        double raw = median(rawRates);
        sampler.interrupt();
        hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.println("HOT " + e.getValue() + "  " + e.getKey()));
        long retained = onFx(() -> (long) model.retainedRows().size());
        long droppedInQueue = onFx(model::rowsDroppedBeforeShown);
        // Right after the last row, batches still in flight (poll results, the queue, the frame
        // being built) are reachable; once the stream has settled, what stays is the cap's rows.
        Thread.sleep(3000);
        long heapAtCap = usedHeapAfterGc();
        // Flat once the cap is reached: the view goes on following the topic; another 500 k records
        // pass through it and the heap must stay where it was.
        long target = onFx(() -> model.rowsReceived() + model.rowsDroppedBeforeShown()) + RECORDS / 2;
        produce(topic, RECORDS / 2);
        while (onFx(() -> model.rowsReceived() + model.rowsDroppedBeforeShown()) < target) {
            Thread.sleep(20);
        }
        Thread.sleep(3000);
        long heapAfterMore = usedHeapAfterGc();
        Platform.runLater(model::stop);
        if (Boolean.getBoolean("bench.histogram")) {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            histogram.lines().limit(30).forEach(line -> System.out.println("HISTO " + line));
        }

        StringBuilder cpuText = new StringBuilder();
        cpu.forEach((group, nanos) -> cpuText.append(String.format("%s %.2f s · ", group, nanos / 1e9)));
        System.out.printf("CPU during (b)'s %d passes, %.2f s wall on %d cores: process %.2f s = %s%sJIT %.2f s%n",
                MEASURED_PASSES, seconds, Runtime.getRuntime().availableProcessors(), processCpu / 1e9, cpuText,
                gc.entrySet().stream().map(e -> String.format("%s %.2f s in %d · ", e.getKey(), e.getValue()[0] / 1e3, e.getValue()[1]))
                        .collect(java.util.stream.Collectors.joining()), jit / 1e3);
        long[] sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("(a) raw KafkaConsumer loop: %,.0f records/s (median of %d passes, each just before a pass of (b), after %d warm-up passes)%n",
                raw, MEASURED_PASSES, RAW_WARMUPS);
        System.out.printf("(b) app: consumer -> batch queue -> rows -> TableView (headless FX): %,.0f records/s (median of %d passes after %d warm-up passes)%n",
                app, MEASURED_PASSES, Integer.getInteger("bench.warmups", 12));
        System.out.printf("(b)/(a) = %.2f   (rows dropped in the queue while the table caught up: %,d)%n", app / raw, droppedInQueue);
        System.out.printf("FX pulse gaps during (b)'s passes, %,d pulses: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.length,
                pct(sorted, 0.50), pct(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        long[] streaming = streamingGaps.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("    leaving out each pass's first 0.5 s, %,d pulses: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", streaming.length,
                pct(streaming, 0.50), pct(streaming, 0.99), streaming.length == 0 ? 0 : streaming[streaming.length - 1] / 1e6);
        long[] refreshCpu = refreshFxCpu.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("    FX thread CPU per table refresh (%d pulses that took a batch): mean %.1f ms, p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                refreshCpu.length, Arrays.stream(refreshCpu).average().orElse(0) / 1e6, pct(refreshCpu, 0.50), pct(refreshCpu, 0.90),
                refreshCpu.length == 0 ? 0 : refreshCpu[refreshCpu.length - 1] / 1e6);
        System.out.printf("    %d gaps longer than two frames; the FX thread's CPU in each (near 0: stopped by a collector pause or the "
                + "scheduler; 10+ ms: a table refresh's work): %s ms%n", longGapFxCpu.size(),
                longGapFxCpu.stream().sorted().map(nanos -> String.format("%.1f", nanos / 1e6)).toList());
        System.out.printf("rows retained %,d (cap %,d); heap used after a full GC: before %.0f MB, cap full after (b) %.0f MB, "
                        + "after %,d more records %.0f MB%n",
                retained, dev.kafkaexplorer.ui.live.LiveInputs.DEFAULT_CAPACITY, heapBefore / 1e6, heapAtCap / 1e6, RECORDS / 2, heapAfterMore / 1e6);
        admin.close();
        workers.shutdownNow();
    }

    private static void stopAndClear(LiveViewModel model) throws Exception {
        Platform.runLater(model::stop);
        while (onFx(() -> model.runningProperty().get())) {
            Thread.sleep(20);
        }
        Platform.runLater(model::clear);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Starts the live view from Earliest and waits until every record of the topic has passed through it. */
    private static void readWholeTopic(LiveViewModel model) throws Exception {
        long before = onFx(model::rowsReceived);
        long began = System.nanoTime();
        Platform.runLater(model::start);
        while (onFx(() -> model.rowsReceived() - before + model.rowsDroppedBeforeShown()) < RECORDS) {
            Thread.sleep(20);
            if (System.nanoTime() - began > TimeUnit.SECONDS.toNanos(120)) {
                throw new AssertionError("only " + onFx(model::rowsReceived) + " rows after 2 minutes");
            }
        }
    }

    private static Thread stackSampler(Map<String, Integer> hot) {
        String sampled = System.getProperty("bench.sampleThread", "JavaFX Application Thread");
        Thread sampler = new Thread(() -> {
            Thread target = null;
            while (!Thread.currentThread().isInterrupted()) {
                if (target == null) {
                    target = Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().startsWith(sampled)).findFirst().orElse(null);
                } else {
                    StackTraceElement[] stack = target.getStackTrace();
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < Math.min(stack.length, 10); i++) {
                        key.append(stack[i].getClassName().replaceAll(".*\\.", "")).append('.').append(stack[i].getMethodName()).append(" < ");
                    }
                    hot.merge(key.toString(), 1, Integer::sum);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sampler");
        sampler.setDaemon(true);
        return sampler;
    }

    /**
     * Per collector MXBean, milliseconds and collections so far: G1's beans count its pauses, ZGC's
     * "Cycles" bean its concurrent cycles (which run beside the application) and "Pauses" its pauses.
     */
    private static Map<String, long[]> collectorTimes() {
        Map<String, long[]> times = new java.util.TreeMap<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            times.put(gc.getName(), new long[] {Math.max(0, gc.getCollectionTime()), Math.max(0, gc.getCollectionCount())});
        }
        return times;
    }

    /** CPU time so far of the threads that matter here, grouped by what they do. */
    private static Map<String, Long> cpuByThreadGroup() {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new java.util.TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long nanos = threads.getThreadCpuTime(id);
            if (info == null || nanos < 0) {
                continue;
            }
            String name = info.getThreadName();
            String group = name.equals("JavaFX Application Thread") ? "FX thread"
                    : name.startsWith("QuantumRenderer") ? "renderer"
                    : name.startsWith("live-consumer") ? "consumer thread"
                    : name.startsWith("sampler") || name.startsWith("main") ? "benchmark"
                    : "broker+other";
            groups.merge(group, nanos, Long::sum);
        }
        return groups;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** Heap in use after a full collection (what jcmd GC.run does: System.gc() alone may run concurrently). */
    private static long usedHeapAfterGc() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcRun",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        var future = new java.util.concurrent.CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                future.complete(call.call());
            } catch (Exception e) {
                future.completeExceptionally(e);
            }
        });
        return future.get(10, TimeUnit.SECONDS);
    }
}
