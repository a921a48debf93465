package dev.kafkaexplorer.kafka.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAdmin;
import dev.kafkaexplorer.kafka.ConnectionSettings;
import dev.kafkaexplorer.kafka.cluster.ClusterOverview;
import dev.kafkaexplorer.kafka.cluster.ClusterOverviewReader;
import dev.kafkaexplorer.testing.TestCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A broker stops: its partitions show as under-replicated and get another leader within seconds.
 * On a cluster of its own, so the shared one stays whole for every other test.
 */
class BrokerFailoverTest {

    @Test
    void stoppingABrokerShowsUnderReplicatedPartitionsAndAMovedLeader() throws Exception {
        ExecutorService callbacks = Executors.newSingleThreadExecutor();
        try (TestCluster cluster = TestCluster.start(3);
             ClusterAdmin admin = ClusterAdmin.open(new ConnectionSettings(cluster.bootstrapServers(), Duration.ofSeconds(10)), callbacks);
             Admin check = cluster.admin()) {
            String topic = "failover-" + Long.toHexString(System.nanoTime());
            check.createTopics(List.of(new NewTopic(topic, 3, (short) 3))).all().get();
            TopicDetailsClient details = new TopicDetailsClient(admin);
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
                TopicPartitionsReport r = details.partitions(topic).join();
                return r.partitions().stream().allMatch(p -> p.isr().size() == 3 && !p.offline());
            });
            int stopped = details.partitions(topic).join().partitions().get(0).leader();

            cluster.stopNode(stopped);

            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
                TopicPartitionsReport report = details.partitions(topic).join();
                assertThat(report.underReplicatedCount()).isEqualTo(3);
                assertThat(report.offlineCount()).isZero();
                assertThat(report.partitions()).allSatisfy(p -> {
                    assertThat(p.isr()).hasSize(2).doesNotContain(stopped);
                    assertThat(p.leader()).isNotEqualTo(stopped);
                });
                assertThat(report.summary()).isEqualTo("3 partitions · 3 under-replicated");
            });
            Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                ClusterOverview overview = new ClusterOverviewReader(admin).read().join();
                assertThat(overview.brokers()).extracting(ClusterOverview.Broker::id).doesNotContain(stopped).hasSize(2);
                assertThat(overview.quorum().orElseThrow().voters()).hasSize(3);
                assertThat(overview.controllerId()).isNotEqualTo(stopped);
            });
        } finally {
            callbacks.shutdown();
        }
    }
}
