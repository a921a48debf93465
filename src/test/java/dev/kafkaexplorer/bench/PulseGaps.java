package dev.kafkaexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The FX pulses during a live view's measured passes: the gap from one pulse to the next (what a
 * user feels as a stutter), the FX thread's CPU in each table refresh, and in each gap longer than
 * two frames. -Dbench.gaps=true prints each such gap as it happens.
 */
final class PulseGaps {

    private static final long TWO_FRAMES_NANOS = 33_400_000L;

    private final List<Long> gaps = new ArrayList<>(100_000);
    /** The same, leaving out each pass's first half second: a start's first frames (the table filling from empty) against streaming. */
    private final List<Long> streamingGaps = new ArrayList<>(100_000);
    /** The FX thread's CPU in each gap over two frames: near zero, the thread was stopped (a collector's pause, the scheduler). */
    private final List<Long> longGapFxCpu = new CopyOnWriteArrayList<>();
    /** The FX thread's CPU from one pulse to the next in pulses that took a batch of rows: a table refresh's own cost. */
    private final List<Long> refreshFxCpu = new ArrayList<>(10_000);
    private final AnimationTimer timer;
    private volatile long passStart;
    private long lastPulse;
    private long lastFxCpu;
    private long batchesAtLastPulse;

    /** {@code appendedBatches}: the live view's count of batches taken by the table (read on the FX thread). */
    PulseGaps(LongSupplier appendedBatches) {
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now, appendedBatches.getAsLong());
            }
        };
    }

    private void pulse(long now, long batches) {
        long fxCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        if (lastPulse != 0) {
            long gap = now - lastPulse;
            gaps.add(gap);
            if (batches != batchesAtLastPulse) {
                refreshFxCpu.add(fxCpu - lastFxCpu);
            }
            if (now - passStart > 500_000_000L) {
                streamingGaps.add(gap);
            }
            if (gap > TWO_FRAMES_NANOS) {
                longGapFxCpu.add(fxCpu - lastFxCpu);
                if (Boolean.getBoolean("bench.gaps")) {
                    System.out.printf("GAP %.1f ms (FX thread CPU in it %.1f ms) ending at uptime %d ms, batches appended so far: %d%n",
                            gap / 1e6, (fxCpu - lastFxCpu) / 1e6, ManagementFactory.getRuntimeMXBean().getUptime(), batches);
                }
            }
        }
        lastPulse = now;
        lastFxCpu = fxCpu;
        batchesAtLastPulse = batches;
    }

    /** Starts recording for a pass (the first pulse of a pass has no gap before it). */
    void startPass() {
        passStart = System.nanoTime();
        Platform.runLater(() -> {
            lastPulse = 0;
            timer.start();
        });
    }

    void endPass() {
        Platform.runLater(timer::stop);
    }

    /** The 99th percentile of every gap recorded, in milliseconds (read once the passes are over). */
    double p99() {
        return BenchJvm.pct(sorted(gaps), 0.99);
    }

    /** The gaps' p50, p99 and max; those after each pass's first half second; the FX thread's CPU per refresh and in the long gaps. */
    void print(String during) {
        long[] all = sorted(gaps);
        System.out.printf("FX pulse gaps during %s, %,d pulses: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", during, all.length,
                BenchJvm.pct(all, 0.50), BenchJvm.pct(all, 0.99), BenchJvm.pct(all, 1));
        long[] streaming = sorted(streamingGaps);
        System.out.printf("    leaving out each pass's first 0.5 s, %,d pulses: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", streaming.length,
                BenchJvm.pct(streaming, 0.50), BenchJvm.pct(streaming, 0.99), BenchJvm.pct(streaming, 1));
        long[] refresh = sorted(refreshFxCpu);
        System.out.printf("    FX thread CPU per table refresh (%d pulses that took a batch): mean %.1f ms, p50 %.1f ms, p90 %.1f ms, max %.1f ms%n",
                refresh.length, Arrays.stream(refresh).average().orElse(0) / 1e6, BenchJvm.pct(refresh, 0.50),
                BenchJvm.pct(refresh, 0.90), BenchJvm.pct(refresh, 1));
        System.out.printf("    %d gaps longer than two frames; the FX thread's CPU in each (near 0: stopped by a collector pause or the "
                + "scheduler; 10+ ms: a table refresh's work): %s ms%n", longGapFxCpu.size(),
                longGapFxCpu.stream().sorted().map(nanos -> String.format("%.1f", nanos / 1e6)).toList());
    }

    private static long[] sorted(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
