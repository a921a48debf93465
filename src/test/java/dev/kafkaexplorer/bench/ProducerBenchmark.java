package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.GeneratedRecord;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.kafka.produce.GeneratorPool;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.testing.TestBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's figures, per built-in template: (a) generation alone on one thread, (b) generate +
 * produce at the maximum rate through the app's producer loop and generator threads, (c) a raw
 * KafkaProducer sending pre-generated records of the same template to the same broker, with the
 * app's default producer settings. Each figure is taken after a warm-up, over a steady window: a
 * run's first seconds mostly measure the JIT compiling datafaker, Jackson and the client. Prints
 * figures; asserts nothing about time. {@code -Dbench.templates=order,user-signup} limits the run.
 */
class ProducerBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(4);
    /** Longer for the runs through the producer: C2 is still compiling datafaker, Jackson and the client after four seconds. */
    private static final Duration PRODUCE_WARM_UP = Duration.ofSeconds(10);
    private static final Duration GENERATION_WINDOW = Duration.ofSeconds(3);
    private static final Duration PRODUCE_WINDOW = Duration.ofSeconds(8);

    private record Figures(String template, double generation, double app, double raw) {
    }

    @Test
    void figures() throws Exception {
        ProducerTuning settings = ProducerTuning.defaults();
        // The figures depend much on the compression: say which one they were measured with.
        System.out.printf("== Producer benchmark (%d cores; compression %s; producer settings %s; %d generator threads) ==%n",
                Runtime.getRuntime().availableProcessors(), settings.compression(), settings, GeneratorPool.DEFAULT_THREADS);
        List<String> chosen = List.of(System.getProperty("bench.templates", "").split(","));
        List<Figures> all = new ArrayList<>();
        for (RecordTemplate template : BuiltInTemplates.all()) {
            if (!chosen.get(0).isBlank() && !chosen.contains(template.id())) {
                continue;
            }
            double a = generationRate(template);
            double b = appRate(template);
            double c = rawProducerRate(template);
            Figures f = new Figures(template.id(), a, b, c);
            all.add(f);
            System.out.printf("%-15s (a) %,9.0f generated/s   (b) %,9.0f acked/s   (c) %,9.0f acked/s   (b)/(a) %.2f   (b)/(c) %.2f%n",
                    f.template(), a, b, c, b / a, b / c);
        }
        System.out.println("template        (a) one thread   (b) app        (c) raw producer   (b)/(a)   (b)/(c)");
        for (Figures f : all) {
            System.out.printf("%-15s %,14.0f %,14.0f %,14.0f %9.2f %9.2f%n", f.template(), f.generation(), f.app(), f.raw(),
                    f.app() / f.generation(), f.app() / f.raw());
        }
    }

    /**
     * How closely a paced run holds its target on this machine: 2,000 records/s for 5 s through
     * the app's loop should send 10,000. Printed, not asserted: it depends on the machine's load;
     * the pacing arithmetic itself is tested in {@code RateScheduleTest}.
     */
    @Test
    void heldRate() throws InterruptedException {
        double target = 2000;
        Duration length = Duration.ofSeconds(5);
        String topic = TestBroker.createTopic("bench-rate", 3);
        ProduceRequest request = new ProduceRequest(TestBroker.access(), topic, Optional.of(target),
                OptionalLong.empty(), Optional.of(length), ProducerTuning.defaults());
        RecordTemplate template = BuiltInTemplates.byId("page-view").orElseThrow();
        ProducerLoop loop = new ProducerLoop(request, new GeneratorPool(2,
                i -> new RecordGenerator(template, new KeyStrategy.None(), true, Locale.US, GeneratorPool.seedFor(3, i)),
                "bench")).start();
        if (!loop.awaitFinished(Duration.ofSeconds(60))) {
            throw new AssertionError("the paced run did not finish");
        }
        ProducerStats stats = loop.stats();
        double expected = target * length.toSeconds();
        System.out.printf("== Held rate: %,.0f records/s for %d s sent %,d of %,.0f (%+.2f %%), acked %,d, %.1f s elapsed ==%n",
                target, length.toSeconds(), stats.sent(), expected, (stats.sent() - expected) * 100 / expected,
                stats.acked(), stats.elapsedNanos() / 1e9);
    }

    /** One thread, as the loop of a simple producer script would: records/s after a warm-up. */
    private static double generationRate(RecordTemplate template) {
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, 7);
        long warmEnd = System.nanoTime() + WARM_UP.toNanos();
        while (System.nanoTime() < warmEnd) {
            generator.next();
        }
        long n = 0;
        long began = System.nanoTime();
        long end = began + GENERATION_WINDOW.toNanos();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                generator.next();
            }
            n += 100;
        }
        return n / ((System.nanoTime() - began) / 1e9);
    }

    /** The app's producer loop with its generator threads at the maximum rate: acked/s in the window after the warm-up. */
    private static double appRate(RecordTemplate template) throws InterruptedException {
        String topic = TestBroker.createTopic("bench-app-" + template.id(), 6);
        ProduceRequest request = new ProduceRequest(TestBroker.access(), topic, Optional.empty(),
                OptionalLong.empty(), Optional.of(PRODUCE_WARM_UP.plus(PRODUCE_WINDOW)), ProducerTuning.defaults());
        ProducerLoop loop = new ProducerLoop(request, new GeneratorPool(GeneratorPool.DEFAULT_THREADS,
                i -> new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, GeneratorPool.seedFor(1, i)),
                "bench")).start();
        Thread.sleep(PRODUCE_WARM_UP.toMillis());
        ProducerStats atWarm = loop.stats();
        System.out.println("    (b) " + template.id() + ": measured window starts");
        Thread.sleep(PRODUCE_WINDOW.toMillis());
        ProducerStats atEnd = loop.stats();
        System.out.println("    (b) " + template.id() + ": measured window ends");
        loop.awaitFinished(Duration.ofSeconds(60));
        ProducerStats finished = loop.stats();
        if (finished.sent() != finished.acked() + finished.failed() || finished.failed() != 0) {
            throw new AssertionError("counters disagree or records failed: " + finished);
        }
        return (atEnd.acked() - atWarm.acked()) / ((atEnd.elapsedNanos() - atWarm.elapsedNanos()) / 1e9);
    }

    /** The app's default settings, records generated before the clock starts: acked/s in the window after the warm-up. */
    private static double rawProducerRate(RecordTemplate template) {
        String topic = TestBroker.createTopic("bench-raw-" + template.id(), 6);
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, 9);
        List<GeneratedRecord> records = new ArrayList<>();
        List<List<Header>> headers = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            GeneratedRecord r = generator.next();
            records.add(r);
            headers.add(r.headers().entrySet().stream().<Header>map(h -> new RecordHeader(h.getKey(), h.getValue())).toList());
        }
        ProducerTuning t = ProducerTuning.defaults();
        Map<String, Object> props = Map.of("bootstrap.servers", TestBroker.bootstrapServers(), "acks", t.acks(),
                "enable.idempotence", t.idempotence(), "compression.type", t.compression(), "linger.ms", t.lingerMs(),
                "batch.size", t.batchSizeBytes());
        AtomicLong acked = new AtomicLong();
        long began = System.nanoTime();
        long windowStart = began + PRODUCE_WARM_UP.toNanos();
        long end = windowStart + PRODUCE_WINDOW.toNanos();
        long ackedAtWindowStart = -1;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            int i = 0;
            long now;
            while ((now = System.nanoTime()) < end) {
                if (ackedAtWindowStart < 0 && now >= windowStart) {
                    ackedAtWindowStart = acked.get();
                }
                GeneratedRecord r = records.get(i % records.size());
                producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), headers.get(i++ % records.size())), (m, e) -> {
                    if (e == null) {
                        acked.incrementAndGet();
                    }
                });
            }
            long ackedAtEnd = acked.get();
            producer.flush();
            return (ackedAtEnd - ackedAtWindowStart) / ((end - windowStart) / 1e9);
        }
    }
}
