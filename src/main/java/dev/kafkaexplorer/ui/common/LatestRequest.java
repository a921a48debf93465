package dev.kafkaexplorer.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background calls of which only the latest counts: a refresh, a preview, the detail of the
 * selected row. Each call's answer reaches its callbacks on the FX thread only if no newer call
 * (and no {@link #cancel()}) came since, so a slow old answer never overwrites a newer one.
 * Used on the FX thread only.
 */
public final class LatestRequest {

    private final UiRuntime runtime;
    private long generation;

    LatestRequest(UiRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Starts {@code call} (on the calling thread: it should only start asynchronous work) and hands
     * its outcome to {@code onSuccess} or {@code onFailure} if it is still the latest by then. The
     * returned future completes after that, or at once with the outcome when it was superseded.
     */
    public <T> CompletableFuture<T> run(Supplier<? extends CompletionStage<T>> call, Consumer<? super T> onSuccess,
                                        Consumer<Throwable> onFailure) {
        long mine = ++generation;
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (RuntimeException e) {
            stage = CompletableFuture.failedFuture(e);
        }
        return runtime.whenDone(stage, value -> {
            if (mine == generation) {
                onSuccess.accept(value);
            }
        }, error -> {
            if (mine == generation) {
                onFailure.accept(error);
            }
        });
    }

    /** As {@link #run}, with {@code work} run on the runtime's workers. */
    public <T> CompletableFuture<T> runOnWorker(Supplier<T> work, Consumer<? super T> onSuccess,
                                                Consumer<Throwable> onFailure) {
        return run(() -> runtime.onWorker(work), onSuccess, onFailure);
    }

    /** Drops the answer of the call under way, if any: its callbacks will not run. */
    public void cancel() {
        generation++;
    }

    /** Whether the call started last is still the latest, for its own progress reports (read on the FX thread). */
    public BooleanSupplier stillLatest() {
        long mine = generation;
        return () -> mine == generation;
    }
}
