package dev.kafkaexplorer.format.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Timestamps and times of day are written by hand for years 0 to 9999: the text must be what
 * java.time's ISO formatters write, to the unit's digits, on each side of every boundary.
 */
class AvroTimesTest {

    private static final long[] UNITS = {AvroTimes.MILLIS, AvroTimes.MICROS, AvroTimes.NANOS};

    @Test
    void timestampsReadAsJavaTimeWritesThemOnEachSideOfTheHandWrittenYears() {
        long year0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        long year10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
        for (long seconds : new long[] {0, -1, 1, year0, year0 - 1, year10000, year10000 - 1, 951_782_400L, 4_107_542_399L}) {
            for (long unit : new long[] {AvroTimes.MILLIS, AvroTimes.MICROS}) {
                for (long units : new long[] {seconds * unit, seconds * unit + 1, seconds * unit - 1, seconds * unit + unit / 2}) {
                    assertSameAsJavaTime(units, unit);
                }
            }
        }
        assertThat(AvroTimes.timestamp(-1, AvroTimes.MILLIS, true)).isEqualTo("1969-12-31T23:59:59.999Z");
        assertThat(AvroTimes.timestamp((year10000 - 1) * 1000, AvroTimes.MILLIS, true)).isEqualTo("9999-12-31T23:59:59.000Z");
        assertThat(AvroTimes.timestamp(year10000 * 1000, AvroTimes.MILLIS, true)).isEqualTo("+10000-01-01T00:00:00.000Z");
        assertThat(AvroTimes.timestamp(year0 * 1000 - 1, AvroTimes.MILLIS, false)).isEqualTo("-0001-12-31T23:59:59.999");
    }

    @Test
    void randomTimestampsOfEveryUnitReadAsJavaTimeWritesThem() {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            long unit = UNITS[i % 3];
            // Nanos since the epoch reach only the years 1677 to 2262; the others reach every hand-written year.
            long units = unit == AvroTimes.NANOS ? random.nextLong() : (long) (random.nextDouble() * 700_000_000_000L) * unit / 1000
                    - 62_200_000_000L * unit + random.nextInt((int) Math.min(unit, Integer.MAX_VALUE));
            assertSameAsJavaTime(units, unit);
        }
    }

    @Test
    void timesOfDayReadAsJavaTimeWritesThem() {
        Random random = new Random(5);
        for (long unit : UNITS) {
            long day = 86_400L * unit;
            for (long units : new long[] {0, 1, unit - 1, unit, day - 1, Math.abs(random.nextLong()) % day, Math.abs(random.nextLong()) % day}) {
                LocalTime expected = LocalTime.ofNanoOfDay(units * (AvroTimes.NANOS / unit));
                assertThat(AvroTimes.timeOfDay(units, unit)).as("%d units of 1/%d s", units, unit)
                        .isEqualTo(expected.format(time(digits(unit))));
            }
        }
        assertThat(AvroTimes.timeOfDay(49_500_000_001L, AvroTimes.MICROS)).isEqualTo("13:45:00.000001");
    }

    private static void assertSameAsJavaTime(long units, long unit) {
        long seconds = Math.floorDiv(units, unit);
        int nanos = (int) (Math.floorMod(units, unit) * (AvroTimes.NANOS / unit));
        String expected = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC).format(new DateTimeFormatterBuilder()
                .append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T').append(time(digits(unit))).toFormatter());
        assertThat(AvroTimes.timestamp(units, unit, false)).as("%d units of 1/%d s", units, unit).isEqualTo(expected);
        assertThat(AvroTimes.timestamp(units, unit, true)).isEqualTo(expected + "Z");
    }

    private static DateTimeFormatter time(int digits) {
        return new DateTimeFormatterBuilder().appendPattern("HH:mm:ss").appendFraction(ChronoField.NANO_OF_SECOND, digits, digits, true)
                .toFormatter();
    }

    private static int digits(long unit) {
        return unit == AvroTimes.MILLIS ? 3 : unit == AvroTimes.MICROS ? 6 : 9;
    }
}
