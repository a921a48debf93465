package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.settings.LogFile;
import dev.kafkaexplorer.testing.TestBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the real broker answers to a topic of 100 000 partitions, how the app words it, and that the
 * app's log file has the refusal and a topic made and deleted, one line each.
 */
class TooManyPartitionsWordsTest {

    @Test
    void aHundredThousandPartitionsIsRefusedNamingKafkasLimitAndTheLogSaysSo(@TempDir Path logDir) throws Exception {
        String topic = TestBroker.uniqueTopic("too-many-partitions");
        String fine = TestBroker.uniqueTopic("logged");
        ExecutorService callbacks = Executors.newSingleThreadExecutor();
        LogFile.writeTo(logDir);
        Throwable refusal;
        try (ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(TestBroker.bootstrapServers(), Duration.ofSeconds(10)),
                callbacks)) {
            refusal = admin.createTopic(new NewTopicRequest(topic, 100_000, (short) 1, Map.of()))
                    .handle((ok, error) -> error).join();
            admin.createTopic(new NewTopicRequest(fine, 2, (short) 1, Map.of())).join();
            admin.deleteTopic(fine).join();
        } finally {
            LogFile.close(logDir);
            callbacks.shutdown();
        }

        String words = KafkaErrorText.forTopic(topic, refusal);
        assertThat(words).isEqualTo("Too many partitions: a Kafka cluster creates at most 10 000 partitions in one"
                + " request, a limit built into Kafka. Broker said: Excessively large number of partitions per request.");
        try (Admin check = TestBroker.admin()) {
            assertThat(check.listTopics().names().get()).doesNotContain(topic, fine);
        }
        List<String> log = Files.readAllLines(logDir.resolve(LogFile.FILE_NAME));
        assertThat(log).anySatisfy(line -> assertThat(line).contains(" WARN ")
                .endsWith("Creating topic " + topic + " failed: " + words));
        assertThat(log).anySatisfy(line -> assertThat(line).contains(" INFO ")
                .endsWith("Created topic " + fine + ": 2 partitions, replication factor 1, configs {}"));
        assertThat(log).anySatisfy(line -> assertThat(line).contains(" INFO ").endsWith("Deleted topic " + fine));
    }
}
