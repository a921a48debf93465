package dev.kafkaexplorer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The startup figure: a cold launch, as a user starts the app, until the window shows and until it
 * is connected to the embedded broker. Each run is a new JVM running {@code Launcher --local-broker};
 * five runs with a fresh config dir (a first run: the broker formats its data directory) and five
 * reusing one. Times are taken from process start here to the app's "Startup:" log lines, which
 * App writes when the window is shown and when it first connects. Prints figures; asserts nothing.
 *
 * <p>Two ways of launching are measured: the class path launch ({@code java -cp …}, what
 * {@code mvn javafx:run} and the runnable jar do) and, when {@code mvn -Ppackage package} has built
 * it, the app image's own launcher with its class-data sharing archive, which is what the installed
 * app runs. The app image needs a display (it has no headless toolkit); so does nothing else here:
 * without DISPLAY, the class path launch runs on headless Monocle with software rendering.
 */
class StartupBenchmark {

    private static final int RUNS = 5;
    private static final long RUN_TIMEOUT_SECONDS = 120;
    /** Where {@code mvn -Ppackage package} puts the app image's launcher. */
    private static final Path APP_IMAGE_LAUNCHER = Path.of("target", "jpackage", "kafka-explorer", "bin", "kafka-explorer").toAbsolutePath();
    private static final Pattern MARKER = Pattern.compile("Startup: (window shown|connected) (\\d+) ms after the JVM started");

    /**
     * What one launch took, in ms from starting the process; the app's own count from JVM start
     * beside it; and the CPU time the app had used when connected, which other load on the machine
     * does not inflate.
     */
    private record Run(long windowMs, long connectedMs, long appWindowMs, long appConnectedMs, long cpuMs) {
    }

    @Test
    void coldLaunchToWindowAndConnected() throws Exception {
        boolean display = System.getenv("DISPLAY") != null && !System.getenv("DISPLAY").isBlank();
        System.out.printf("== Startup benchmark (%d cores, %s) ==%n", Runtime.getRuntime().availableProcessors(),
                display ? "window on DISPLAY " + System.getenv("DISPLAY") : "headless Monocle, software rendering");

        measure("class path launch (java -cp, no class-data sharing archive)", classPathLaunch(display));
        if (!Files.isExecutable(APP_IMAGE_LAUNCHER)) {
            System.out.println("No app image at " + APP_IMAGE_LAUNCHER + ": build it with mvn -Ppackage package -DskipTests to measure it too.");
        } else if (!display) {
            System.out.println("The app image needs a display: run under xvfb-run (or on a desktop) to measure it.");
        } else {
            warnIfStale();
            measure("app image launch (" + APP_IMAGE_LAUNCHER + ", with its class-data sharing archive)", List.of(APP_IMAGE_LAUNCHER.toString()));
        }
    }

    private static void measure(String kind, List<String> launcher) throws Exception {
        System.out.println("-- " + kind);
        List<Run> fresh = new ArrayList<>();
        Path reused = null;
        for (int i = 1; i <= RUNS; i++) {
            Path configDir = Files.createTempDirectory("kafka-explorer-startup");
            fresh.add(print("fresh config dir ", i, launch(launcher, configDir)));
            if (reused != null) {
                deleteTree(reused);
            }
            reused = configDir;
        }
        List<Run> again = new ArrayList<>();
        for (int i = 1; i <= RUNS; i++) {
            again.add(print("reused config dir", i, launch(launcher, reused)));
        }
        deleteTree(reused);

        summarise(kind + ", fresh config dir (first run, broker formats its data)", fresh);
        summarise(kind + ", reused config dir (later runs)", again);
    }

    /** {@code java -cp <this class path> [headless options] [-Dbench.appJvmArgs] Launcher}. */
    private static List<String> classPathLaunch(boolean display) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        // The app's JVM options (collector, heap), as javafx:run and the app image start it.
        String options = System.getProperty("app.jvm.options", "").trim();
        if (!options.isEmpty()) {
            command.addAll(List.of(options.split("\\s+")));
        }
        if (!display) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        }
        // JVM options to compare, e.g. -Dbench.appJvmArgs="-XX:TieredStopAtLevel=1".
        String extra = System.getProperty("bench.appJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("dev.kafkaexplorer.Launcher");
        return command;
    }

    /** Says so when the image is older than the compiled classes: it would measure yesterday's app. */
    private static void warnIfStale() throws IOException {
        Path jar = APP_IMAGE_LAUNCHER.getParent().resolveSibling("lib").resolve("app");
        long image = Files.getLastModifiedTime(jar).toMillis();
        try (Stream<Path> classes = Files.walk(Path.of("target", "classes", "dev"))) {
            if (classes.anyMatch(c -> c.toFile().lastModified() > image)) {
                System.out.println("WARNING: the app image is older than target/classes; rebuild it with mvn -Ppackage package -DskipTests");
            }
        }
    }

    private static Run launch(List<String> launcher, Path configDir) throws Exception {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("--local-broker", "--config-dir=" + configDir));

        long began = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        Deque<String> lastLines = new ConcurrentLinkedDeque<>();
        CompletableFuture<Run> markers = new CompletableFuture<>();
        Thread reader = new Thread(() -> readMarkers(app, began, lastLines, markers), "startup-benchmark-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return markers.get(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("No launch in " + configDir + " reached 'connected' within "
                    + RUN_TIMEOUT_SECONDS + " s; its last output:\n" + String.join("\n", lastLines), e);
        } finally {
            // SIGTERM: the app's shutdown hook stops the local broker cleanly, so the next run reuses its data as a user's would.
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * Reads the app's output to its end (so it never blocks on a full pipe) and completes
     * {@code result} at the "connected" line.
     */
    private static void readMarkers(Process app, long began, Deque<String> lastLines, CompletableFuture<Run> result) {
        long window = -1;
        long appWindow = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lastLines.addLast(line);
                if (lastLines.size() > 30) {
                    lastLines.removeFirst();
                }
                Matcher marker = MARKER.matcher(line);
                if (!marker.find()) {
                    continue;
                }
                long sinceLaunch = (System.nanoTime() - began) / 1_000_000;
                long sinceJvmStart = Long.parseLong(marker.group(2));
                if (marker.group(1).equals("window shown")) {
                    window = sinceLaunch;
                    appWindow = sinceJvmStart;
                } else {
                    long cpu = app.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                    result.complete(new Run(window, sinceLaunch, appWindow, sinceJvmStart, cpu));
                }
            }
            result.completeExceptionally(new IllegalStateException("The app ended before it was connected"));
        } catch (IOException e) {
            result.completeExceptionally(e);
        }
    }

    private static Run print(String kind, int number, Run run) {
        System.out.printf("%s run %d: window shown %,6d ms, connected %,6d ms after launch"
                        + " (app's own count from JVM start: %,d ms, %,d ms; CPU used by then: %,d ms)%n",
                kind, number, run.windowMs(), run.connectedMs(), run.appWindowMs(), run.appConnectedMs(), run.cpuMs());
        return run;
    }

    private static void summarise(String kind, List<Run> runs) {
        System.out.printf("Median of %d, %s: window shown %,d ms, connected %,d ms (CPU used by then: %,d ms)%n",
                runs.size(), kind,
                median(runs.stream().mapToLong(Run::windowMs).toArray()),
                median(runs.stream().mapToLong(Run::connectedMs).toArray()),
                median(runs.stream().mapToLong(Run::cpuMs).toArray()));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
