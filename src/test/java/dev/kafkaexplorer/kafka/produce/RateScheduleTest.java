package dev.kafkaexplorer.kafka.produce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The producer loop's pacing on a clock the test moves: the rate it holds is arithmetic, checked
 * here exactly; the rate a real run reaches on a machine is a figure of the producer benchmark.
 */
class RateScheduleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void recordsAreDueEvenlyAtTheRate() {
        RateSchedule schedule = new RateSchedule(2000, 0);
        assertThat(schedule.dueNanos(0, 0)).isZero();
        assertThat(schedule.dueNanos(1, 0)).isEqualTo(500_000);
        assertThat(schedule.dueNanos(2000, 0)).isEqualTo(SECOND);
    }

    @Test
    void aSenderThatWaitsForEachDueTimeSendsTheRateTimesTheDuration() {
        // 2000 records/s for 5 s: exactly 10 000 records, however the due times fall.
        assertThat(recordsSentBefore(new RateSchedule(2000, 0), 5 * SECOND, 0)).isEqualTo(10_000);
        assertThat(recordsSentBefore(new RateSchedule(4, 0), 5 * SECOND, 0)).isEqualTo(20);
    }

    @Test
    void aShortHiccupIsCaughtUpSoTheRateDoesNotDrift() {
        RateSchedule schedule = new RateSchedule(1000, 0);
        // Record 100 is due at 100 ms; the sender only gets to it at 600 ms: half a second behind.
        assertThat(schedule.dueNanos(100, 600_000_000)).isEqualTo(100_000_000);
        // The schedule stays put, so the records after it are due at once until the run is back on time.
        assertThat(schedule.dueNanos(599, 600_000_000)).isEqualTo(599_000_000);
        assertThat(schedule.dueNanos(700, 600_000_000)).isEqualTo(700_000_000);
    }

    @Test
    void afterALongStallTheScheduleMovesOnInsteadOfFiringABurst() {
        RateSchedule schedule = new RateSchedule(1000, 0);
        // Record 10 was due at 10 ms; the broker was away and the sender comes back at 5 s.
        long resumedAt = 5 * SECOND;
        assertThat(schedule.dueNanos(10, resumedAt)).isEqualTo(resumedAt);
        assertThat(schedule.dueNanos(11, resumedAt)).isEqualTo(resumedAt + 1_000_000);
        // In the second after the stall the rate is the target, not the 5000 records it fell behind.
        assertThat(recordsSentBefore(schedule, resumedAt + SECOND, 10, resumedAt)).isEqualTo(1000);
    }

    /** Simulates the loop on a clock that jumps to each due time: how many records go out before {@code end}. */
    private static long recordsSentBefore(RateSchedule schedule, long end, long startNanos) {
        return recordsSentBefore(schedule, end, 0, startNanos);
    }

    private static long recordsSentBefore(RateSchedule schedule, long end, long firstRecord, long startNanos) {
        long now = startNanos;
        long n = firstRecord;
        while (true) {
            now = Math.max(now, schedule.dueNanos(n, now));
            if (now >= end) {
                return n - firstRecord;
            }
            n++;
        }
    }
}
