package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.registry.local.LocalSchemaRegistry;
import java.nio.file.Path;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the project's embedded KRaft broker with its data in one folder, and the local schema
 * registry beside it: the app's {@link LocalBrokerFactory}. A registry that does not start leaves
 * the broker working without one, and says why.
 */
public final class EmbeddedBrokerFactory implements LocalBrokerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokerFactory.class);

    /** A started schema registry: its base URL and how to stop it. */
    public record RunningRegistry(String url, Runnable stop) {
    }

    /** Starts a schema registry on the broker {@code broker} reaches. Blocking. */
    @FunctionalInterface
    public interface RegistryStarter {
        RunningRegistry start(ClusterAccess broker) throws Exception;
    }

    /** The app's: {@link LocalSchemaRegistry}, its schemas in the broker's {@code _schemas} topic. */
    public static final RegistryStarter LOCAL_REGISTRY = broker -> {
        LocalSchemaRegistry registry = LocalSchemaRegistry.start(broker);
        return new RunningRegistry(registry.url(), registry::close);
    };

    private final Path dataDir;
    private final RegistryStarter registries;

    public EmbeddedBrokerFactory(Path dataDir) {
        this(dataDir, LOCAL_REGISTRY);
    }

    public EmbeddedBrokerFactory(Path dataDir, RegistryStarter registries) {
        this.dataDir = dataDir;
        this.registries = registries;
    }

    @Override
    public LocalBroker start(int preferredPort) {
        // Reuse last run's port when it is still free, so recent lists and other tools keep working.
        int port = preferredPort > 0 && EmbeddedBroker.isPortFree(preferredPort) ? preferredPort : 0;
        EmbeddedBroker broker = new EmbeddedBroker(dataDir, port);
        broker.start();
        RunningRegistry started = null;
        String problem = null;
        try {
            started = registries.start(ClusterAccess.plaintext(broker.bootstrapServers()));
            LOG.info("Local schema registry on {}", started.url());
        } catch (Exception | LinkageError e) {
            // The broker works without it: the formats that need no registry still read.
            problem = words(e);
            LOG.warn("The local schema registry did not start: {}", problem, e);
        }
        RunningRegistry registry = started;
        String registryProblem = problem;
        return new LocalBroker() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public int port() {
                return broker.port();
            }

            @Override
            public Path dataDir() {
                return dataDir;
            }

            @Override
            public String registryUrl() {
                return registry == null ? null : registry.url();
            }

            @Override
            public String registryProblem() {
                return registryProblem;
            }

            @Override
            public void stop() {
                // The registry first: it is a client of the broker.
                if (registry != null) {
                    try {
                        registry.stop().run();
                    } catch (RuntimeException e) {
                        LOG.warn("The local schema registry did not stop cleanly", e);
                    }
                }
                broker.stop();
            }
        };
    }

    /** The failure in words: Kafka's worded as the app words them, others by their own message. */
    private static String words(Throwable e) {
        boolean own = e.getMessage() != null && !e.getMessage().isBlank() && !(e instanceof KafkaException);
        return own ? e.getMessage() : KafkaErrorText.general(e);
    }
}
