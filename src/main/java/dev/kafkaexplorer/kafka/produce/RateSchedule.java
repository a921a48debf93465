package dev.kafkaexplorer.kafka.produce;

/**
 * When each record of a paced run is due: record {@code n} at the start plus {@code n / rate}, a
 * schedule rather than a sleep per record, so rounding and hiccups do not add up to a lower rate.
 * After a long stall (broker away, send blocked) the schedule moves on instead of firing a burst
 * to catch up. Pure arithmetic on the times it is given, so it is tested without a clock.
 */
final class RateSchedule {

    static final long MAX_CATCH_UP_NANOS = 1_000_000_000L;

    private final double nanosPerRecord;
    private long began;

    RateSchedule(double ratePerSecond, long startNanos) {
        this.nanosPerRecord = 1e9 / ratePerSecond;
        this.began = startNanos;
    }

    /** The time record {@code n} (counted from 0) is due, given that it is {@code now}. */
    long dueNanos(long n, long now) {
        long due = began + (long) (n * nanosPerRecord);
        long behind = now - due;
        if (behind > MAX_CATCH_UP_NANOS) {
            began += behind;
            due += behind;
        }
        return due;
    }
}
