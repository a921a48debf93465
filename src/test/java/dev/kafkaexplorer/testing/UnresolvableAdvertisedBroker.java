package dev.kafkaexplorer.testing;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node KRaft broker that makes Docker's classic mistake: its client listener listens on
 * 127.0.0.1 but advertises {@value #ADVERTISED_HOST}, a name that never resolves. The bootstrap
 * works, everything after it does not. (The broker talks to itself on a second, correct listener.)
 */
public final class UnresolvableAdvertisedBroker implements AutoCloseable {

    public static final String ADVERTISED_HOST = "kafka.no-such-host.invalid";
    private static final String HOST = "127.0.0.1";

    private final Path dir;
    private final KafkaRaftServer server;
    private final int clientPort;

    private UnresolvableAdvertisedBroker(Path dir, KafkaRaftServer server, int clientPort) {
        this.dir = dir;
        this.server = server;
        this.clientPort = clientPort;
    }

    /** Formats a temporary data directory and starts the broker; blocks until it takes clients. */
    public static UnresolvableAdvertisedBroker start() {
        try {
            Path dir = Files.createTempDirectory("kafka-explorer-advertised");
            Path logDir = dir.resolve("kraft-logs");
            List<Integer> ports = EmbeddedBroker.freePorts(3);
            int client = ports.get(0);
            int internal = ports.get(1);
            int controller = ports.get(2);
            Properties p = new Properties();
            p.put("process.roles", "broker,controller");
            p.put("node.id", "1");
            p.put("controller.quorum.voters", "1@" + HOST + ":" + controller);
            p.put("listeners", "CLIENT://" + HOST + ":" + client + ",INTERNAL://" + HOST + ":" + internal
                    + ",CONTROLLER://" + HOST + ":" + controller);
            p.put("advertised.listeners", "CLIENT://" + ADVERTISED_HOST + ":" + client
                    + ",INTERNAL://" + HOST + ":" + internal);
            p.put("listener.security.protocol.map", "CLIENT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT");
            p.put("controller.listener.names", "CONTROLLER");
            p.put("inter.broker.listener.name", "INTERNAL");
            p.put("log.dirs", logDir.toString());
            p.put("offsets.topic.replication.factor", "1");
            p.put("transaction.state.log.replication.factor", "1");
            p.put("transaction.state.log.min.isr", "1");
            p.put("share.coordinator.state.topic.replication.factor", "1");
            p.put("share.coordinator.state.topic.min.isr", "1");
            p.put("num.network.threads", "1");
            p.put("num.io.threads", "2");
            Files.createDirectories(logDir);
            EmbeddedBroker.storageFormatter(logDir, 1).run();
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(p, false), Time.SYSTEM);
            server.startup();
            return new UnresolvableAdvertisedBroker(dir, server, client);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The broker with an unresolvable advertised listener did not start", e);
        }
    }

    /** The address that works: the listener's real one on 127.0.0.1. */
    public String bootstrapServers() {
        return HOST + ":" + clientPort;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        TempDirs.deleteQuietly(dir);
    }
}
