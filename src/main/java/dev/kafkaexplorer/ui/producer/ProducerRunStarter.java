package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.kafka.produce.GeneratorPool;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import java.time.Duration;
import java.util.Locale;

/**
 * Starts a producer run: in the app a {@link ProducerLoop} fed by a {@link GeneratorPool}, in
 * tests a fake whose figures the test sets. Called on a worker thread: starting may take a while.
 */
@FunctionalInterface
public interface ProducerRunStarter {

    /** Everything a run needs, copied from the panel on the FX thread. */
    record Spec(ProduceRequest request, RecordTemplate template, KeyStrategy keys, boolean headers, Locale locale,
                long seed) {
    }

    /** A started run, as the panel watches and stops it. */
    interface Run {
        /** The run's figures now; atomic reads, safe on the FX thread. */
        ProducerStats stats();

        /** Asks the run to stop; it flushes on its own thread. Returns at once. */
        void stop();

        /** Waits until the run has finished. Blocking: never on the FX thread. */
        boolean awaitFinished(Duration timeout) throws InterruptedException;
    }

    /** Starts the run and returns it running. Blocking. */
    Run start(Spec spec);

    /** The app's starter: the Kafka producer loop with its generator threads. */
    static ProducerRunStarter withKafka() {
        return spec -> {
            ProducerLoop loop = new ProducerLoop(spec.request(), new GeneratorPool(GeneratorPool.DEFAULT_THREADS,
                    i -> new RecordGenerator(spec.template(), spec.keys(), spec.headers(), spec.locale(),
                            GeneratorPool.seedFor(spec.seed(), i)), "producer")).start();
            return new Run() {
                @Override
                public ProducerStats stats() {
                    return loop.stats();
                }

                @Override
                public void stop() {
                    loop.stop();
                }

                @Override
                public boolean awaitFinished(Duration timeout) throws InterruptedException {
                    return loop.awaitFinished(timeout);
                }
            };
        };
    }
}
