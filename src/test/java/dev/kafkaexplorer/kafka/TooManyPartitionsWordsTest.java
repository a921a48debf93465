package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.TestBroker;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** What the real broker answers to a topic of 100 000 partitions, and how the app words it. */
class TooManyPartitionsWordsTest {

    @Test
    void aHundredThousandPartitionsIsRefusedNamingTheBrokersLimitNotAPolicy() throws Exception {
        String topic = TestBroker.uniqueTopic("too-many-partitions");
        Throwable refusal;
        try (Admin admin = TestBroker.admin()) {
            refusal = admin.createTopics(List.of(new NewTopic(topic, 100_000, (short) 1))).all()
                    .toCompletionStage().handle((ok, error) -> error).toCompletableFuture().get();
        }
        String words = KafkaErrorText.forTopic(topic, refusal);
        assertThat(words).isEqualTo("Too many partitions: a Kafka cluster creates at most 10 000 partitions in one"
                + " request, a limit built into Kafka. Broker said: Excessively large number of partitions per request.");
        try (Admin admin = TestBroker.admin()) {
            assertThat(admin.listTopics().names().get()).doesNotContain(topic);
        }
    }
}
