package dev.kafkaexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * What the benchmarks read of the JVM they run in: CPU time by thread and process, the collectors'
 * work, the heap after a full collection, a thread's stacks sampled; and the statistics they print.
 */
final class BenchJvm {

    private BenchJvm() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The {@code p} percentile of sorted nanoseconds, in milliseconds; 0 when there are none. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * Per collector MXBean, milliseconds and collections so far: G1's beans count its pauses, ZGC's
     * "Cycles" bean its concurrent cycles (which run beside the application) and "Pauses" its pauses.
     */
    static Map<String, long[]> collectorTimes() {
        Map<String, long[]> times = new TreeMap<>();
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            times.put(gc.getName(), new long[] {Math.max(0, gc.getCollectionTime()), Math.max(0, gc.getCollectionCount())});
        }
        return times;
    }

    /** CPU time so far of the threads that matter here, grouped by what they do. */
    static Map<String, Long> cpuByThreadGroup() {
        var threads = ManagementFactory.getThreadMXBean();
        return byThreadGroup(threads::getThreadCpuTime);
    }

    /** Bytes allocated so far by the threads that matter here, grouped as {@link #cpuByThreadGroup}. */
    static Map<String, Long> allocationByThreadGroup() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return byThreadGroup(threads::getThreadAllocatedBytes);
    }

    private static Map<String, Long> byThreadGroup(java.util.function.LongUnaryOperator perThread) {
        var threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            var info = threads.getThreadInfo(id);
            long value = perThread.applyAsLong(id);
            if (info == null || value < 0) {
                continue;
            }
            String name = info.getThreadName();
            String group = name.equals("JavaFX Application Thread") ? "FX thread"
                    : name.startsWith("QuantumRenderer") ? "renderer"
                    : name.startsWith("live-consumer") ? "consumer thread"
                    : name.startsWith("ui-worker") ? "UI workers"
                    : name.startsWith("sampler") || name.startsWith("main") ? "benchmark"
                    : "broker+other";
            groups.merge(group, value, Long::sum);
        }
        return groups;
    }

    /** Heap in use after a full collection (what jcmd GC.run does: System.gc() alone may run concurrently). */
    static long usedHeapAfterGc() {
        try {
            diagnosticCommand("gcRun");
        } catch (JMException e) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The first lines of the class histogram of live objects (after a full collection). */
    static void printClassHistogram(int lines) throws JMException {
        String histogram = (String) diagnosticCommand("gcClassHistogram");
        histogram.lines().limit(lines).forEach(line -> System.out.println("HISTO " + line));
    }

    private static Object diagnosticCommand(String command) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                command, new Object[] {null}, new String[] {String[].class.getName()});
    }

    /**
     * A daemon thread (not started) that samples the stacks of the thread named by
     * -Dbench.sampleThread (default the FX thread) every 5 ms, counting each top-ten-frames stack in {@code hot}.
     */
    static Thread stackSampler(Map<String, Integer> hot) {
        String sampled = System.getProperty("bench.sampleThread", "JavaFX Application Thread");
        Thread sampler = new Thread(() -> {
            Thread target = null;
            while (!Thread.currentThread().isInterrupted()) {
                if (target == null || !target.isAlive()) {
                    // A live view's consumer thread is new with each start: the sampler follows the current one.
                    target = Thread.getAllStackTraces().keySet().stream()
                            .filter(t -> t.getName().startsWith(sampled)).findFirst().orElse(null);
                } else {
                    StackTraceElement[] stack = target.getStackTrace();
                    StringBuilder key = new StringBuilder();
                    for (int i = 0; i < Math.min(stack.length, 10); i++) {
                        key.append(stack[i].getClassName().replaceAll(".*\\.", "")).append('.').append(stack[i].getMethodName()).append(" < ");
                    }
                    hot.merge(key.toString(), 1, Integer::sum);
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sampler");
        sampler.setDaemon(true);
        return sampler;
    }

    /** The {@code limit} stacks sampled most often, with their counts. */
    static void printHot(Map<String, Integer> hot, int limit) {
        hot.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.println("HOT " + e.getValue() + "  " + e.getKey()));
    }
}
