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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's figures: (a) generation alone per template on one thread, (b) generate + produce at
 * the maximum rate through the app's producer loop, (c) a raw KafkaProducer sending pre-generated
 * records of the same size to the same broker. Prints figures; asserts nothing about time.
 */
class ProducerBenchmark {

    private static final Duration GENERATION_TIME = Duration.ofSeconds(3);
    private static final Duration PRODUCE_TIME = Duration.ofSeconds(10);
    private static final String TEMPLATE = "order";

    @Test
    void figures() throws Exception {
        System.out.println("== Producer benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ==");
        System.out.println("(a) generation alone, one thread:");
        Map<String, Double> single = new java.util.LinkedHashMap<>();
        for (RecordTemplate template : BuiltInTemplates.all()) {
            double rate = generationRate(template);
            single.put(template.id(), rate);
            System.out.printf("    %-16s %,10.0f records/s%n", template.id(), rate);
        }
        // The costliest template to generate and a typical one: where generation or sending limits.
        for (String id : List.of("user-signup", TEMPLATE)) {
            RecordTemplate template = BuiltInTemplates.byId(id).orElseThrow();
            double appRate = appRate(template);
            double rawRate = rawProducerRate(template);
            System.out.printf("%s: (b) generate + produce, %d generator threads, max rate: %,.0f acked/s;"
                            + " (c) raw KafkaProducer, pre-generated: %,.0f acked/s; (b)/(a) = %.2f  (b)/(c) = %.2f%n",
                    id, GeneratorPool.DEFAULT_THREADS, appRate, rawRate, appRate / single.get(id), appRate / rawRate);
        }
    }

    private static double appRate(RecordTemplate template) throws InterruptedException {
        String appTopic = TestBroker.createTopic("bench-app", 6);
        ProduceRequest request = new ProduceRequest(TestBroker.bootstrapServers(), appTopic, Optional.empty(),
                OptionalLong.empty(), Optional.of(PRODUCE_TIME), ProducerTuning.defaults());
        ProducerLoop loop = new ProducerLoop(request, new GeneratorPool(GeneratorPool.DEFAULT_THREADS,
                i -> new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, GeneratorPool.seedFor(1, i)),
                "bench")).start();
        loop.awaitFinished(PRODUCE_TIME.plusSeconds(60));
        ProducerStats stats = loop.stats();
        if (stats.sent() != stats.acked() + stats.failed()) {
            throw new AssertionError("counters disagree: " + stats);
        }
        return stats.acked() / (stats.elapsedNanos() / 1e9);
    }

    private static double generationRate(RecordTemplate template) {
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, 7);
        for (int i = 0; i < 5_000; i++) {
            generator.next();
        }
        long n = 0;
        long began = System.nanoTime();
        long end = began + GENERATION_TIME.toNanos();
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                generator.next();
            }
            n += 100;
        }
        return n / ((System.nanoTime() - began) / 1e9);
    }

    /** The same producer settings as the app's defaults, records generated before the clock starts. */
    private static double rawProducerRate(RecordTemplate template) throws Exception {
        String topic = TestBroker.createTopic("bench-raw", 6);
        RecordGenerator generator = new RecordGenerator(template, new KeyStrategy.RandomUuid(), true, Locale.US, 9);
        List<GeneratedRecord> records = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            records.add(generator.next());
        }
        ProducerTuning t = ProducerTuning.defaults();
        Map<String, Object> props = Map.of("bootstrap.servers", TestBroker.bootstrapServers(), "acks", t.acks(),
                "enable.idempotence", t.idempotence(), "compression.type", t.compression(), "linger.ms", t.lingerMs(),
                "batch.size", t.batchSizeBytes());
        AtomicLong acked = new AtomicLong();
        long began = System.nanoTime();
        long end = began + PRODUCE_TIME.toNanos();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            int i = 0;
            while (System.nanoTime() < end) {
                GeneratedRecord r = records.get(i++ % records.size());
                ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(topic, r.key(), r.value());
                r.headers().forEach((k, v) -> out.headers().add(k, v));
                producer.send(out, (m, e) -> {
                    if (e == null) {
                        acked.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        return acked.get() / ((System.nanoTime() - began) / 1e9);
    }
}
