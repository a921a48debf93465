package dev.kafkaexplorer.kafka.produce;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Send-to-acknowledgement latencies in log-scale buckets (about 4 % wide, 10 µs to ~2 min).
 * Recording is lock-free and cheap, as it runs in the producer's I/O thread callback.
 */
public final class LatencyHistogram {

    private static final double MIN_MICROS = 10;
    private static final double GROWTH = 1.04;
    static final int BUCKETS = 420;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);

    public void record(long nanos) {
        counts.incrementAndGet(bucketOf(nanos / 1000.0));
    }

    static int bucketOf(double micros) {
        if (micros <= MIN_MICROS) {
            return 0;
        }
        int bucket = (int) (Math.log(micros / MIN_MICROS) / LOG_GROWTH) + 1;
        return Math.min(bucket, BUCKETS - 1);
    }

    /** Upper bound of a bucket in milliseconds. */
    static double upperMillis(int bucket) {
        return MIN_MICROS * Math.pow(GROWTH, bucket) / 1000.0;
    }

    /** A copy of the counts, to be compared with a later one for a recent window. */
    public long[] snapshot() {
        long[] copy = new long[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    /**
     * The latency in milliseconds below which {@code fraction} of the samples in
     * {@code later - earlier} fall, or NaN without samples.
     */
    public static double percentileMillis(long[] earlier, long[] later, double fraction) {
        long total = 0;
        for (int i = 0; i < BUCKETS; i++) {
            total += later[i] - (earlier == null ? 0 : earlier[i]);
        }
        if (total == 0) {
            return Double.NaN;
        }
        long rank = (long) Math.ceil(fraction * total);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += later[i] - (earlier == null ? 0 : earlier[i]);
            if (seen >= rank) {
                return upperMillis(i);
            }
        }
        return upperMillis(BUCKETS - 1);
    }
}
