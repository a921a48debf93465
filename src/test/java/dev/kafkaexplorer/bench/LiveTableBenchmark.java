package dev.kafkaexplorer.bench;

import static dev.kafkaexplorer.bench.LiveViewBench.onFx;

import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.ui.UiTestSupport;
import dev.kafkaexplorer.ui.live.LiveInputs;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * Passes measured for (a) and for (b); the figures are their medians, the pulse gaps those of all
     * (-Dbench.passes=N). Eight passes give about 450 pulses, so the p99 is the fifth-longest gap,
     * not, as with three passes, the second-longest of about 130: one collector pause more or less.
     */
    private static final int MEASURED_PASSES = Integer.getInteger("bench.passes", 8);

    @Test
    void figures() throws Exception {
        System.out.println("== Live table benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        String topic = TestBroker.createTopic("bench-live", PARTITIONS);
        long producing = System.nanoTime();
        BenchTopics.produce(topic, PARTITIONS, RECORDS, jsonValues(), SETUP_COMPRESSION);
        System.out.printf("setup: produced %,d records of %d B, compression %s, in %.1f s%n", RECORDS, VALUE_BYTES,
                SETUP_COMPRESSION, (System.nanoTime() - producing) / 1e9);

        // Warm-up passes for the JIT; the measured passes of (a) and (b) then alternate, so both
        // meet the same state of the JIT, the collector and the broker (run one after the other,
        // (a)'s passes, first after the setup, lost up to half their speed to that).
        for (int i = 0; i < RAW_WARMUPS; i++) {
            rawConsumerRate(topic);
        }
        try (LiveViewBench view = LiveViewBench.show(TestBroker.access(), topic, PARTITIONS)) {
            appRun(topic, view);
        }
    }

    /** 1000 JSON values of {@link #VALUE_BYTES}: an id and random letters. */
    private static List<byte[]> jsonValues() {
        Random random = new Random(1);
        List<byte[]> values = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            StringBuilder json = new StringBuilder("{\"id\":" + i + ",\"text\":\"");
            while (json.length() < VALUE_BYTES - 2) {
                json.append((char) ('a' + random.nextInt(26)));
            }
            values.add(json.append("\"}").toString().getBytes(StandardCharsets.UTF_8));
        }
        return values;
    }

    private static double rawConsumerRate(String topic) {
        return BenchTopics.rawConsumerRate(topic, PARTITIONS, RECORDS, r -> r.value().length);
    }

    private static void appRun(String topic, LiveViewBench view) throws Exception {
        LiveViewModel model = view.model();
        long heapBefore = BenchJvm.usedHeapAfterGc();

        // Passes that warm the JIT for the app's code paths (FX, rows, table), as (a)'s first ones
        // do for the client's. Code that runs once a frame is called a few hundred times in a pass
        // of two seconds: C2 takes several passes to reach it.
        int warmups = Integer.getInteger("bench.warmups", 12);
        for (int warmup = warmups; warmup > 0; warmup--) {
            view.readWholeTopic(RECORDS);
            view.stopAndClear();
        }
        BenchJvm.usedHeapAfterGc();

        PulseGaps pulses = new PulseGaps(() -> model.appendedBatchesProperty().get());
        Map<String, Integer> hot = new ConcurrentHashMap<>();
        Thread sampler = BenchJvm.stackSampler(hot);
        if (Boolean.getBoolean("bench.sample")) {
            sampler.start();
        }
        PassCosts costs = new PassCosts();
        List<Double> appRates = new ArrayList<>();
        List<Double> rawRates = new ArrayList<>();
        long droppedInQueue = 0;
        for (int pass = 1; pass <= MEASURED_PASSES; pass++) {
            rawRates.add(rawConsumerRate(topic));
            PassCosts.Before before = PassCosts.begin();
            pulses.startPass();
            System.out.println("(b) measured pass " + pass + " starts at JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            long began = System.nanoTime();
            droppedInQueue = view.readWholeTopic(RECORDS);
            double passSeconds = (System.nanoTime() - began) / 1e9;
            System.out.println("(b) measured pass " + pass + " ends at JVM uptime " + ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            pulses.endPass();
            long collections = costs.end(before, passSeconds);
            appRates.add(RECORDS / passSeconds);
            System.out.printf("    app pass: %,.0f records/s, collections in it: %d%n", RECORDS / passSeconds, collections);
            if (pass < MEASURED_PASSES) {
                view.stopAndClear();
            }
        }
        double app = BenchJvm.median(appRates);
        double raw = BenchJvm.median(rawRates);
        sampler.interrupt();
        BenchJvm.printHot(hot, 12);
        long retained = onFx(() -> (long) model.retainedRows().size());
        // Right after the last row, batches still in flight (poll results, the queue, the frame
        // being built) are reachable; once the stream has settled, what stays is the cap's rows.
        Thread.sleep(3000);
        long heapAtCap = BenchJvm.usedHeapAfterGc();
        // Flat once the cap is reached: the view goes on following the topic; another 500 k records
        // pass through it and the heap must stay where it was.
        long target = onFx(() -> model.rowsReceived() + model.rowsDroppedBeforeShown()) + RECORDS / 2;
        BenchTopics.produce(topic, PARTITIONS, RECORDS / 2, jsonValues(), SETUP_COMPRESSION);
        while (onFx(() -> model.rowsReceived() + model.rowsDroppedBeforeShown()) < target) {
            Thread.sleep(20);
        }
        Thread.sleep(3000);
        long heapAfterMore = BenchJvm.usedHeapAfterGc();
        onFx(() -> {
            model.stop();
            return null;
        });
        if (Boolean.getBoolean("bench.histogram")) {
            BenchJvm.printClassHistogram(30);
        }

        System.out.println(costs.describe("(b)"));
        System.out.printf("(a) raw KafkaConsumer loop: %,.0f records/s (median of %d passes, each just before a pass of (b), after %d warm-up passes)%n",
                raw, MEASURED_PASSES, RAW_WARMUPS);
        System.out.printf("(b) app: consumer -> batch queue -> rows -> TableView (headless FX): %,.0f records/s (median of %d passes after %d warm-up passes)%n",
                app, MEASURED_PASSES, warmups);
        System.out.printf("(b)/(a) = %.2f   (rows dropped in the queue while the table caught up: %,d)%n", app / raw, droppedInQueue);
        pulses.print("(b)'s passes");
        System.out.printf("rows retained %,d (cap %,d); heap used after a full GC: before %.0f MB, cap full after (b) %.0f MB, "
                        + "after %,d more records %.0f MB%n",
                retained, LiveInputs.DEFAULT_CAPACITY, heapBefore / 1e6, heapAtCap / 1e6, RECORDS / 2, heapAfterMore / 1e6);
    }
}
