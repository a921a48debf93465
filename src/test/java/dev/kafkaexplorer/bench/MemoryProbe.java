package dev.kafkaexplorer.bench;

import dev.kafkaexplorer.ui.UiTestSupport;
import dev.kafkaexplorer.ui.live.LiveViewModel;
import dev.kafkaexplorer.ui.live.StartChoice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.stage.Window;
import org.awaitility.Awaitility;

/**
 * The app as {@link MemoryBenchmark} measures it: a JVM of its own, started with the app's JVM
 * options, running the real {@code App} on headless JavaFX with its embedded broker, as a first
 * start does. It answers the benchmark's commands, one a line on stdin, with lines starting
 * {@code PROBE} on stdout (the app's log goes there too):
 * <ul>
 * <li>{@code connected}: waits until the status line reads Connected;</li>
 * <li>{@code live TOPIC KEEP}: the Live tab reads TOPIC from Earliest, following, keeping KEEP rows;</li>
 * <li>{@code pulses}: the gaps between FX pulses since the last time asked (count, p50, p99, max), the
 * frame times while the records stream;</li>
 * <li>{@code passed}: how many records have passed through the live view (shown or dropped while it caught up);</li>
 * <li>{@code memory LABEL} / {@code memory-after-gc LABEL}: this process's memory, as the OS and the JVM count it;</li>
 * <li>{@code quit}: closes the app as its window's close does.</li>
 * </ul>
 * Arguments: the config dir; how to connect ({@code --local-broker-port=PORT} or {@code --bootstrap-servers=…}).
 */
public final class MemoryProbe {

    private static final int LIVE_TAB = 2;
    /** Started once the live view reads: the frame times while the records stream. */
    private static final PulseGaps PULSES = new PulseGaps();

    private MemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        UiTestSupport.configureHeadless();
        Application app;
        try {
            app = UiTestSupport.startAppIn(Path.of(args[0]), args[1]);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            answer("failed to start: " + e);
            System.exit(2);
            return;
        }
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = commands.readLine()) != null) {
            String[] words = line.trim().split(" ", 2);
            String argument = words.length > 1 ? words[1] : "";
            switch (words[0]) {
                case "connected" -> {
                    Awaitility.await().atMost(90, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                            .until(() -> onFx(() -> ((Labeled) find("#connectionStatus")).getText()).contains("Connected"));
                    answer("connected");
                }
                case "live" -> {
                    String[] topicAndKeep = argument.split(" ");
                    readFromEarliest(topicAndKeep[0], topicAndKeep[1]);
                    answer("live reading " + argument);
                }
                case "pulses" -> answer("pulses " + PULSES.takeFigures());
                case "passed" -> answer("passed " + onFx(() -> model().rowsReceived() + model().rowsDroppedBeforeShown()));
                case "memory" -> answer("memory " + argument + " " + figures());
                case "memory-after-gc" -> {
                    diagnosticCommand("gcRun");
                    answer("memory " + argument + " " + figures());
                    boolean tracked = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                            .anyMatch(option -> option.startsWith("-XX:NativeMemoryTracking"));
                    if (tracked) {
                        diagnosticCommand("vmNativeMemory", "summary").lines().forEach(l -> System.out.println("NMT " + l));
                    }
                }
                case "quit" -> {
                    UiTestSupport.stopApp(app);
                    answer("quit");
                    System.exit(0);
                }
                default -> answer("unknown command " + line);
            }
        }
        System.exit(1);
    }

    /** As a user does: refresh the topic list, open the Live tab, name the topic, Earliest, Keep, Start. */
    private static void readFromEarliest(String topic, String keep) {
        onFx(() -> {
            ((TabPane) find("#mainTabs")).getSelectionModel().select(0);
            ((Button) find("#refreshTopicsButton")).fire();
            ((TabPane) find("#mainTabs")).getSelectionModel().select(LIVE_TAB);
            return null;
        });
        Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> onFx(() -> find("#liveTable") != null && model().inputs().topicNames().contains(topic)));
        onFx(() -> {
            model().inputs().topicProperty().set(topic);
            model().inputs().startFromProperty().set(StartChoice.EARLIEST);
            model().inputs().capacityTextProperty().set(keep);
            model().applyCapacity();
            ((Button) find("#liveStart")).fire();
            return null;
        });
        Awaitility.await().atMost(30, TimeUnit.SECONDS).pollInterval(100, TimeUnit.MILLISECONDS)
                .until(() -> onFx(() -> model().runningProperty().get()));
        onFx(() -> {
            PULSES.start();
            return null;
        });
    }

    /** The time between consecutive FX pulses, as the live table benchmark counts them. */
    private static final class PulseGaps extends AnimationTimer {
        private final List<Long> gaps = new ArrayList<>();
        private long last;

        @Override
        public void handle(long now) {
            synchronized (gaps) {
                if (last != 0) {
                    gaps.add(now - last);
                }
            }
            last = now;
        }

        /** {@code count=… p50=… p99=… max=…} (ms) of the gaps since the last call, which start afresh. */
        String takeFigures() {
            long[] sorted;
            synchronized (gaps) {
                sorted = gaps.stream().mapToLong(Long::longValue).sorted().toArray();
                gaps.clear();
            }
            if (sorted.length == 0) {
                return "count=0";
            }
            return String.format(java.util.Locale.ROOT, "count=%d p50=%.1f p99=%.1f max=%.1f", sorted.length,
                    percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    /**
     * {@code key=value} pairs: resident memory and its peak as {@code top} and {@code ps} read them
     * (/proc/self/status, kB), its anonymous, file-backed and shared parts (a multi-mapped heap
     * shows as shared), the heap used and committed, the JVM's other committed memory, and the
     * rows the live table keeps.
     */
    private static String figures() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            String[] parts = line.split(":\\s+", 2);
            if (parts.length == 2 && parts[0].matches("VmRSS|VmHWM|RssAnon|RssFile|RssShmem")) {
                figures.put(parts[0], parts[1].replace(" kB", "").trim());
            }
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        figures.put("heapUsed", String.valueOf(heap.getUsed() / 1024));
        figures.put("heapCommitted", String.valueOf(heap.getCommitted() / 1024));
        figures.put("heapMax", String.valueOf(heap.getMax() / 1024));
        figures.put("nonHeapCommitted", String.valueOf(nonHeap.getCommitted() / 1024));
        // Direct buffers, the NIO's per-thread temporary ones for socket reads and writes among them.
        figures.put("direct", String.valueOf(ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum() / 1024));
        figures.put("threads", String.valueOf(ManagementFactory.getThreadMXBean().getThreadCount()));
        figures.put("rows", String.valueOf(onFx(() -> find("#liveTable") == null ? 0 : model().retainedRows().size())));
        StringBuilder text = new StringBuilder();
        figures.forEach((key, value) -> text.append(key).append('=').append(value).append(' '));
        return text.toString().trim();
    }

    /**
     * What {@code jcmd} would run: {@code gcRun} a full collection ({@code System.gc()} alone may
     * run concurrently), {@code vmNativeMemory summary} the JVM's account of its memory.
     */
    private static String diagnosticCommand(String name, String... arguments) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), name,
                new Object[] {arguments}, new String[] {String[].class.getName()}));
    }

    private static LiveViewModel model() {
        return (LiveViewModel) find("#liveTable").getProperties().get(LiveViewModel.class);
    }

    /** The node {@code selector} finds in the app's main window, or null; called on the FX thread. */
    private static Node find(String selector) {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().lookup(selector))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static <T> T onFx(Callable<T> query) {
        return UiTestSupport.onFx(query);
    }

    private static void answer(String text) {
        System.out.println("PROBE " + text);
        System.out.flush();
    }
}
