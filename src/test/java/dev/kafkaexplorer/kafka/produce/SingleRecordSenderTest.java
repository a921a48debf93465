package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.testing.TestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One hand-typed record at a time, against the real embedded broker, read back independently. */
class SingleRecordSenderTest {

    private SingleRecordSender sender;

    @BeforeEach
    void open() {
        sender = new SingleRecordSender(TestBroker.access(), Duration.ofSeconds(5));
    }

    @AfterEach
    void close() throws InterruptedException {
        sender.close();
        assertThat(sender.awaitClosed(Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void theRecordLandsAtTheReportedPartitionAndOffsetWithKeyValueAndHeaders() {
        String topic = TestBroker.createTopic("send-one", 3);
        List<Map.Entry<String, String>> headers = List.of(entry("source", "by hand"), entry("trace", "a=b"), entry("source", "twice"));
        SentRecord first = sender.send(new OneRecord(topic, Optional.of("order-7"), "{\"id\": 7}", headers, OptionalInt.of(2))).join();
        SentRecord second = sender.send(new OneRecord(topic, Optional.empty(), "plain text", List.of(), OptionalInt.of(2))).join();

        assertThat(first.partition()).isEqualTo(2);
        assertThat(first.offset()).isZero();
        assertThat(second.offset()).isEqualTo(1);
        List<ConsumerRecord<byte[], byte[]>> read = TestBroker.readAll(topic, 2);
        assertThat(read).hasSize(2);
        ConsumerRecord<byte[], byte[]> r = read.stream().filter(c -> c.offset() == first.offset()).findFirst().orElseThrow();
        assertThat(r.partition()).isEqualTo(2);
        assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("order-7");
        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{\"id\": 7}");
        assertThat(r.headers().toArray()).extracting(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("source", "by hand"),
                        org.assertj.core.groups.Tuple.tuple("trace", "a=b"),
                        org.assertj.core.groups.Tuple.tuple("source", "twice"));
        ConsumerRecord<byte[], byte[]> nullKeyed = read.stream().filter(c -> c.offset() == second.offset()).findFirst().orElseThrow();
        assertThat(nullKeyed.key()).isNull();
    }

    @Test
    void aPartitionTheTopicDoesNotHaveIsRefusedInWords() {
        String topic = TestBroker.createTopic("send-bad-partition", 2);
        assertThatThrownBy(() -> sender.send(new OneRecord(topic, Optional.empty(), "x", List.of(), OptionalInt.of(5))).join())
                .satisfies(e -> assertThat(KafkaErrorText.general(e))
                        .isEqualTo("Topic '" + topic + "' has 2 partitions (0 to 1); there is no partition 5."));
        assertThat(TestBroker.countOnBroker(topic)).isZero();
        // The sender stays usable after a refusal.
        assertThat(sender.send(new OneRecord(topic, Optional.empty(), "x", List.of(), OptionalInt.of(1))).join().partition()).isEqualTo(1);
    }

    @Test
    void theFieldRulesExplainWhatIsWrong() {
        assertThat(SingleRecordRules.jsonError("{\"id\": 1}")).isEmpty();
        assertThat(SingleRecordRules.jsonError("{\"id\": 1,\n  \"name\": }")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("Not valid JSON at line 2, column 11: ");
        assertThat(SingleRecordRules.jsonError("{} {}")).get(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("line 1");


        assertThat(SingleRecordRules.headers("a=1\n\nb = x=y").headers()).containsExactly(entry("a", "1"), entry("b", " x=y"));
        assertThat(SingleRecordRules.headers("a=1\nnope").error()).isEqualTo("Line 2: expected name=value, found no '='");
        assertThat(SingleRecordRules.headers("=v").error()).isEqualTo("Line 1: the header name before '=' is empty");
    }

    private static Map.Entry<String, String> entry(String k, String v) {
        return new AbstractMap.SimpleImmutableEntry<>(k, v);
    }
}
