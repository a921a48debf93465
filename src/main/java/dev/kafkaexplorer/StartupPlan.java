package dev.kafkaexplorer;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.settings.AppSettings;
import java.util.OptionalInt;

/** What the app connects to when it opens, decided from the options and the last run. */
public sealed interface StartupPlan {

    /** Connect to this cluster (its bootstrap servers and client properties). */
    record ConnectTo(ClusterAccess access) implements StartupPlan {
    }

    /** Start the embedded broker (on {@code port}, or a free one when 0) and connect to it. */
    record StartLocalBroker(int port) implements StartupPlan {
    }

    /** Connect with the saved cluster profile {@code profileId} (its secrets are read from the secret store). */
    record ConnectProfile(String profileId) implements StartupPlan {
    }

    /** First run: try the Kafka quickstart's broker briefly, else start the embedded broker. */
    record TryQuickstartThenLocal(int port) implements StartupPlan {
    }

    /**
     * Command-line options win; otherwise the last successful connection is resumed; with neither,
     * a newcomer gets the quickstart broker if one runs, or the embedded broker.
     */
    static StartupPlan decide(LaunchOptions options, AppSettings settings) {
        if (options.bootstrapServers().isPresent()) {
            String servers = options.bootstrapServers().get();
            return new ConnectTo(options.commandConfig().map(file -> file.accessTo(servers))
                    .orElse(ClusterAccess.plaintext(servers)));
        }
        OptionalInt port = options.localBrokerPort();
        if (options.localBroker()) {
            return new StartLocalBroker(port.orElse(settings.localBrokerPort()));
        }
        return switch (settings.lastConnection()) {
            case BOOTSTRAP_SERVERS -> settings.lastBootstrapServers() == null
                    ? new TryQuickstartThenLocal(settings.localBrokerPort())
                    : new ConnectTo(ClusterAccess.plaintext(settings.lastBootstrapServers()));
            case LOCAL_BROKER -> new StartLocalBroker(settings.localBrokerPort());
            case PROFILE -> settings.lastProfileId() == null
                    ? new TryQuickstartThenLocal(settings.localBrokerPort())
                    : new ConnectProfile(settings.lastProfileId());
            case NONE -> new TryQuickstartThenLocal(settings.localBrokerPort());
        };
    }
}
