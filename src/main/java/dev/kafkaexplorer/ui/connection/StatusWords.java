package dev.kafkaexplorer.ui.connection;

import dev.kafkaexplorer.StartupPlan;
import dev.kafkaexplorer.ui.connection.ConnectionViewModel.Connection;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The connection bar's status line in words: what it is connected to, what failed, what is missing. */
final class StatusWords {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private StatusWords() {
    }

    /**
     * "Connected — cluster …" (naming the profile, or the local broker's servers and its schema
     * registry's URL, or why the local registry did not start: {@code registryProblem}, null when it did).
     */
    static String connected(Connection c, int brokers, String servers, String registryUrl, String registryProblem) {
        String cluster = "cluster " + c.info().clusterId() + ", " + brokers + (brokers == 1 ? " broker" : " brokers");
        if (c.profile() != null) {
            return "Connected to " + c.profile().name() + " — " + cluster;
        }
        if (!c.localBroker()) {
            return "Connected — " + cluster;
        }
        // After the parenthesis: tools and tests read the servers from "(local broker on …)".
        String registry = registryUrl != null ? ", schema registry on " + registryUrl
                : registryProblem != null ? "; local schema registry did not start: " + registryProblem : "";
        return "Connected — " + cluster + " (local broker on " + servers + ")" + registry;
    }

    /** The health watch found the cluster silent; the words must not say "Connected". */
    static String notAnswering(Connection c, LocalTime since) {
        String who = c.profile() != null ? c.profile().name() + ": cluster" : "Cluster";
        return who + " not answering since " + TIME.format(since) + " — retrying";
    }

    /** What the attempt is about: "prod-eu (kafka-1:9093)" or the servers. */
    static String target(String name, String servers) {
        return name == null ? servers : name + " (" + servers + ")";
    }

    /** {@code --profile=NAME} named no saved profile: say which there are. */
    static String noSuchProfile(StartupPlan.NoSuchProfile plan) {
        String saved = plan.savedNames().isEmpty() ? "There are no saved profiles yet."
                : "Saved profiles: " + String.join(", ", plan.savedNames()) + ".";
        return "No saved profile is named '" + plan.name() + "'. " + saved;
    }
}
