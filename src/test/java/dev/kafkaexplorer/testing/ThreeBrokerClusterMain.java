package dev.kafkaexplorer.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Starts a 3-node KRaft test cluster, adds a few demo topics with records, prints its bootstrap
 * servers and runs until killed (or stdin ends), e.g. to look at the app connected to it:
 * {@code java -cp target/test-classes:target/classes:… dev.kafkaexplorer.testing.ThreeBrokerClusterMain}
 * then {@code Launcher --bootstrap-servers=<printed>}. {@code --no-topics} leaves it empty. Lines
 * {@code stop N} and {@code start N} on stdin stop and restart node N, to watch a failover;
 * with {@code --exit-on-eof} the end of stdin stops the cluster and the process (the tests'
 * shared cluster runs so: it ends with the test JVM).
 */
public final class ThreeBrokerClusterMain {

    static final String CLUSTER_ID = "Cluster id: ";
    static final String BOOTSTRAP_SERVERS = "Bootstrap servers: ";

    private ThreeBrokerClusterMain() {
    }

    public static void main(String[] args) throws Exception {
        TestCluster cluster = TestCluster.start(3);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "three-broker-cluster-stop"));
        if (!List.of(args).contains("--no-topics")) {
            addDemoTopics(cluster);
        }
        System.out.println(CLUSTER_ID + cluster.clusterId());
        System.out.println(BOOTSTRAP_SERVERS + cluster.bootstrapServers());
        System.out.flush();
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null; line = commands.readLine()) {
            String[] words = line.trim().split("\\s+");
            if (words.length == 2 && words[0].equals("stop")) {
                cluster.stopNode(Integer.parseInt(words[1]));
                System.out.println("Stopped node " + words[1]);
            } else if (words.length == 2 && words[0].equals("start")) {
                cluster.startNode(Integer.parseInt(words[1]));
                System.out.println("Started node " + words[1]);
            } else if (!line.isBlank()) {
                System.out.println("Commands: stop N, start N");
            }
        }
        if (List.of(args).contains("--exit-on-eof")) {
            System.exit(0);
        }
        new CountDownLatch(1).await();
    }

    private static void addDemoTopics(TestCluster cluster) throws Exception {
        try (Admin admin = cluster.admin()) {
            admin.createTopics(List.of(
                    new NewTopic("orders", 6, (short) 3).configs(Map.of("retention.ms", "604800000", "min.insync.replicas", "2")),
                    new NewTopic("payments", 3, (short) 3).configs(Map.of("cleanup.policy", "compact")),
                    new NewTopic("page-views", 12, (short) 2),
                    new NewTopic("audit-log", 1, (short) 1))).all().get();
        }
        Map<String, Object> props = Map.of("bootstrap.servers", cluster.bootstrapServers(), "linger.ms", 20);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 20_000; i++) {
                producer.send(new ProducerRecord<>("orders", "order-" + i, "{\"id\":" + i + ",\"total\":" + (i % 97) + ".50}"));
                if (i % 3 == 0) {
                    producer.send(new ProducerRecord<>("page-views", "user-" + (i % 400), "{\"path\":\"/p/" + i + "\"}"));
                }
                if (i % 5 == 0) {
                    producer.send(new ProducerRecord<>("payments", "pay-" + (i % 800), "{\"amount\":" + i + "}"));
                }
            }
        }
    }
}
