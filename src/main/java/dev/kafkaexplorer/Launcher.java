package dev.kafkaexplorer;

import java.time.Duration;
import java.util.List;
import dev.kafkaexplorer.ui.common.RenderingSettings;
import javafx.application.Application;

/**
 * Plain {@code main}, the entry of the runnable jar: checks the command line, runs {@link App},
 * and makes sure the JVM exits soon after the window closed.
 */
public final class Launcher {

    /** How long the broker and clients get to stop before the process exits regardless. */
    private static final Duration EXIT_DEADLINE = Duration.ofSeconds(4);

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        try {
            LaunchOptions.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("kafka-explorer: " + e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
        }
        RenderingSettings.applyBeforeToolkitStarts();
        Application.launch(App.class, args);
        boolean clean = App.awaitShutdown(EXIT_DEADLINE);
        if (!clean) {
            System.err.println("kafka-explorer: the local broker did not stop within "
                    + EXIT_DEADLINE.toSeconds() + " s; exiting anyway (its data is safe: Kafka recovers the log on the next start)");
        }
        // Kafka's own non-daemon threads must not keep a closed app alive.
        System.exit(App.exitStatus());
    }
}
