package dev.kafkaexplorer.testing;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A KRaft cluster of in-process nodes, each a combined broker and controller, with a static
 * quorum of all of them, on free loopback ports and temporary directories. The nodes start in
 * parallel: each one's startup blocks until a majority of the quorum is up. {@link #shared()} is
 * one 3-node cluster per test JVM, run in a process of its own; a test that stops nodes makes its
 * own in-process cluster with {@link #start(int)}.
 */
public final class TestCluster implements AutoCloseable {

    private static final String HOST = "127.0.0.1";
    private static Endpoint shared;

    private final Path dir;
    private final String clusterId = Uuid.randomUuid().toString();
    /** Node id to its config; the ports stay the same if a node is started again. */
    private final Map<Integer, KafkaConfig> configs = new LinkedHashMap<>();
    private final Map<Integer, KafkaRaftServer> running = new LinkedHashMap<>();

    private TestCluster(Path dir, int nodes) {
        this.dir = dir;
        Iterator<Integer> free = EmbeddedBroker.freePorts(2 * nodes).iterator();
        Map<Integer, Integer> clientPorts = new LinkedHashMap<>();
        Map<Integer, Integer> controllerPorts = new LinkedHashMap<>();
        for (int id = 1; id <= nodes; id++) {
            clientPorts.put(id, free.next());
            controllerPorts.put(id, free.next());
        }
        String voters = controllerPorts.entrySet().stream()
                .map(e -> e.getKey() + "@" + HOST + ":" + e.getValue())
                .collect(Collectors.joining(","));
        for (int id = 1; id <= nodes; id++) {
            Path logDir = dir.resolve("node-" + id);
            configs.put(id, KafkaConfig.fromProps(nodeProperties(id, nodes, voters, clientPorts.get(id),
                    controllerPorts.get(id), logDir), false));
            format(id, logDir);
        }
    }

    /** Where a cluster answers: its id and its nodes' client addresses, node 1 first. */
    public record Endpoint(String clusterId, List<String> servers) {

        public String bootstrapServers() {
            return String.join(",", servers);
        }

        public int clientPort(int nodeId) {
            String server = servers.get(nodeId - 1);
            return Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
        }

        /** A plain admin client for this cluster; close it when done. */
        public Admin admin() {
            return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
        }
    }

    /**
     * The shared 3-node cluster, started on first use in a child JVM ({@link ThreeBrokerClusterMain})
     * and stopped when this JVM exits. A process of its own: its nodes start threads lazily for
     * as long as they run, which would otherwise show up in tests that check the app leaves no
     * thread behind; and its 3 brokers' memory is not the tests' heap.
     */
    public static synchronized Endpoint shared() {
        if (shared == null) {
            shared = fork();
        }
        return shared;
    }

    private static Endpoint fork() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                ThreeBrokerClusterMain.class.getName(), "--no-topics", "--exit-on-eof").redirectErrorStream(true);
        try {
            Process process = builder.start();
            // Closing its stdin asks the child to stop its nodes and exit.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopFork(process), "test-cluster-stop"));
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> seen = new ArrayList<>();
            String clusterId = null;
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                seen.add(line);
                if (line.startsWith(ThreeBrokerClusterMain.CLUSTER_ID)) {
                    clusterId = line.substring(ThreeBrokerClusterMain.CLUSTER_ID.length());
                } else if (line.startsWith(ThreeBrokerClusterMain.BOOTSTRAP_SERVERS)) {
                    List<String> servers = List.of(line.substring(ThreeBrokerClusterMain.BOOTSTRAP_SERVERS.length()).split(","));
                    Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "test-cluster-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new Endpoint(clusterId, servers);
                }
            }
            throw new IllegalStateException("The test cluster process ended before it was up:\n"
                    + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test cluster process", e);
        }
    }

    private static void stopFork(Process process) {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A cluster of its own with {@code nodes} nodes, all running; close it when done. */
    public static TestCluster start(int nodes) {
        try {
            TestCluster cluster = new TestCluster(Files.createTempDirectory("kafka-explorer-test-cluster"), nodes);
            cluster.startNodes(List.copyOf(cluster.configs.keySet()));
            return cluster;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every node's client address, comma-separated. */
    public String bootstrapServers() {
        return configs.keySet().stream().map(id -> HOST + ":" + clientPort(id)).collect(Collectors.joining(","));
    }

    public int clientPort(int nodeId) {
        return configs.get(nodeId).listeners().head().port();
    }

    public String clusterId() {
        return clusterId;
    }

    /** A plain admin client for this cluster; close it when done. */
    public Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    /** Stops one node (its broker and its controller) and waits until it has stopped. */
    public void stopNode(int nodeId) {
        KafkaRaftServer server;
        synchronized (this) {
            server = running.remove(nodeId);
        }
        if (server != null) {
            shutdown(server);
        }
    }

    /** Starts a stopped node again on the same ports and data. */
    public void startNode(int nodeId) {
        startNodes(List.of(nodeId));
    }

    private void startNodes(List<Integer> ids) {
        // In parallel: one node alone is no majority, so its startup would wait for the others.
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int id : ids) {
            starts.add(CompletableFuture.runAsync(() -> {
                KafkaRaftServer server = new KafkaRaftServer(configs.get(id), Time.SYSTEM);
                server.startup();
                synchronized (this) {
                    running.put(id, server);
                }
            }, runnable -> new Thread(runnable, "test-cluster-start-" + id).start()));
        }
        try {
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops every node at once (one after the other, the last would wait for a quorum that is gone). */
    @Override
    public void close() {
        List<KafkaRaftServer> servers;
        synchronized (this) {
            servers = new ArrayList<>(running.values());
            running.clear();
        }
        List<Thread> stops = servers.stream()
                .map(s -> new Thread(() -> shutdown(s), "test-cluster-stop-node"))
                .toList();
        stops.forEach(Thread::start);
        for (Thread t : stops) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        TempDirs.deleteQuietly(dir);
    }

    private static void shutdown(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            System.err.println("A test cluster node did not stop cleanly: " + e);
        }
    }

    private static Properties nodeProperties(int id, int nodes, String voters, int clientPort, int controllerPort, Path logDir) {
        String replicas = String.valueOf(Math.min(3, nodes));
        String minIsr = String.valueOf(Math.max(1, Math.min(3, nodes) - 1));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(id));
        p.put("controller.quorum.voters", voters);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        // A stopped node is fenced, and its partitions get new leaders, within seconds.
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "1500");
        // A controlled shutdown asks the active controller to move leaders first and waits up to
        // five minutes for its answer: when close() stops every node at once, no controller is left
        // to answer and a test hung there for the whole five minutes. Fencing takes 1.5 s instead.
        p.put("controlled.shutdown.enable", "false");
        p.put("replica.lag.time.max.ms", "3000");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("num.network.threads", "1");
        p.put("num.io.threads", "2");
        p.put("num.replica.fetchers", "1");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("background.threads", "2");
        return p;
    }

    private void format(int nodeId, Path logDir) {
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(clusterId)
                    .setNodeId(nodeId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setUnstableFeatureVersionsEnabled(false)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format node " + nodeId + " in " + logDir, e);
        }
    }
}
