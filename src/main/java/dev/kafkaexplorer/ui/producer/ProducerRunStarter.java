package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.kafka.produce.GeneratorPool;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerStats;
import dev.kafkaexplorer.kafka.produce.ValueSchemaPlan;
import dev.kafkaexplorer.kafka.produce.ValueSchemaSetup;
import java.time.Duration;
import java.util.Locale;

/**
 * Starts a producer run: in the app a {@link ProducerLoop} fed by a {@link GeneratorPool}, in
 * tests a fake whose figures the test sets. Called on a worker thread: starting may take a while.
 */
@FunctionalInterface
public interface ProducerRunStarter {

    /**
     * Everything a run needs, copied from the panel on the FX thread.
     *
     * @param values how values are encoded: JSON text, or a schema to register and frame them with
     */
    record Spec(ProduceRequest request, RecordTemplate template, KeyStrategy keys, boolean headers, Locale locale,
                long seed, ValueSchemaPlan values) {

        /** A run whose values are sent as JSON text. */
        public Spec(ProduceRequest request, RecordTemplate template, KeyStrategy keys, boolean headers, Locale locale,
                    long seed) {
            this(request, template, keys, headers, locale, seed, ValueSchemaPlan.JSON_TEXT);
        }
    }

    /** A started run, as the panel watches and stops it. */
    interface Run {
        /** The run's figures now; atomic reads, safe on the FX thread. */
        ProducerStats stats();

        /** Asks the run to stop; it flushes on its own thread. Returns at once. */
        void stop();

        /** Waits until the run has finished. Blocking: never on the FX thread. */
        boolean awaitFinished(Duration timeout) throws InterruptedException;

        /** How its values are written, in words ("Avro, subject orders-value, schema id 3"); "" for JSON text. */
        default String valueDescription() {
            return "";
        }
    }

    /** Starts the run and returns it running. Blocking. */
    Run start(Spec spec);

    /** The app's starter: the Kafka producer loop with its generator threads, schemas through the cluster's registry. */
    static ProducerRunStarter withKafka() {
        return withKafka(ValueSchemaSetup.standard());
    }

    /**
     * The Kafka producer loop with its generator threads; {@code schemas} registers the run's schema
     * (once, before the loop starts: a refusal means no run) and encodes each value on the generator threads.
     */
    static ProducerRunStarter withKafka(ValueSchemaSetup schemas) {
        return spec -> {
            ValueSchemaSetup.Prepared values = schemas.prepare(spec.values(), spec.request().access(), spec.template(),
                    spec.locale());
            ProducerLoop loop = new ProducerLoop(spec.request(), new GeneratorPool(GeneratorPool.DEFAULT_THREADS,
                    i -> new RecordGenerator(spec.template(), spec.keys(), spec.headers(), spec.locale(),
                            GeneratorPool.seedFor(spec.seed(), i)), "producer", values.encoder())).start();
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

                @Override
                public String valueDescription() {
                    return values.description();
                }
            };
        };
    }
}
