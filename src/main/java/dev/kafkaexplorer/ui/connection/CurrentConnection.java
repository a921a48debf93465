package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.ui.common.UiRuntime;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.State;
import dev.kafkaexplorer.settings.ClusterProfile;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection a window's screens work on, its label, and the status line, which follows the
 * {@link HealthWatch}: "Connected" only while the cluster answers. Replaced only by a connection
 * that answered, so a failed attempt elsewhere leaves it working. Used on the FX thread.
 */
final class CurrentConnection {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentConnection.class);

    private final UiRuntime runtime;
    private final ClusterConnector connector;
    private final HealthWatch health;
    private final LocalBrokerControl localBroker;
    final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Not connected");
    final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.DISCONNECTED);
    final ReadOnlyObjectWrapper<Connection> connection = new ReadOnlyObjectWrapper<>();
    final ReadOnlyObjectWrapper<ConnectionLabel> label = new ReadOnlyObjectWrapper<>();
    private String servers;
    /** The base URL of the connection's schema registry; null when it has none. */
    private String registryUrl;
    private int brokers;

    CurrentConnection(UiRuntime runtime, ConnectionServices services) {
        this.runtime = runtime;
        this.connector = services.connector();
        this.localBroker = services.localBroker();
        this.health = new HealthWatch(runtime, services.heartbeat(), services.clock(), new HealthWatch.Listener() {
            @Override
            public void notAnswering(LocalTime since) {
                if (state.get() == State.CONNECTED) {
                    show();
                }
            }

            @Override
            public void answeringAgain(int answering) {
                brokers = answering;
                if (state.get() == State.UNREACHABLE) {
                    show();
                }
            }
        });
    }

    Connection get() {
        return connection.get();
    }

    void say(State now, String words) {
        state.set(now);
        status.set(words);
    }

    /**
     * The profile of the current connection when {@code servers} are its servers: connecting to
     * them again (Connect, Ctrl+Enter in the bar) keeps the profile's security and read-only mode.
     */
    Optional<ClusterProfile> profileOn(String servers) {
        Connection now = connection.get();
        return now == null || now.profile() == null || now.profile().isLocalBroker()
                || !now.profile().bootstrapServers().trim().equals(servers.trim())
                ? Optional.empty() : Optional.of(now.profile());
    }

    /**
     * {@code connected}, made to {@code madeTo} with {@code access}, answered: it replaces the
     * current one, whose client is closed.
     */
    void replaceWith(Connection connected, String madeTo, ClusterAccess access) {
        Connection old = connection.get();
        connection.set(connected);
        label.set(ConnectionLabel.of(connected, madeTo));
        servers = madeTo;
        registryUrl = access == null ? null : access.schemaRegistry().map(RegistryAccess::url).orElse(null);
        brokers = connected.info().brokerCount();
        health.watch(connected);
        show();
        LOG.info("{}", status.get());
        if (old != null) {
            closeLater(old);
        }
    }

    /** An attempt failed: said in words, after the status of the connection that is kept, if any. */
    void fail(String words) {
        // The log tells what happened when; the words name the cause, never a secret.
        LOG.warn("{}", words);
        if (connection.get() == null) {
            say(State.FAILED, words);
        } else {
            show();
            status.set(status.get() + ". " + words);
        }
    }

    /** The status of the current connection as the health watch last saw it, or {@code otherwise} without one. */
    void showOr(State otherwise, String words) {
        if (connection.get() == null) {
            say(otherwise, words);
        } else {
            show();
        }
    }

    private void show() {
        Connection current = connection.get();
        if (health.answering()) {
            // The local registry's failure is worth saying only while no other registry stands in for it.
            String registryProblem = current.localBroker() && registryUrl == null ? localBroker.registryProblem() : null;
            say(State.CONNECTED, StatusWords.connected(current, brokers, servers, registryUrl, registryProblem));
        } else {
            say(State.UNREACHABLE, StatusWords.notAnswering(current, health.since()));
        }
    }

    /** Forgets the connection now; its client closes on the workers. */
    CompletableFuture<Void> drop() {
        health.stop();
        Connection current = connection.get();
        connection.set(null);
        label.set(null);
        return current == null ? CompletableFuture.completedFuture(null) : closeLater(current);
    }

    CompletableFuture<Void> closeLater(Connection c) {
        return CompletableFuture.runAsync(() -> connector.close(c), runtime.workers());
    }

    /** For the window closing: forgets the connection now and returns the blocking close of its client. */
    Runnable prepareShutdown() {
        health.stop();
        Connection current = connection.get();
        connection.set(null);
        return () -> {
            if (current != null) {
                connector.close(current);
            }
        };
    }
}
