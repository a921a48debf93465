package dev.kafkaexplorer.kafka.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.testing.TestBroker;
import dev.kafkaexplorer.testing.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.Node;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The cluster view's data, read from the 3-node KRaft test cluster and from the single embedded broker. */
class ClusterOverviewReaderTest {

    private static final ExecutorService callbacks = Executors.newSingleThreadExecutor();

    @AfterAll
    static void stop() {
        callbacks.shutdown();
    }

    @Test
    void listsThreeBrokersTheControllerAndAQuorumOfThreeVoters() {
        TestCluster.Endpoint cluster = TestCluster.shared();
        try (ClusterAdmin admin = open(cluster.bootstrapServers())) {
            ClusterOverview overview = new ClusterOverviewReader(admin).read().join();

            assertThat(overview.clusterId()).isEqualTo(cluster.clusterId());
            assertThat(overview.brokers()).extracting(ClusterOverview.Broker::id).containsExactly(1, 2, 3);
            assertThat(overview.brokers()).extracting(ClusterOverview.Broker::address)
                    .containsExactly("127.0.0.1:" + cluster.clientPort(1), "127.0.0.1:" + cluster.clientPort(2),
                            "127.0.0.1:" + cluster.clientPort(3));
            assertThat(overview.zooKeeperManaged()).isFalse();
            ClusterOverview.Quorum quorum = overview.quorum().orElseThrow();
            assertThat(quorum.voters()).extracting(ClusterOverview.Member::id).containsExactly(1, 2, 3);
            assertThat(quorum.voters()).filteredOn(ClusterOverview.Member::leader).singleElement()
                    .extracting(ClusterOverview.Member::id).isEqualTo(quorum.leaderId());
            assertThat(quorum.voters()).allSatisfy(v -> assertThat(v.logEndOffset()).isPositive());
            // Combined nodes: the active controller is the quorum leader, and one broker is marked so.
            assertThat(overview.controllerId()).isEqualTo(quorum.leaderId());
            assertThat(overview.brokers()).filteredOn(ClusterOverview.Broker::controller).singleElement()
                    .extracting(ClusterOverview.Broker::id).isEqualTo(quorum.leaderId());
            assertThat(overview.finalizedFeatures()).containsKey("metadata.version");
            assertThat(overview.kafkaVersion()).startsWith("4.");
        }
    }

    @Test
    void theSingleEmbeddedBrokerIsItsOwnController() {
        try (ClusterAdmin admin = open(TestBroker.bootstrapServers())) {
            ClusterOverview overview = new ClusterOverviewReader(admin).read().join();
            assertThat(overview.brokers()).singleElement().satisfies(b -> assertThat(b.controller()).isTrue());
            assertThat(overview.quorum().orElseThrow().voters()).hasSize(1);
            assertThat(overview.quorum().orElseThrow().observers()).isEmpty();
        }
    }

    @Test
    void aZooKeeperEraClusterHasNoQuorumAndItsControllerComesFromDescribeCluster() {
        // What a Kafka 3.2 broker answers: describeMetadataQuorum unsupported, describeFeatures empty.
        List<Node> nodes = List.of(new Node(0, "kafka-0", 9092, "rack-a"), new Node(1, "kafka-1", 9092, null));
        ClusterOverview overview = ClusterOverviewReader.assemble("zk-cluster", nodes, nodes.get(1),
                new ClusterOverviewReader.QuorumAnswer(Optional.empty(), ""), Map.of());
        assertThat(overview.zooKeeperManaged()).isTrue();
        assertThat(overview.controllerId()).isEqualTo(1);
        assertThat(overview.brokers()).extracting(ClusterOverview.Broker::controller).containsExactly(false, true);
        assertThat(overview.kafkaVersion()).isEmpty();
        assertThat(overview.finalizedFeatures()).isEmpty();
    }

    @Test
    void aQuorumThatCannotBeReadLeavesTheRestStandingWithTheReason() {
        List<Node> nodes = List.of(new Node(1, "kafka-1", 9092));
        ClusterOverview overview = ClusterOverviewReader.assemble("kraft", nodes, nodes.get(0),
                new ClusterOverviewReader.QuorumAnswer(Optional.empty(), "Not authorized"), Map.of());
        assertThat(overview.zooKeeperManaged()).isFalse();
        assertThat(overview.quorumRefusal()).isEqualTo("Not authorized");
        assertThat(overview.brokers()).hasSize(1);
    }

    @Test
    void anUnknownMetadataLevelSaysTheClusterIsNewer() {
        assertThat(ClusterOverviewReader.kafkaVersion((short) 30_000)).startsWith("newer than");
        assertThat(ClusterOverviewReader.kafkaVersion(null)).isEmpty();
    }

    private static ClusterAdmin open(String servers) {
        return ClusterAdmin.open(new ConnectionSettings(servers, Duration.ofSeconds(15)), callbacks);
    }
}
