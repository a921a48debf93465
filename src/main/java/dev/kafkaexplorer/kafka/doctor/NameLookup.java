package dev.kafkaexplorer.kafka.doctor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Host name lookups with a bound: the JDK's resolver cannot be interrupted and may wait many
 * seconds on a dead DNS server, so the lookup runs on a daemon thread of its own and the doctor
 * stops waiting for it after the timeout (the thread ends when the resolver gives up).
 */
final class NameLookup {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService LOOKUPS = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "connection-doctor-dns-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** What a lookup gave: the addresses, or why there are none ({@code unknown} or {@code timedOut}). */
    record Answer(List<InetAddress> addresses, boolean unknown, boolean timedOut, String error) {
        boolean resolved() {
            return !addresses.isEmpty();
        }
    }

    private NameLookup() {
    }

    static Answer resolve(String host, Duration timeout) {
        CompletableFuture<InetAddress[]> lookup = CompletableFuture.supplyAsync(() -> {
            try {
                return InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }, LOOKUPS);
        try {
            return new Answer(List.of(lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS)), false, false, "");
        } catch (TimeoutException e) {
            return new Answer(List.of(), false, true, "");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof IllegalStateException && e.getCause().getCause() != null
                    ? e.getCause().getCause() : e.getCause();
            return new Answer(List.of(), cause instanceof UnknownHostException, false, String.valueOf(cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(List.of(), false, true, "");
        }
    }
}
