package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import java.nio.file.Path;

/** Starts the project's embedded KRaft broker with its data in one folder: the app's {@link LocalBrokerFactory}. */
public final class EmbeddedBrokerFactory implements LocalBrokerFactory {

    private final Path dataDir;

    public EmbeddedBrokerFactory(Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public LocalBroker start(int preferredPort) {
        // Reuse last run's port when it is still free, so recent lists and other tools keep working.
        int port = preferredPort > 0 && EmbeddedBroker.isPortFree(preferredPort) ? preferredPort : 0;
        EmbeddedBroker broker = new EmbeddedBroker(dataDir, port);
        broker.start();
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
            public void stop() {
                broker.stop();
            }
        };
    }
}
