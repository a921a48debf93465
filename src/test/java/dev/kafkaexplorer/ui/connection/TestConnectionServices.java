package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.settings.ProfileRepository;
import dev.kafkaexplorer.settings.SettingsStore;
import dev.kafkaexplorer.settings.secrets.InMemorySecretStore;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

/** Connection services for view-model tests: the given fakes, profiles in memory, a cluster that always answers. */
final class TestConnectionServices {

    /** 12:03:04 UTC: the time the status line names. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T12:03:04Z"), ZoneOffset.UTC);

    private TestConnectionServices() {
    }

    static ConnectionServices of(UiRuntime runtime, SettingsStore store, ClusterConnector connector, LocalBrokerFactory brokers,
                                 BrokerProbe probe, ConnectionDiagnosis diagnosis) {
        return of(runtime, store, connector, (connection, timeout) -> CompletableFuture.completedFuture(1), brokers, probe,
                diagnosis);
    }

    static ConnectionServices of(UiRuntime runtime, SettingsStore store, ClusterConnector connector, ClusterHeartbeat heartbeat,
                                 LocalBrokerFactory brokers, BrokerProbe probe, ConnectionDiagnosis diagnosis) {
        return new ConnectionServices(connector, heartbeat, new LocalBrokerControl(runtime, brokers), probe, diagnosis,
                new ProfileRepository(store, new InMemorySecretStore()), CLOCK);
    }
}
