package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.LocalBrokerFactory.LocalBroker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local broker's life cycle: started and stopped on the workers, its state kept on the FX
 * thread. One per app, shared by its windows. Knows nothing of connections:
 * {@link ConnectionViewModel} connects to it once started.
 */
public final class LocalBrokerControl {

    private static final Logger LOG = LoggerFactory.getLogger(LocalBrokerControl.class);

    private final UiRuntime runtime;
    private final LocalBrokerFactory factory;
    private final ReadOnlyObjectWrapper<BrokerState> state = new ReadOnlyObjectWrapper<>(BrokerState.STOPPED);
    private LocalBroker running;

    public LocalBrokerControl(UiRuntime runtime, LocalBrokerFactory factory) {
        this.runtime = runtime;
        this.factory = factory;
    }

    ReadOnlyObjectProperty<BrokerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    BrokerState state() {
        return state.get();
    }

    /** The running broker's {@code host:port}, null when none runs. */
    String bootstrapServers() {
        return running == null ? null : running.bootstrapServers();
    }

    /** How clients reach the running broker: its servers, and the schema registry beside it when that started. */
    ClusterAccess access() {
        ClusterAccess broker = ClusterAccess.plaintext(running.bootstrapServers());
        return running.registryUrl() == null ? broker : broker.withRegistry(RegistryAccess.open(running.registryUrl()));
    }

    /** Why the running broker's schema registry did not start, in words; null when it did or no broker runs. */
    String registryProblem() {
        return running == null ? null : running.registryProblem();
    }

    /** The running broker's port, 0 when none runs. */
    int port() {
        return running == null ? 0 : running.port();
    }

    /** The running broker's data folder, null when none runs (or it keeps none). */
    java.nio.file.Path dataDir() {
        return running == null ? null : running.dataDir();
    }

    /**
     * Starts the broker on the workers. The returned future completes on the FX thread once the
     * state says how it went, with the started broker or the failure.
     */
    CompletableFuture<LocalBroker> start(int preferredPort) {
        state.set(BrokerState.STARTING);
        return runtime.whenDone(runtime.onWorker(() -> factory.start(preferredPort)), started -> {
            running = started;
            state.set(BrokerState.RUNNING);
        }, error -> {
            LOG.warn("Local broker did not start", error);
            state.set(BrokerState.STOPPED);
        });
    }

    /**
     * Stops the running broker on the workers once {@code clientsClosed} is done (a client still
     * open would keep asking the stopping broker). The returned future completes on the FX thread
     * once the state is {@link BrokerState#STOPPED}.
     */
    CompletableFuture<Void> stop(CompletionStage<?> clientsClosed) {
        LocalBroker stopping = running;
        running = null;
        state.set(BrokerState.STOPPING);
        CompletableFuture<Void> stopped = clientsClosed.toCompletableFuture()
                .handle((ignored, error) -> null)
                .thenRunAsync(stopping::stop, runtime.workers());
        return runtime.whenDone(stopped, ignored -> state.set(BrokerState.STOPPED), error -> {
            LOG.warn("Local broker did not stop cleanly", error);
            state.set(BrokerState.STOPPED);
        });
    }

    /** For the app ending: forgets the broker now and returns its blocking stop, for the shutdown thread. */
    public Runnable prepareShutdown() {
        LocalBroker last = running;
        running = null;
        return () -> {
            if (last != null) {
                last.stop();
            }
        };
    }
}
