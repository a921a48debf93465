package dev.kafkaexplorer.format.avro;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Avro's date and time logical types as readable text and back. The text keeps the type's own
 * precision, always: a timestamp-millis is "2024-01-31T13:45:00.000Z" even on a whole second, so
 * a column of them lines up and the unit is visible; micros get 6 digits, nanos 9.
 */
final class AvroTimes {

    static final long MILLIS = 1_000L;
    static final long MICROS = 1_000_000L;
    static final long NANOS = 1_000_000_000L;

    private static final DateTimeFormatter[] LOCAL_DATE_TIME = {
        dateTime(3), dateTime(6), dateTime(9)
    };

    private AvroTimes() {
    }

    private static DateTimeFormatter dateTime(int digits) {
        return new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE).appendLiteral('T')
                .append(time(digits)).toFormatter();
    }

    private static DateTimeFormatter time(int digits) {
        return new DateTimeFormatterBuilder().appendPattern("HH:mm:ss")
                .appendFraction(ChronoField.NANO_OF_SECOND, digits, digits, true).toFormatter();
    }

    private static int formatterIndex(long unitsPerSecond) {
        return unitsPerSecond == MILLIS ? 0 : unitsPerSecond == MICROS ? 1 : 2;
    }

    /** Days since 1970-01-01 as "2024-01-31". */
    static String date(int days) {
        return LocalDate.ofEpochDay(days).toString();
    }

    /** A time of day counted in {@code unitsPerSecond} since midnight as "13:45:00.123". */
    static String timeOfDay(long units, long unitsPerSecond) throws DateTimeException {
        long nanos = Math.multiplyExact(units, NANOS / unitsPerSecond);
        LocalTime time = LocalTime.ofNanoOfDay(nanos);
        return appendTime(new StringBuilder(18), time, unitsPerSecond).toString();
    }

    /**
     * An instant counted in {@code unitsPerSecond} since the epoch as "2024-01-31T13:45:00.123Z"
     * ({@code zoned}) or without the Z. Years 0 to 9999 are written by hand, as ISO_LOCAL_DATE and
     * the fraction's formatter write them: through a DateTimeFormatter this took a sixth of an Avro
     * record's decoding, which the live filter does for every arriving row. Other years (a sign,
     * more digits) go through the formatters.
     */
    static String timestamp(long units, long unitsPerSecond, boolean zoned) throws DateTimeException {
        long seconds = Math.floorDiv(units, unitsPerSecond);
        int nanos = (int) (Math.floorMod(units, unitsPerSecond) * (NANOS / unitsPerSecond));
        LocalDateTime utc = LocalDateTime.ofEpochSecond(seconds, nanos, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            String text = utc.format(LOCAL_DATE_TIME[formatterIndex(unitsPerSecond)]);
            return zoned ? text + 'Z' : text;
        }
        StringBuilder text = new StringBuilder(31);
        digits(text, utc.getYear(), 4).append('-');
        digits(text, utc.getMonthValue(), 2).append('-');
        digits(text, utc.getDayOfMonth(), 2).append('T');
        appendTime(text, utc.toLocalTime(), unitsPerSecond);
        return zoned ? text.append('Z').toString() : text.toString();
    }

    /** "13:45:00" and the fraction with the unit's digits (3, 6 or 9), as the formatters' {@code HH:mm:ss} and fraction write it. */
    private static StringBuilder appendTime(StringBuilder text, LocalTime time, long unitsPerSecond) {
        digits(text, time.getHour(), 2).append(':');
        digits(text, time.getMinute(), 2).append(':');
        digits(text, time.getSecond(), 2).append('.');
        int fractionDigits = unitsPerSecond == MILLIS ? 3 : unitsPerSecond == MICROS ? 6 : 9;
        return digits(text, (int) (time.getNano() / (NANOS / unitsPerSecond)), fractionDigits);
    }

    /** {@code value} (0 or more) with leading zeros to {@code width} digits. */
    private static StringBuilder digits(StringBuilder text, int value, int width) {
        for (int limit = 10, n = 1; n < width; n++, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }

    /** "2024-01-31" as days since the epoch. */
    static int parseDate(String text) throws DateTimeParseException {
        return Math.toIntExact(LocalDate.parse(text).toEpochDay());
    }

    /** "13:45:00.123" as {@code unitsPerSecond} since midnight; more digits than the unit keeps is refused. */
    static long parseTime(String text, long unitsPerSecond) throws DateTimeException {
        LocalTime time = LocalTime.parse(text);
        return toUnits(time.toSecondOfDay(), time.getNano(), unitsPerSecond);
    }

    /**
     * An ISO date-time as {@code unitsPerSecond} since the epoch: with an offset or Z for a zoned
     * timestamp ("2024-01-31T13:45:00.123Z", "2024-01-31T14:45:00.123+01:00"), without for a local one.
     */
    static long parseTimestamp(String text, long unitsPerSecond, boolean zoned) throws DateTimeException {
        long seconds;
        int nanos;
        if (zoned) {
            Instant instant = OffsetDateTime.parse(text).toInstant();
            seconds = instant.getEpochSecond();
            nanos = instant.getNano();
        } else {
            LocalDateTime local = LocalDateTime.parse(text);
            seconds = local.toEpochSecond(ZoneOffset.UTC);
            nanos = local.getNano();
        }
        return toUnits(seconds, nanos, unitsPerSecond);
    }

    private static long toUnits(long seconds, int nanos, long unitsPerSecond) {
        long nanosPerUnit = NANOS / unitsPerSecond;
        if (nanos % nanosPerUnit != 0) {
            throw new DateTimeException("it has more digits after the second than the type keeps ("
                    + (unitsPerSecond == MILLIS ? 3 : unitsPerSecond == MICROS ? 6 : 9) + ")");
        }
        return Math.addExact(Math.multiplyExact(seconds, unitsPerSecond), nanos / nanosPerUnit);
    }
}
