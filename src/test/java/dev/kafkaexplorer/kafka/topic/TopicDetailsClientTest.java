package dev.kafkaexplorer.kafka.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.KafkaFailure;
import dev.kafkaexplorer.testing.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Partitions, configs and their changes against the shared 3-node KRaft test cluster. */
class TopicDetailsClientTest {

    private static final ExecutorService callbacks = Executors.newSingleThreadExecutor();
    private static TestCluster.Endpoint cluster;
    private static ClusterAdmin admin;
    private static TopicDetailsClient details;

    @BeforeAll
    static void connect() {
        cluster = TestCluster.shared();
        admin = ClusterAdmin.open(new ConnectionSettings(cluster.bootstrapServers(), Duration.ofSeconds(15)), callbacks);
        details = new TopicDetailsClient(admin);
    }

    @AfterAll
    static void close() {
        admin.close();
        callbacks.shutdown();
    }

    @Test
    void aReplicationFactorThreeTopicShowsThreeReplicasInSyncWithOffsetsAndSizes() throws Exception {
        String topic = createTopic("rf3", 3, (short) 3);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", cluster.bootstrapServers(),
                "acks", "all"), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 30; i++) {
                producer.send(new ProducerRecord<>(topic, i % 3, "k" + i, "value-" + i));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            TopicPartitionsReport report = details.partitions(topic).join();
            assertThat(report.partitions()).extracting(PartitionDetails::partition).containsExactly(0, 1, 2);
            assertThat(report.partitions()).allSatisfy(p -> {
                assertThat(p.replicas()).containsExactlyInAnyOrder(1, 2, 3);
                assertThat(p.isr()).containsExactlyInAnyOrder(1, 2, 3);
                assertThat(p.leader()).isIn(1, 2, 3);
                assertThat(p.beginOffset()).hasValue(0);
                assertThat(p.endOffset()).hasValue(10);
                assertThat(p.recordEstimate()).hasValue(10);
                assertThat(p.sizeBytes().orElse(0)).isPositive();
            });
            assertThat(report.underReplicatedCount()).isZero();
            assertThat(report.summary()).isEqualTo("3 partitions · all in sync");
        });
    }

    @Test
    void aConfigEditIsReadBackAsTheTopicsOwnThenResetToTheDefault() {
        String topic = createTopic("configs", 1, (short) 3);
        TopicConfigValue before = config(topic, "retention.ms");
        assertThat(before.overridden()).isFalse();
        assertThat(before.origin()).isEqualTo(ConfigOrigin.DEFAULT);
        assertThat(before.value()).isEqualTo("604800000");
        assertThat(before.type()).isEqualTo("LONG");

        TopicConfigValue set = named(details.setConfig(topic, "retention.ms", "3600000").join(), "retention.ms");
        assertThat(set.value()).isEqualTo("3600000");
        assertThat(set.origin()).isEqualTo(ConfigOrigin.TOPIC);
        assertThat(set.overridden()).isTrue();
        // Read on its own, from whichever broker answers: each applies the change a moment after the controller.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(config(topic, "retention.ms").value()).isEqualTo("3600000"));

        TopicConfigValue reset = named(details.resetConfig(topic, "retention.ms").join(), "retention.ms");
        assertThat(reset.value()).isEqualTo("604800000");
        assertThat(reset.overridden()).isFalse();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(config(topic, "retention.ms").overridden()).isFalse());
    }

    @Test
    void invalidValuesAreRefusedWithTheBrokersWords() {
        String topic = createTopic("bad-config", 1, (short) 3);
        assertThatThrownBy(() -> details.setConfig(topic, "cleanup.policy", "bogus").join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(KafkaFailure.class)
                .hasMessageStartingWith("Refused by the cluster. Broker said:")
                .hasMessageContaining("bogus");
        assertThatThrownBy(() -> details.setConfig(topic, "retention.ms", "abc").join())
                .cause().hasMessageStartingWith("Refused by the cluster. Broker said:")
                .hasMessageContaining("abc");
        assertThat(config(topic, "cleanup.policy").value()).isEqualTo("delete");
    }

    @Test
    void addsPartitionsThreeToFive() {
        String topic = createTopic("grow", 3, (short) 2);
        details.addPartitions(topic, 3, 5).join();
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(details.partitions(topic).join().partitions()).extracting(PartitionDetails::partition)
                        .containsExactly(0, 1, 2, 3, 4));
        assertThatThrownBy(() -> details.addPartitions(topic, 5, 5).join())
                .cause().hasMessageContaining("must be more than 5");
        // The broker has the last word when the count we knew was stale.
        assertThatThrownBy(() -> details.addPartitions(topic, 1, 4).join())
                .cause().hasMessageStartingWith("The number of partitions was refused. Broker said:");
    }

    @Test
    void anUnknownTopicSaysSo() {
        assertThatThrownBy(() -> details.partitions("no-such-topic-" + System.nanoTime()).join())
                .cause().hasMessageContaining("does not exist");
    }

    private static TopicConfigValue config(String topic, String name) {
        return named(details.configs(topic).join(), name);
    }

    private static TopicConfigValue named(List<TopicConfigValue> configs, String name) {
        return configs.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static String createTopic(String prefix, int partitions, short replicas) {
        String name = prefix + "-" + Long.toHexString(System.nanoTime());
        try (Admin check = cluster.admin()) {
            check.createTopics(List.of(new NewTopic(name, partitions, replicas))).all().get();
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() ->
                    check.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions().stream()
                            .allMatch(p -> p.leader() != null && p.isr().size() == replicas));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return name;
    }
}
