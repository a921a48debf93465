package dev.kafkaexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a benchmark's measured passes cost, added up over the passes: CPU by thread group and of the
 * whole process, the collectors' milliseconds and collections, the JIT's milliseconds. Per pass,
 * since each start of a live view makes a new consumer thread, and a thread's CPU time goes with it.
 */
final class PassCosts {

    /** The counters at a pass's start. */
    record Before(Map<String, Long> cpu, Map<String, Long> allocated, long processCpu, Map<String, long[]> gc, long jit) {
    }

    private final Map<String, Long> cpu = new TreeMap<>();
    private final Map<String, Long> allocated = new TreeMap<>();
    private final Map<String, long[]> gc = new TreeMap<>();
    private long processCpu;
    private long jit;
    private double seconds;
    private int passes;

    static Before begin() {
        return new Before(BenchJvm.cpuByThreadGroup(), BenchJvm.allocationByThreadGroup(), BenchJvm.processCpuNanos(), BenchJvm.collectorTimes(),
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }

    /** Adds the pass that began at {@code before} and took {@code passSeconds}; answers the collections in it. */
    long end(Before before, double passSeconds) {
        BenchJvm.cpuByThreadGroup().forEach((group, nanos) -> cpu.merge(group, nanos - before.cpu().getOrDefault(group, 0L), Long::sum));
        BenchJvm.allocationByThreadGroup().forEach((group, bytes) ->
                allocated.merge(group, bytes - before.allocated().getOrDefault(group, 0L), Long::sum));
        processCpu += BenchJvm.processCpuNanos() - before.processCpu();
        Map<String, long[]> gcNow = BenchJvm.collectorTimes();
        gcNow.forEach((name, after) -> {
            long[] was = before.gc().getOrDefault(name, new long[2]);
            long[] total = gc.computeIfAbsent(name, n -> new long[2]);
            total[0] += after[0] - was[0];
            total[1] += after[1] - was[1];
        });
        jit += ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - before.jit();
        seconds += passSeconds;
        passes++;
        // A collection in a pass takes the collector's share of the two cores from it.
        return gcNow.entrySet().stream().filter(e -> !e.getKey().contains("Pauses"))
                .mapToLong(e -> e.getValue()[1] - before.gc().getOrDefault(e.getKey(), new long[2])[1]).sum();
    }

    /** CPU seconds of one thread group over the passes. */
    double cpuSeconds(String group) {
        return cpu.getOrDefault(group, 0L) / 1e9;
    }

    /** Two lines: wall time, process CPU, each group's CPU, the collectors', the JIT's; each group's allocation. */
    String describe(String what) {
        StringBuilder groups = new StringBuilder();
        cpu.forEach((group, nanos) -> groups.append(String.format("%s %.2f s · ", group, nanos / 1e9)));
        StringBuilder allocations = new StringBuilder();
        allocated.forEach((group, bytes) -> allocations.append(String.format("%s %,.0f MB · ", group, bytes / 1e6)));
        return String.format("CPU during %s's %d passes, %.2f s wall on %d cores: process %.2f s = %s%sJIT %.2f s",
                what, passes, seconds, Runtime.getRuntime().availableProcessors(), processCpu / 1e9, groups,
                gc.entrySet().stream().map(e -> String.format("%s %.2f s in %d · ", e.getKey(), e.getValue()[0] / 1e3, e.getValue()[1]))
                        .collect(Collectors.joining()), jit / 1e3)
                + String.format("%n    allocated during %s's passes (threads that ended in a pass are not counted): %s", what, allocations);
    }
}
