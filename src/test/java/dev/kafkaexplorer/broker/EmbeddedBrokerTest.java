package dev.kafkaexplorer.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker's life cycle: chosen port, data kept between runs, clean stop. */
class EmbeddedBrokerTest {

    @Test
    void keepsTopicsAcrossRestartsOnAnotherPortAndLeavesNoThreadsBehind(@TempDir Path dir) throws Exception {
        Set<String> before = nonDaemonThreads();
        int chosen = EmbeddedBroker.freePort();
        EmbeddedBroker first = new EmbeddedBroker(dir, chosen);
        first.start();
        assertThat(first.bootstrapServers()).isEqualTo("127.0.0.1:" + chosen);
        String clusterId;
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", first.bootstrapServers()))) {
            clusterId = admin.describeCluster().clusterId().get();
            admin.createTopics(List.of(new NewTopic("kept", 2, (short) 1))).all().get();
        }
        first.stop();
        assertThat(first.isRunning()).isFalse();

        EmbeddedBroker second = new EmbeddedBroker(dir, 0);
        second.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", second.bootstrapServers()))) {
            assertThat(admin.describeCluster().clusterId().get()).isEqualTo(clusterId);
            assertThat(admin.listTopics().names().get()).contains("kept");
            assertThat(admin.describeTopics(List.of("kept")).allTopicNames().get().get("kept").partitions()).hasSize(2);
        }
        second.stop();
        assertThat(nonDaemonThreads()).isSubsetOf(before);
    }

    private static Set<String> nonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }
}
