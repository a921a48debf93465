package dev.kafkaexplorer.ui.schemas;

import dev.kafkaexplorer.kafka.KafkaErrorText;
import dev.kafkaexplorer.registry.RegistryException;
import dev.kafkaexplorer.registry.SchemaRegistry;
import dev.kafkaexplorer.ui.common.UiRuntime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The Schemas tab's way to its cluster's registry: every call runs on the workers (the client
 * blocks on the network), against the registry that was current when it was asked.
 */
final class RegistryTasks {

    /** One or more registry requests, made on a worker thread. */
    @FunctionalInterface
    interface Call<T> {
        T on(SchemaRegistry registry) throws RegistryException;
    }

    private final UiRuntime runtime;
    private SchemaRegistry registry;

    RegistryTasks(UiRuntime runtime) {
        this.runtime = runtime;
    }

    /** The registry calls go to from now on (null: none). FX thread. */
    void use(SchemaRegistry registry) {
        this.registry = registry;
    }

    boolean present() {
        return registry != null;
    }

    /** Runs {@code call} on the workers; a {@link RegistryException} fails the future with itself. */
    <T> CompletableFuture<T> run(Call<T> call) {
        SchemaRegistry target = registry;
        if (target == null) {
            return CompletableFuture.failedFuture(new RegistryException("This cluster has no schema registry."));
        }
        return runtime.onWorker(() -> {
            try {
                return call.on(target);
            } catch (RegistryException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** A failed call's cause in words: the registry client's own words, else the exception's. */
    static String words(Throwable error) {
        Throwable cause = KafkaErrorText.unwrap(error);
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
