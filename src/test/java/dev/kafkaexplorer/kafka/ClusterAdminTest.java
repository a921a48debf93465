package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.testing.TestBroker;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The admin wrapper against the project's real embedded broker. */
class ClusterAdminTest {

    private static final ExecutorService callbacks = Executors.newSingleThreadExecutor();
    private static ClusterAdmin admin;
    private static Admin check;

    @BeforeAll
    static void connect() {
        admin = ClusterAdmin.open(new ConnectionSettings(TestBroker.bootstrapServers(), Duration.ofSeconds(10)), callbacks);
        check = TestBroker.admin();
    }

    @AfterAll
    static void close() {
        admin.close();
        check.close();
        callbacks.shutdown();
    }

    @Test
    void describesTheCluster() {
        ClusterInfo info = admin.describeCluster().join();
        assertThat(info.clusterId()).isNotBlank();
        assertThat(info.brokerCount()).isEqualTo(1);
        assertThat(info.controllerId()).isEqualTo(info.brokers().get(0).id());
    }

    @Test
    void createsWithPartitionsReplicationAndConfigsThenListsAndDeletes() throws Exception {
        String name = TestBroker.uniqueTopic("created");
        TopicSummary created = admin.createTopic(new NewTopicRequest(name, 4, (short) 1,
                Map.of("cleanup.policy", "compact", "retention.ms", "3600000", "max.message.bytes", "2097152"))).join();
        assertThat(created).isEqualTo(new TopicSummary(name, 4, 1, false));

        TopicDescription described = check.describeTopics(List.of(name)).allTopicNames().get().get(name);
        assertThat(described.partitions()).hasSize(4).allSatisfy(p -> assertThat(p.leader()).isNotNull());
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
        Config config = check.describeConfigs(List.of(resource)).all().get().get(resource);
        assertThat(config.get("cleanup.policy").value()).isEqualTo("compact");
        assertThat(config.get("retention.ms").value()).isEqualTo("3600000");
        assertThat(config.get("max.message.bytes").value()).isEqualTo("2097152");

        assertThat(admin.listTopics(false).join()).contains(new TopicSummary(name, 4, 1, false));

        admin.deleteTopic(name).join();
        assertThat(admin.listTopics(false).join()).extracting(TopicSummary::name).doesNotContain(name);
        assertThat(check.listTopics().names().get()).doesNotContain(name);
    }

    @Test
    void listsInternalTopicsOnlyWhenAsked() throws Exception {
        // The offsets topic exists once a group has been used; creating it through a group lookup.
        check.listConsumerGroupOffsets("any-group").all().get(10, TimeUnit.SECONDS);
        assertThat(admin.listTopics(true).join()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("__consumer_offsets");
            assertThat(t.internal()).isTrue();
        });
        assertThat(admin.listTopics(false).join()).noneMatch(TopicSummary::internal);
    }

    @Test
    void describesInStepsTellingTheProgressAndSkipsATopicDeletedMeanwhile() throws Exception {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            names.add(TestBroker.createTopic("chunked-" + i, 1 + i % 2));
        }
        String gone = TestBroker.uniqueTopic("never-created");
        List<String> asked = new ArrayList<>(names);
        asked.add(2, gone);
        List<int[]> steps = java.util.Collections.synchronizedList(new ArrayList<>());

        List<TopicSummary> described = new TopicListLoader(admin)
                .describeInChunks(asked, 2, (done, total) -> steps.add(new int[] {done, total}))
                .join();

        assertThat(described).extracting(TopicSummary::name).containsExactlyElementsOf(names);
        assertThat(described).extracting(TopicSummary::partitions).containsExactly(1, 2, 1, 2, 1);
        // One step before the first call, then one per call of 2 names, only ever up; the unknown name is left out.
        assertThat(steps).extracting(s -> s[0]).hasSize(4).isSorted().startsWith(0).endsWith(5);
        assertThat(steps).extracting(s -> s[1]).containsOnly(6);
    }

    @Test
    void refusesAnExistingNameInWords() {
        String name = TestBroker.uniqueTopic("twice");
        admin.createTopic(new NewTopicRequest(name, 1, (short) 1, Map.of())).join();
        assertThatThrownBy(() -> admin.createTopic(new NewTopicRequest(name, 1, (short) 1, Map.of())).join())
                .isInstanceOf(CompletionException.class)
                .satisfies(e -> assertThat(KafkaErrorText.forTopic(name, e))
                        .startsWith("Topic '" + name + "' already exists.").contains("Broker said:"));
    }

    @Test
    void refusesADotUnderscoreCollisionInWords() {
        String base = TestBroker.uniqueTopic("collide");
        admin.createTopic(new NewTopicRequest(base + ".x", 1, (short) 1, Map.of())).join();
        assertThatThrownBy(() -> admin.createTopic(new NewTopicRequest(base + "_x", 1, (short) 1, Map.of())).join())
                .satisfies(e -> assertThat(KafkaErrorText.forTopic(base + "_x", e))
                        .contains("Broker said:").contains("collides"));
    }

    @Test
    void refusesAReplicationFactorAboveTheBrokerCountInWords() {
        String name = TestBroker.uniqueTopic("rf3");
        assertThatThrownBy(() -> admin.createTopic(new NewTopicRequest(name, 1, (short) 3, Map.of())).join())
                .satisfies(e -> assertThat(KafkaErrorText.forTopic(name, e))
                        .contains("replication factor is larger than the number of brokers")
                        .contains("Broker said:"));
    }

    @Test
    void refusesABadConfigValueInWords() {
        String name = TestBroker.uniqueTopic("badconfig");
        assertThatThrownBy(() -> admin.createTopic(new NewTopicRequest(name, 1, (short) 1, Map.of("cleanup.policy", "sometimes"))).join())
                .satisfies(e -> assertThat(KafkaErrorText.forTopic(name, e)).contains("sometimes"));
    }

    @Test
    void deletingAMissingTopicSaysSo() {
        assertThatThrownBy(() -> admin.deleteTopic("no-such-topic-here").join())
                .satisfies(e -> assertThat(KafkaErrorText.forTopic("no-such-topic-here", e)).contains("does not exist"));
    }

    @Test
    void aPortWhereNothingListensFailsInWordsWithinTheTimeout() {
        int port = EmbeddedBroker.freePort();
        assertConnectFailsClearly("127.0.0.1:" + port);
    }

    @Test
    void anAddressThatIsNotKafkaFailsInWordsWithinTheTimeout() throws Exception {
        // A server that accepts connections and never answers: an HTTP port, a firewall black hole.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            }, "silent-server");
            acceptor.setDaemon(true);
            acceptor.start();
            assertConnectFailsClearly("127.0.0.1:" + silent.getLocalPort());
        }
    }

    private static void assertConnectFailsClearly(String servers) {
        Duration timeout = Duration.ofSeconds(3);
        long began = System.nanoTime();
        try (ClusterAdmin target = ClusterAdmin.open(new ConnectionSettings(servers, timeout), callbacks)) {
            var future = target.describeCluster();
            // The call itself must not block: the future comes back at once.
            assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(timeout);
            assertThatThrownBy(future::join).satisfies(e -> assertThat(KafkaErrorText.general(e))
                    .isEqualTo("No Kafka broker answered at " + servers
                            + " within 3 s. Check the address and that the broker is running and reachable."));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(timeout.plusSeconds(5));
    }

    @Test
    void anUnresolvableHostFailsInWords() {
        assertThatThrownBy(() -> ClusterAdmin.open(new ConnectionSettings("no-such-host.invalid:9092", Duration.ofSeconds(3)), callbacks))
                .isInstanceOf(KafkaFailure.class)
                .hasMessageStartingWith("Cannot use 'no-such-host.invalid:9092'");
    }
}
