package dev.kafkaexplorer.ui.common;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a view-model runs on: the FX thread for its state, the workers for anything that waits,
 * and a {@link TickSource} for time. Passed in, never reached for, so a test gives a view-model
 * current-thread executors and manual time and checks it without the JavaFX toolkit (as JabRef's
 * {@code TaskExecutor} with its {@code CurrentThreadTaskExecutor}).
 *
 * @param fx      runs callbacks on the FX thread (or on the caller's thread in tests)
 * @param workers runs blocking work off the FX thread
 * @param ticks   the clock, frames, repeating ticks and delays
 */
public record UiRuntime(Executor fx, Executor workers, TickSource ticks) {

    /** The app's runtime: the FX thread, the given workers and JavaFX's own timers. */
    public static UiRuntime of(Executor workers) {
        return new UiRuntime(FxThread.executor(), workers, new FxTicks());
    }

    /** Runs {@code work} on the workers; its result or failure comes back through the returned future. */
    public <T> CompletableFuture<T> onWorker(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers);
    }

    /**
     * Hands the outcome of {@code stage} to the FX thread: {@code onSuccess} with its value, or
     * {@code onFailure} with its cause (unwrapped from the futures' wrappers). The returned future
     * completes once the callback has run, for callers that chain on "done and shown".
     */
    public <T> CompletableFuture<T> whenDone(CompletionStage<T> stage, Consumer<? super T> onSuccess,
                                             Consumer<Throwable> onFailure) {
        return stage.toCompletableFuture().whenCompleteAsync((value, error) -> {
            if (error == null) {
                onSuccess.accept(value);
            } else {
                onFailure.accept(KafkaErrorText.unwrap(error));
            }
        }, fx);
    }

    /** A new "latest request wins" channel on this runtime. */
    public LatestRequest latestRequest() {
        return new LatestRequest(this);
    }
}
