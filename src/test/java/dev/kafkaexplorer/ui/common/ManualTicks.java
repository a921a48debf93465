package dev.kafkaexplorer.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A {@link TickSource} for tests: time stands still until {@link #advance(Duration)} moves it
 * (running the repeating ticks and delays that fall due, in order) and frames come when
 * {@link #frame()} says. No toolkit, no waiting.
 */
public final class ManualTicks implements TickSource {

    private long now = 1_000_000_000L;
    private final List<FrameTicker> frames = new ArrayList<>();
    private final List<TimedTicker> timed = new ArrayList<>();

    /** A runtime whose FX thread and workers are the calling thread, with this manual time. */
    public UiRuntime runtime() {
        return new UiRuntime(Runnable::run, Runnable::run, this);
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public Ticker everyFrame(LongConsumer onFrame) {
        FrameTicker ticker = new FrameTicker(onFrame);
        frames.add(ticker);
        return ticker;
    }

    @Override
    public Ticker every(Duration period, Runnable onTick) {
        TimedTicker ticker = new TimedTicker(period.toNanos(), true, onTick);
        timed.add(ticker);
        return ticker;
    }

    @Override
    public Ticker after(Duration delay, Runnable action) {
        TimedTicker ticker = new TimedTicker(delay.toNanos(), false, action);
        timed.add(ticker);
        return ticker;
    }

    /** One frame at the current time, for every started frame ticker. */
    public void frame() {
        for (FrameTicker ticker : List.copyOf(frames)) {
            if (ticker.started) {
                ticker.onFrame.accept(now);
            }
        }
    }

    /** Moves time on by {@code step}, running what falls due on the way, then one frame. */
    public void advance(Duration step) {
        long target = now + step.toNanos();
        while (true) {
            Optional<TimedTicker> next = timed.stream().filter(t -> t.started && t.due <= target)
                    .min(Comparator.comparingLong(t -> t.due));
            if (next.isEmpty()) {
                break;
            }
            TimedTicker ticker = next.get();
            now = Math.max(now, ticker.due);
            if (ticker.repeat) {
                ticker.due += ticker.period;
            } else {
                ticker.started = false;
            }
            ticker.action.run();
        }
        now = target;
        frame();
    }

    /** Whether any delay or repeating tick is started: e.g. a debounce still waiting. */
    public boolean anyTimerStarted() {
        return timed.stream().anyMatch(t -> t.started);
    }

    private static final class FrameTicker implements Ticker {
        private final LongConsumer onFrame;
        private boolean started;

        FrameTicker(LongConsumer onFrame) {
            this.onFrame = onFrame;
        }

        @Override
        public void start() {
            started = true;
        }

        @Override
        public void stop() {
            started = false;
        }
    }

    private final class TimedTicker implements Ticker {
        private final long period;
        private final boolean repeat;
        private final Runnable action;
        private boolean started;
        private long due;

        TimedTicker(long period, boolean repeat, Runnable action) {
            this.period = period;
            this.repeat = repeat;
            this.action = action;
        }

        @Override
        public void start() {
            started = true;
            due = now + period;
        }

        @Override
        public void stop() {
            started = false;
        }
    }
}
