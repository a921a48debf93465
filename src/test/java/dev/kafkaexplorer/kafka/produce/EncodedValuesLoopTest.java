package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.fake.BuiltInTemplates;
import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.fake.RecordGenerator;
import dev.kafkaexplorer.fake.RecordTemplate;
import dev.kafkaexplorer.format.FormatException;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.testing.TestBroker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Values encoded on the generator threads, against the real broker: what is encoded is what the
 * broker has, and a value that does not fit its schema is counted as failed with the reason, never
 * dropped without a word.
 */
class EncodedValuesLoopTest {

    @Test
    void valuesThatDoNotFitAreCountedAsFailedWithTheirReasonAndTheRestArrive() throws Exception {
        String topic = TestBroker.createTopic("encoded", 2);
        RecordTemplate template = BuiltInTemplates.byId("payment").orElseThrow();
        // Each generator thread refuses every tenth of its own values: the pool takes 256 from the
        // first thread, then 244 from the second, so 25 + 24 of the 500 sent are refused.
        ThreadLocal<AtomicLong> n = ThreadLocal.withInitial(AtomicLong::new);
        Set<String> encodingThreads = ConcurrentHashMap.newKeySet();
        ValueEncoder everyTenthRefused = json -> {
            encodingThreads.add(Thread.currentThread().getName());
            if (n.get().incrementAndGet() % 10 == 0) {
                throw new FormatException("field “amount”: a number is not a string");
            }
            return WireFormat.frame(7, json);
        };
        ProduceRequest request = new ProduceRequest(TestBroker.access(), topic, Optional.empty(), OptionalLong.of(500),
                Optional.empty(), ProducerTuning.defaults());
        ProducerLoop loop = new ProducerLoop(request, new GeneratorPool(2, i -> new RecordGenerator(template,
                new KeyStrategy.None(), false, Locale.US, GeneratorPool.seedFor(1, i)), "encoded", everyTenthRefused)).start();
        assertThat(loop.awaitFinished(Duration.ofSeconds(60))).isTrue();

        ProducerStats stats = loop.stats();
        assertThat(stats.state()).isEqualTo(ProducerLoop.State.FINISHED);
        assertThat(stats.sent()).isEqualTo(500);
        assertThat(stats.failed()).isEqualTo(49);
        assertThat(stats.acked()).isEqualTo(451);
        assertThat(stats.lastError()).isEqualTo("A record was not sent: field “amount”: a number is not a string");
        assertThat(TestBroker.countOnBroker(topic)).isEqualTo(stats.acked());
        for (ConsumerRecord<byte[], byte[]> record : TestBroker.readAll(topic, stats.acked())) {
            assertThat(WireFormat.header(record.value())).get().extracting(WireFormat.Framed::schemaId).isEqualTo(7);
        }
        assertThat(encodingThreads).allSatisfy(name -> assertThat(name).startsWith("encoded-generator-"));
    }
}
