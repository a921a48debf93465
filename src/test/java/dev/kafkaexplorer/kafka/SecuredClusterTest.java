package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.consume.ConsumeRequest;
import dev.kafkaexplorer.kafka.consume.LiveConsumer;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.StartPosition;
import dev.kafkaexplorer.kafka.produce.OutgoingRecord;
import dev.kafkaexplorer.kafka.produce.ProduceRequest;
import dev.kafkaexplorer.kafka.produce.ProducerLoop;
import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.kafka.produce.RecordSource;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The app's own clients (admin, producer loop, live consumer) on the secured test broker's listeners, as a user's cluster access gives them. */
class SecuredClusterTest {

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();
    private static final ExecutorService callbacks = Executors.newSingleThreadExecutor();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @AfterAll
    static void close() {
        callbacks.shutdown();
    }

    static Stream<Arguments> accesses() {
        return Stream.of(
                Arguments.of("SCRAM-SHA-512 over SASL_SSL", BROKER.scramSha512OverSaslSsl()),
                Arguments.of("PLAIN over SASL_SSL", BROKER.plainOverSaslSsl()),
                Arguments.of("SCRAM-SHA-256 over SASL_PLAINTEXT", BROKER.scramSha256OverSaslPlaintext()),
                Arguments.of("mTLS with PKCS12 stores", BROKER.mutualTls()),
                Arguments.of("mTLS with PEM", BROKER.mutualTlsWithPem()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accesses")
    void theAdminClientConnectsAndListsTopics(String name, ClusterAccess access) {
        String topic = BROKER.createTopic("secured-list", 2);
        try (ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(access, TIMEOUT), callbacks)) {
            assertThat(admin.describeCluster().join().brokerCount()).isEqualTo(1);
            assertThat(admin.listTopics(false).join()).extracting(TopicSummary::name).contains(topic);
        }
    }

    @Test
    void theProducerLoopWritesAndALiveConsumerReadsOverSaslSsl() throws Exception {
        ClusterAccess access = BROKER.scramSha512OverSaslSsl();
        String topic = BROKER.createTopic("secured-stream", 2);
        ProducerLoop loop = new ProducerLoop(new ProduceRequest(access, topic, Optional.empty(), OptionalLong.of(50),
                Optional.empty(), ProducerTuning.defaults()), numbered()).start();
        assertThat(loop.awaitFinished(TIMEOUT)).isTrue();
        assertThat(loop.stats().acked()).isEqualTo(50);
        assertThat(loop.stats().failed()).isZero();

        Queue<RecordRow> rows = new ConcurrentLinkedQueue<>();
        LiveConsumer consumer = new LiveConsumer(new ConsumeRequest(access, topic, OptionalInt.empty(),
                new StartPosition.Earliest(), Optional.empty()), rows::addAll).start();
        try {
            Awaitility.await().atMost(TIMEOUT).until(() -> rows.size() >= 50);
            assertThat(rows).hasSize(50).extracting(RecordRow::valuePreview).allMatch(v -> v.startsWith("secured-"));
            assertThat(consumer.status().message()).doesNotContain(BROKER.scramSha512User().password());
        } finally {
            consumer.stop();
            consumer.awaitStopped(TIMEOUT);
        }
    }

    @Test
    void aWrongPasswordFailsWithWordsAboutAuthentication() {
        String wrong = "not-the-password-" + System.nanoTime();
        ClusterAccess access = BROKER.saslSsl("SCRAM-SHA-512", BROKER.scramSha512User().user(), wrong);
        try (ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(access, TIMEOUT), callbacks)) {
            assertThatThrownBy(() -> admin.describeCluster().join())
                    .isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(KafkaFailure.class)
                    .hasMessageContaining("Authentication failed")
                    .hasMessageContaining(access.bootstrapServers())
                    .hasMessageNotContaining(wrong);
        }
    }

    /** Records "secured-0", "secured-1", …: the loop stops after as many as its request says. */
    private static RecordSource numbered() {
        AtomicInteger next = new AtomicInteger();
        return new RecordSource() {
            @Override
            public OutgoingRecord next() {
                return new OutgoingRecord(null, ("secured-" + next.getAndIncrement()).getBytes(StandardCharsets.UTF_8), List.of());
            }

            @Override
            public void close() {
            }
        };
    }
}
