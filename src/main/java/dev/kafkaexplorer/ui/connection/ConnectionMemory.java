package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.SettingsStore;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the settings remember about connecting: the recent bootstrap servers the bar offers, the
 * last connection (resumed on the next start), the local broker's port, the connect timeout, and
 * the start's security settings and {@code --schema-registry} for connecting to its cluster again.
 * Used on the FX thread; writes go to the workers.
 */
final class ConnectionMemory {

    private final SettingsStore store;
    private final Executor workers;
    private final ObservableList<String> recentServers = FXCollections.observableArrayList();
    private AppSettings settings;
    private ClusterAccess startupAccess;
    /** The start's {@code --schema-registry} for a profile or the local broker, and the id of that profile. */
    private RegistryAccess startupRegistry;
    private String startupRegistryFor;

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

    /** Whether an earlier start has already said what the first start connected to. */
    boolean firstStartTold() {
        return settings.firstStartTold();
    }

    /** Remembers that the first start's note was shown: later starts stay silent. */
    void rememberFirstStartTold() {
        save(AppSettings::withFirstStartTold);
    }

    /** The start's access with its client properties (--command-config), kept for connecting to its servers again. */
    void rememberStartupAccess(ClusterAccess access) {
        startupAccess = access;
    }

    /**
     * The start's {@code --schema-registry} (null: none), for the profile {@code profileId}
     * ({@link dev.kafkaexplorer.settings.ClusterProfile#LOCAL_BROKER_ID}: the local broker).
     */
    void rememberStartupRegistry(String profileId, RegistryAccess registry) {
        startupRegistry = registry;
        startupRegistryFor = profileId;
    }

    /**
     * What makes the access to the profile {@code profileId} (or the local broker): the start's
     * {@code --schema-registry} replaces its registry when the start named it; else nothing changes.
     */
    UnaryOperator<ClusterAccess> registryFor(String profileId) {
        RegistryAccess given = startupRegistry;
        return given != null && profileId.equals(startupRegistryFor) ? access -> access.withRegistry(given) : access -> access;
    }

    /**
     * How to reach the servers typed in the bar: connecting again to the start's servers (after a
     * failure, say) keeps its security settings; any other servers are reached without.
     */
    ClusterAccess accessFor(String typed) {
        ClusterAccess plain = ClusterAccess.plaintext(typed);
        boolean again = startupAccess != null && startupAccess.bootstrapServers().equals(plain.bootstrapServers());
        return again ? startupAccess : plain;
    }

    /**
     * Remembers the connection just made, for the next start: its profile, else the local broker on
     * {@code localPort}, else {@code access}'s servers.
     */
    void remember(ConnectionViewModel.Connection made, ClusterAccess access, int localPort) {
        if (made.profile() != null) {
            save(saved -> saved.withProfileConnection(made.profile().id()));
        } else if (made.localBroker()) {
            rememberLocalBroker(localPort);
        } else if (access.clientProperties().isEmpty()) {
            // Settings keep servers only: a secured access resumed without its properties would fail.
            rememberServers(access.bootstrapServers());
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
