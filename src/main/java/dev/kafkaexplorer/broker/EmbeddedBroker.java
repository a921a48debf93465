package dev.kafkaexplorer.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker (broker and controller in one process) running inside the app.
 * Its data directory is formatted on first start and reused afterwards, so topics and records
 * survive restarts. {@link #start()} and {@link #stop()} block: never call them on the FX thread.
 */
public final class EmbeddedBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int requestedPort;
    private KafkaRaftServer server;
    private int port;
    private Thread exitHook;

    /**
     * @param dataDir where the broker keeps its log directory (created when missing)
     * @param port    client port, or 0 for a free one
     */
    public EmbeddedBroker(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.requestedPort = port;
    }

    /** Formats the storage if needed, starts the broker and returns once it accepts clients. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        List<Integer> free = freePorts(2);
        int clientPort = requestedPort > 0 ? requestedPort : free.get(0);
        int controllerPort = free.get(0) == clientPort ? free.get(1) : free.get(0);
        Path logDir = dataDir.resolve("kraft-logs");
        Properties props = brokerProperties(clientPort, controllerPort, logDir);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        formatIfNeeded(logDir);
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        long began = System.nanoTime();
        try {
            starting.startup();
        } catch (RuntimeException e) {
            shutdownQuietly(starting);
            throw e;
        }
        server = starting;
        port = clientPort;
        // A terminated process (logout, SIGTERM) still stops the broker cleanly, so the next start is quick.
        exitHook = new Thread(this::stop, "local-broker-exit-hook");
        Runtime.getRuntime().addShutdownHook(exitHook);
        LOG.info("Local broker up on {} in {} ms, data in {}", bootstrapServers(),
                (System.nanoTime() - began) / 1_000_000, logDir);
    }

    /** Stops the broker and waits until its threads have ended. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long began = System.nanoTime();
        shutdownQuietly(server);
        server = null;
        if (exitHook != null && Thread.currentThread() != exitHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException alreadyExiting) {
                // the JVM is shutting down; the hook has nothing left to do
            }
        }
        exitHook = null;
        LOG.info("Local broker stopped in {} ms", (System.nanoTime() - began) / 1_000_000);
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The {@code host:port} clients connect to; valid while running. */
    public synchronized String bootstrapServers() {
        if (server == null) {
            throw new IllegalStateException("The local broker is not running");
        }
        return HOST + ":" + port;
    }

    public synchronized int port() {
        return port;
    }

    private static void shutdownQuietly(KafkaRaftServer s) {
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Local broker did not stop cleanly: {}", e.toString());
        }
    }

    private static Properties brokerProperties(int clientPort, int controllerPort, Path logDir) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        // A static quorum: the voter set lives in the config, not in the log, so the controller
        // port may change from run to run while the data directory stays the same.
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + clientPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + clientPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        // One node: the internal topics cannot have more than one replica.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // After an unclean exit the controller keeps the old registration until its session
        // expires (9 s by default), and the restarted broker waits that long to register again.
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "1500");
        // The cleaner's 128 MiB default dedupe buffer would live on the app's own heap.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        // Topics are made on purpose in this app, never by a consumer's typo.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        return p;
    }

    /**
     * The formatter of a new single-node KRaft data directory in {@code logDir} (a new cluster id,
     * the controller listener named CONTROLLER, the latest production metadata version), not run yet:
     * the test brokers add what they need (SCRAM users) to the same set-up.
     */
    public static Formatter storageFormatter(Path logDir, int nodeId) {
        return new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(nodeId)
                .setDirectories(List.of(logDir.toString()))
                .setMetadataLogDirectory(logDir.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setUnstableFeatureVersionsEnabled(false);
    }

    private static void formatIfNeeded(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the local broker's data directory " + logDir, e);
        }
        try {
            storageFormatter(logDir, NODE_ID).run();
            LOG.info("Formatted a new local broker data directory in {}", logDir);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the local broker's data directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    /** A port that is free on the loopback address right now. */
    public static int freePort() {
        return freePorts(1).get(0);
    }

    /**
     * {@code count} distinct free ports on the loopback address: all are bound at once before any is
     * let go, as two quick asks one after the other may get the same port back.
     */
    public static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // A socket that will not close holds its port; the port numbers are still distinct.
                }
            }
        }
    }

    /** Whether {@code port} can be bound on the loopback address right now. */
    public static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
