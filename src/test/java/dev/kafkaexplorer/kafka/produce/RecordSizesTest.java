package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.testing.TestBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The limits a hand-made record meets, against the real embedded broker: the topic's
 * max.message.bytes as the broker reports it, and a record's size counted as Kafka's producer
 * counts it, so the dialog's warning and the producer's refusal agree to the byte.
 */
class RecordSizesTest {

    private static final int MIB = 1024 * 1024;

    @Test
    void theTopicsMaxMessageBytesIsItsOwnSettingOrTheBrokersDefault() {
        String own = TestBroker.createTopic("sizes-own", 1, Map.of("max.message.bytes", "3145728"));
        String plain = TestBroker.createTopic("sizes-plain", 1);

        assertThat(RecordSizes.topicMaxMessageBytes(TestBroker.admin(), own).join()).isEqualTo(3 * MIB);
        assertThat(RecordSizes.topicMaxMessageBytes(TestBroker.admin(), plain).join()).isEqualTo(1_048_588);
    }

    @Test
    void theMaxRequestSizeIsTheConnectionsOwnOrKafkasDefault() {
        assertThat(RecordSizes.maxRequestSize(TestBroker.access())).isEqualTo(1_048_576);
        assertThat(RecordSizes.maxRequestSize(new ClusterAccess("localhost:1", Map.of("max.request.size", "5242880"))))
                .isEqualTo(5 * MIB);
    }

    @Test
    void aRecordOfExactlyTheLimitIsSentAndOneByteMoreIsRefusedByTheProducer() throws Exception {
        String topic = TestBroker.createTopic("sizes-edge", 1, Map.of("max.message.bytes", String.valueOf(3 * MIB)));
        OneRecord probe = record(topic, new byte[0]);
        int overhead = RecordSizes.batchBytes(probe);
        int limit = 2 * MIB;
        // Varint lengths grow with the value; find the value size whose batch is exactly the limit.
        int valueBytes = limit - overhead;
        while (RecordSizes.batchBytes(record(topic, new byte[valueBytes])) > limit) {
            valueBytes--;
        }
        OneRecord atLimit = record(topic, new byte[valueBytes]);
        OneRecord over = record(topic, new byte[valueBytes + 1]);
        assertThat(RecordSizes.batchBytes(atLimit)).isLessThanOrEqualTo(limit);
        assertThat(RecordSizes.batchBytes(over)).isGreaterThan(limit);

        SingleRecordSender sender = new SingleRecordSender(TestBroker.access(), Duration.ofSeconds(10));
        try {
            assertThatThrownBy(() -> sender.send(over, limit).join())
                    .hasMessageContaining("too large");
            assertThat(sender.send(atLimit, limit).join().offset()).isZero();
            // Back to the configured 1 MiB: a new producer without the raise.
            assertThatThrownBy(() -> sender.send(atLimit).join()).hasMessageContaining("too large");
        } finally {
            sender.close();
            assertThat(sender.awaitClosed(Duration.ofSeconds(10))).isTrue();
        }
        List<ConsumerRecord<byte[], byte[]>> read = TestBroker.readAll(topic, 1);
        assertThat(read).hasSize(1);
        assertThat(read.get(0).value()).hasSize(valueBytes);
    }

    private static OneRecord record(String topic, byte[] value) {
        return new OneRecord(topic, Optional.of("key"), value, List.of(Map.entry("h", "v")), OptionalInt.empty());
    }
}
