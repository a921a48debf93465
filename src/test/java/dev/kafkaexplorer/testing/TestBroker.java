package dev.kafkaexplorer.testing;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * One embedded broker for the whole test JVM, on a free port with a temporary data directory:
 * starting a broker per class would cost seconds each on a 2-core CI machine.
 */
public final class TestBroker {

    private static EmbeddedBroker broker;

    private TestBroker() {
    }

    public static synchronized String bootstrapServers() {
        if (broker == null) {
            try {
                Path dir = Files.createTempDirectory("kafka-explorer-test-broker");
                broker = new EmbeddedBroker(dir, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-broker-stop"));
        }
        return broker.bootstrapServers();
    }

    /** A plain admin client for checking what the app did, independent of the app's own code. */
    public static Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", bootstrapServers()));
    }

    /** A topic name no other test uses. */
    public static String uniqueTopic(String prefix) {
        return prefix + "-" + Long.toHexString(System.nanoTime());
    }
}
