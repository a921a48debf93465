package dev.kafkaexplorer;

import dev.kafkaexplorer.kafka.ClientPropertiesFile;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.RegistryUrlRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command-line options of DESIGN.md §6, parsed once and then immutable. The
 * {@code --command-config} file is read here, on the launcher thread, so a missing or unreadable
 * file is refused before the window opens.
 */
public record LaunchOptions(
        Optional<String> bootstrapServers,
        boolean localBroker,
        OptionalInt localBrokerPort,
        Optional<Path> configDir,
        boolean exitWhenConnected,
        Optional<ClientPropertiesFile> commandConfig,
        Optional<String> profile,
        Optional<RegistryAccess> schemaRegistry) {

    public static final String USAGE = String.join(System.lineSeparator(),
            "Usage: kafka-explorer [options]",
            "  --bootstrap-servers=HOST:PORT[,...]  connect to this cluster on start",
            "  --profile=NAME                       connect with the saved cluster profile NAME",
            "  --local-broker                       start the embedded broker on start and connect to it",
            "  --local-broker-port=PORT             the embedded broker's client port (default: a free port)",
            "  --schema-registry=URL                the schema registry (http or https) for --bootstrap-servers, --local-broker",
            "                                       (instead of its own) or --profile (instead of the profile's);",
            "                                       a login goes in the URL: https://USER:PASSWORD@HOST:PORT",
            "  --command-config=FILE                Kafka client properties (security etc.) for --bootstrap-servers,",
            "                                       as Kafka's own tools take them",
            "  --config-dir=DIR                     where profiles, preferences and the local broker's data live",
            "  --exit-when-connected                quit once connected (status 0), or when the connection fails (status 1):",
            "                                       a smoke test of an installation",
            "  --help                               show this text");

    public static LaunchOptions none() {
        return new LaunchOptions(Optional.empty(), false, OptionalInt.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Parses {@code args}; unknown options and malformed values are refused with a message that
     * names them, because a silently ignored typo would connect the user somewhere unexpected.
     */
    public static LaunchOptions parse(List<String> args) {
        Optional<String> servers = Optional.empty();
        boolean local = false;
        OptionalInt port = OptionalInt.empty();
        Optional<Path> dir = Optional.empty();
        boolean exitWhenConnected = false;
        Optional<ClientPropertiesFile> commandConfig = Optional.empty();
        Optional<String> profile = Optional.empty();
        Optional<RegistryAccess> registry = Optional.empty();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1).trim() : null;
            switch (name) {
                case "--bootstrap-servers" -> {
                    if (value == null || value.isEmpty()) {
                        problems.add("--bootstrap-servers needs a value, e.g. --bootstrap-servers=localhost:9092");
                    } else {
                        Optional<String> error = dev.kafkaexplorer.kafka.BootstrapServersRules.check(value);
                        error.ifPresent(e -> problems.add("--bootstrap-servers: " + e));
                        servers = Optional.of(value);
                    }
                }
                case "--profile" -> {
                    if (value == null || value.isEmpty()) {
                        problems.add("--profile needs the name of a saved cluster profile, e.g. --profile=prod-eu");
                    } else {
                        profile = Optional.of(value);
                    }
                }
                case "--local-broker" -> local = true;
                case "--local-broker-port" -> {
                    try {
                        int p = Integer.parseInt(value == null ? "" : value);
                        if (p < 1 || p > 65535) {
                            throw new NumberFormatException();
                        }
                        port = OptionalInt.of(p);
                        local = true;
                    } catch (NumberFormatException e) {
                        problems.add("--local-broker-port needs a port number between 1 and 65535, got '" + value + "'");
                    }
                }
                case "--config-dir" -> {
                    if (value == null || value.isEmpty()) {
                        problems.add("--config-dir needs a directory, e.g. --config-dir=/tmp/kafka-explorer");
                    } else {
                        dir = Optional.of(Path.of(value).toAbsolutePath());
                    }
                }
                case "--command-config" -> {
                    if (value == null || value.isEmpty()) {
                        problems.add("--command-config needs a file, e.g. --command-config=client.properties");
                    } else {
                        try {
                            commandConfig = Optional.of(ClientPropertiesFile.load(Path.of(value).toAbsolutePath()));
                        } catch (IllegalArgumentException e) {
                            problems.add("--command-config: " + e.getMessage());
                        }
                    }
                }
                case "--schema-registry" -> {
                    if (value == null || value.isEmpty()) {
                        problems.add("--schema-registry needs a URL, e.g. --schema-registry=http://localhost:8081");
                    } else {
                        Optional<String> error = RegistryUrlRules.check(value, true);
                        error.ifPresent(e -> problems.add("--schema-registry: " + e));
                        registry = error.isPresent() ? registry : Optional.of(RegistryUrlRules.access(value));
                    }
                }
                case "--exit-when-connected" -> exitWhenConnected = true;
                default -> problems.add("unknown option '" + arg + "'");
            }
        }
        if (servers.isPresent() && local) {
            problems.add("--bootstrap-servers and --local-broker exclude each other: choose one cluster");
        }
        if (profile.isPresent() && (servers.isPresent() || local)) {
            problems.add("--profile excludes --bootstrap-servers and --local-broker: choose one cluster");
        }
        if (commandConfig.isPresent() && servers.isEmpty()) {
            problems.add("--command-config goes with --bootstrap-servers: name the cluster its settings are for");
        }
        if (registry.isPresent() && servers.isEmpty() && !local && profile.isEmpty()) {
            problems.add("--schema-registry goes with --bootstrap-servers, --local-broker or --profile: name the cluster whose registry it is");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new LaunchOptions(servers, local, port, dir, exitWhenConnected, commandConfig, profile, registry);
    }
}
