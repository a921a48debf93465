package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A topic deleted under a running producer, on the real embedded broker: the run says so and stops. */
class ProducerTopicDeletedTest {

    @Test
    void aTopicDeletedDuringARunStopsItSayingTheTopicNoLongerExists() throws Exception {
        String topic = TestBroker.createTopic("deleted-while-producing", 1);
        byte[] value = "{\"n\":1}".getBytes(StandardCharsets.UTF_8);
        RecordSource source = new RecordSource() {
            @Override
            public OutgoingRecord next() {
                return new OutgoingRecord(null, value, null);
            }

            @Override
            public void close() {
            }
        };
        ProducerLoop loop = new ProducerLoop(new ProduceRequest(TestBroker.access(), topic, Optional.of(200.0),
                OptionalLong.empty(), Optional.empty(), ProducerTuning.defaults()), source).start();
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> loop.stats().acked() > 50);
            try (Admin admin = TestBroker.admin()) {
                admin.deleteTopics(List.of(topic)).all().get();
            }

            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> loop.stats().state() == ProducerLoop.State.FAILED);
            ProducerStats stats = loop.stats();
            assertThat(stats.lastError())
                    .isEqualTo("Topic '" + topic + "' no longer exists: it was deleted while the run was sending to it.")
                    .doesNotContain("may be down");
            assertThat(stats.sent()).isEqualTo(stats.acked() + stats.failed());
        } finally {
            loop.stop();
            loop.awaitFinished(Duration.ofSeconds(40));
        }
    }
}
