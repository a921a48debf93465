package dev.kafkaexplorer;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.settings.AppSettings;
import dev.kafkaexplorer.settings.ClusterProfile;
import java.util.List;
import java.util.OptionalInt;

/** What the app connects to when it opens, decided from the options and the last run. */
public sealed interface StartupPlan {

    /** Connect to this cluster (its bootstrap servers, client properties and schema registry, if any). */
    record ConnectTo(ClusterAccess access) implements StartupPlan {
    }

    /**
     * Start the embedded broker (on {@code port}, or a free one when 0) and connect to it, with
     * {@code registry} ({@code --schema-registry}) as its schema registry; null: the local one started beside it.
     */
    record StartLocalBroker(int port, RegistryAccess registry) implements StartupPlan {
        public StartLocalBroker(int port) {
            this(port, null);
        }
    }

    /**
     * Connect with the saved cluster profile {@code profileId} (its secrets are read from the secret
     * store), with {@code registry} ({@code --schema-registry}) as its schema registry; null: the profile's own.
     */
    record ConnectProfile(String profileId, RegistryAccess registry) implements StartupPlan {
        public ConnectProfile(String profileId) {
            this(profileId, null);
        }
    }

    /**
     * {@code --profile=NAME} named no saved profile: nothing is connected, and the status line says
     * so with the names of the saved ones ({@code --exit-when-connected} ends with status 1).
     */
    record NoSuchProfile(String name, List<String> savedNames) implements StartupPlan {
        public NoSuchProfile {
            savedNames = List.copyOf(savedNames);
        }
    }

    /** First run: try the Kafka quickstart's broker briefly, else start the embedded broker. */
    record TryQuickstartThenLocal(int port) implements StartupPlan {
    }

    /**
     * Command-line options win ({@code --profile} is looked up among the saved profiles, the
     * built-in local broker's name included); otherwise the last successful connection is resumed; with neither,
     * a newcomer gets the quickstart broker if one runs, or the embedded broker.
     */
    static StartupPlan decide(LaunchOptions options, AppSettings settings) {
        RegistryAccess registry = options.schemaRegistry().orElse(null);
        if (options.profile().isPresent()) {
            return withProfile(options.profile().get(), settings, registry);
        }
        if (options.bootstrapServers().isPresent()) {
            String servers = options.bootstrapServers().get();
            return new ConnectTo(options.commandConfig().map(file -> file.accessTo(servers))
                    .orElse(ClusterAccess.plaintext(servers)).withRegistry(registry));
        }
        OptionalInt port = options.localBrokerPort();
        if (options.localBroker()) {
            return new StartLocalBroker(port.orElse(settings.localBrokerPort()), registry);
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

    private static StartupPlan withProfile(String name, AppSettings settings, RegistryAccess registry) {
        String wanted = name.trim();
        ClusterProfile local = ClusterProfile.localBroker();
        if (local.name().equalsIgnoreCase(wanted)) {
            return new ConnectProfile(local.id(), registry);
        }
        return settings.profiles().stream().filter(p -> p.name().equalsIgnoreCase(wanted)).findFirst()
                .<StartupPlan>map(p -> new ConnectProfile(p.id(), registry))
                .orElseGet(() -> new NoSuchProfile(wanted, settings.profiles().stream().map(ClusterProfile::name).toList()));
    }
}
