package dev.kafkaexplorer.ui.connection;

/** Starts the single-node broker the app can run itself; the app's is {@link EmbeddedBrokerFactory}. */
public interface LocalBrokerFactory {

    /**
     * Starts a broker, on {@code preferredPort} when that is above 0 and free, else on any free
     * port, and returns once it accepts clients. Blocking: call it on a worker.
     */
    LocalBroker start(int preferredPort);

    /** A started local broker. */
    interface LocalBroker {
        /** The {@code host:port} clients connect to. */
        String bootstrapServers();

        int port();

        /** The folder its data lives in, for telling the user; null when it keeps none on disk. */
        default java.nio.file.Path dataDir() {
            return null;
        }

        /** The base URL of the schema registry started beside it; null when none runs. */
        default String registryUrl() {
            return null;
        }

        /** Why the schema registry beside it did not start, in words; null when it did (or none was tried). */
        default String registryProblem() {
            return null;
        }

        /** Stops the broker (its registry first) and waits for it. Blocking: call it on a worker. */
        void stop();
    }
}
