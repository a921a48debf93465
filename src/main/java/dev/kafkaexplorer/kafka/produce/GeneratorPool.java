package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.fake.RecordGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Generates records on several threads so that the producer, not datafaker, sets the pace.
 * Each thread owns one {@link RecordGenerator} and fills its own queue in batches; {@link #next()}
 * takes the batches round-robin, so for a given thread count and seeds the order is fixed and a
 * seeded run repeats exactly.
 */
public final class GeneratorPool implements RecordSource {

    /** Enough threads to keep a producer busy on small machines, not so many that they starve it. */
    public static final int DEFAULT_THREADS = Math.max(2, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private static final int BATCH = 256;
    /**
     * Batches waiting, shared out between the threads. Records are taken from the threads in turn
     * (that keeps a seeded run's order), so a thread the scheduler leaves out for a while stalls the
     * others once their queues fill: 16 batches each, with two threads, ride out such gaps at a few
     * hundred thousand records a second. Bounded in all, since a slow or short run throws away what
     * was generated ahead when it stops.
     */
    private static final int QUEUED_BATCHES_IN_ALL = 32;
    private static final int MIN_QUEUED_BATCHES = 4;

    private final List<Thread> threads = new ArrayList<>();
    private final List<BlockingQueue<OutgoingRecord[]>> queues = new ArrayList<>();
    private OutgoingRecord[] current = new OutgoingRecord[0];
    private int position;
    private long batchIndex;
    private volatile RuntimeException failure;

    /** A pool whose records' values are sent as the JSON text they are. */
    public GeneratorPool(int threadCount, IntFunction<RecordGenerator> generators, String name) {
        this(threadCount, generators, name, ValueEncoder.JSON_TEXT);
    }

    /**
     * @param generators makes the generator of thread {@code i}; each must differ (e.g. by seed)
     * @param values     encodes each value on the generator's thread (Avro, Protobuf… for a registry),
     *                   so the producer thread only sends
     */
    public GeneratorPool(int threadCount, IntFunction<RecordGenerator> generators, String name, ValueEncoder values) {
        for (int i = 0; i < threadCount; i++) {
            BlockingQueue<OutgoingRecord[]> queue = new ArrayBlockingQueue<>(Math.max(MIN_QUEUED_BATCHES, QUEUED_BATCHES_IN_ALL / threadCount));
            RecordGenerator generator = generators.apply(i);
            Thread thread = new Thread(() -> fill(generator, values, queue), name + "-generator-" + i);
            thread.setDaemon(true);
            queues.add(queue);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    private void fill(RecordGenerator generator, ValueEncoder values, BlockingQueue<OutgoingRecord[]> queue) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                OutgoingRecord[] batch = new OutgoingRecord[BATCH];
                for (int i = 0; i < BATCH; i++) {
                    batch[i] = OutgoingRecord.of(generator.next(), values);
                }
                queue.put(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Hand a template's failure to the producer thread, which reports it in words.
            failure = e;
        }
    }

    @Override
    public OutgoingRecord next() throws InterruptedException {
        if (position == current.length) {
            BlockingQueue<OutgoingRecord[]> queue = queues.get((int) (batchIndex++ % queues.size()));
            OutgoingRecord[] batch;
            while ((batch = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
                if (failure != null) {
                    throw failure;
                }
            }
            current = batch;
            position = 0;
        }
        return current[position++];
    }

    @Override
    public void close() {
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A seed for thread {@code i} derived from the run's seed (golden-ratio stride, well spread). */
    public static long seedFor(long runSeed, int i) {
        return runSeed + i * 0x9E3779B97F4A7C15L;
    }
}
