package dev.kafkaexplorer.ui.common;

import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Time as a view-model sees it: a clock, frames, repeating ticks and delays. The app passes
 * {@link FxTicks} (JavaFX's pulse, timelines and transitions); tests pass a manual source that
 * moves time when told, so a view-model's timing is tested without the toolkit and without waiting.
 * Clock and tickers come from one place so that, in a test, what a ticker sees as "now" and what
 * the clock says agree.
 */
public interface TickSource {

    /** A monotonic clock in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Calls {@code onFrame} with the frame's time in nanoseconds once per frame while started. */
    Ticker everyFrame(LongConsumer onFrame);

    /** Calls {@code onTick} every {@code period} while started. */
    Ticker every(Duration period, Runnable onTick);

    /** Calls {@code action} once, {@code delay} after the last {@link Ticker#start()}: a start restarts the wait. */
    Ticker after(Duration delay, Runnable action);

    /** A started-or-stopped source of calls. On the FX thread only. */
    interface Ticker {
        void start();

        void stop();
    }
}
