package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the settings remember about connecting: the recent bootstrap servers the bar offers, the
 * last connection (resumed on the next start), the local broker's port and the connect timeout.
 * Used on the FX thread; writes go to the workers.
 */
final class ConnectionMemory {

    private final SettingsStore store;
    private final Executor workers;
    private final ObservableList<String> recentServers = FXCollections.observableArrayList();
    private AppSettings settings;

    ConnectionMemory(AppSettings settings, SettingsStore store, Executor workers) {
        this.settings = settings;
        this.store = store;
        this.workers = workers;
        recentServers.setAll(settings.recentBootstrapServers());
    }

    ObservableList<String> recentServers() {
        return recentServers;
    }

    Duration connectTimeout() {
        return Duration.ofSeconds(settings.connectTimeoutSeconds());
    }

    int localBrokerPort() {
        return settings.localBrokerPort();
    }

    /** Remembers the connection just made: the local broker on {@code localPort}, else {@code servers}. */
    void remember(boolean localBroker, String servers, int localPort) {
        if (localBroker) {
            rememberLocalBroker(localPort);
        } else {
            rememberServers(servers);
        }
    }

    /** Remembers a successful connection to {@code servers}, which heads the recent list. */
    private void rememberServers(String servers) {
        save(saved -> saved.withBootstrapConnection(servers));
        recentServers.setAll(settings.recentBootstrapServers());
    }

    /** Remembers that the local broker, on {@code port}, was used. */
    private void rememberLocalBroker(int port) {
        save(saved -> saved.withLocalBrokerConnection(port));
    }

    private void save(UnaryOperator<AppSettings> change) {
        settings = change.apply(settings);
        // Only this change goes to disk: other preferences may have been saved since this copy was read.
        workers.execute(() -> store.update(change));
    }
}
