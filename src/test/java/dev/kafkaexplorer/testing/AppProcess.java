package dev.kafkaexplorer.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the app as a user's shell does, in a JVM of its own on headless JavaFX, with the test's
 * class path: for what only a whole process shows (its exit status, what it leaves on disk).
 */
public final class AppProcess {

    /** What the process ended with and everything it printed. */
    public record Ended(int status, String output) {
    }

    private static final long TIMEOUT_SECONDS = 90;

    private AppProcess() {
    }

    /** Runs {@code dev.kafkaexplorer.Launcher} with {@code args} until it ends by itself (at most 90 s). */
    public static Ended run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dkafkaexplorer.secrets=file",
                "dev.kafkaexplorer.Launcher"));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("kafka-explorer-process", ".log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!app.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("The app did not end by itself within " + TIMEOUT_SECONDS
                        + " s; its output:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Ended(app.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            app.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
