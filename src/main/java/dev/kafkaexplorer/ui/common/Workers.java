package dev.kafkaexplorer.ui.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The named background threads for work that may wait on the network or the disk (opening and
 * closing clients, starting the local broker, saving settings): never the FX thread.
 */
public final class Workers implements AutoCloseable {

    private final ExecutorService pool;

    public Workers(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            // Daemon: a stuck network call must never keep the JVM alive after the window closed.
            thread.setDaemon(true);
            return thread;
        };
        this.pool = Executors.newCachedThreadPool(factory);
    }

    public ExecutorService executor() {
        return pool;
    }

    /** Stops accepting work and waits up to {@code timeout} for running tasks. Blocking. */
    public void shutdown(Duration timeout) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(2));
    }
}
