package dev.kafkaexplorer.fake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Values shared by the built-in templates, drawn only from the seeded Random so a seed repeats them. */
final class SeededValues {

    /** Timestamps fall in the year after this instant: a fixed base, not the clock, keeps seeds repeatable. */
    private static final long BASE_EPOCH_MILLI = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    private static final long SPREAD_MILLIS = 365L * 24 * 60 * 60 * 1000;
    /** Always three fraction digits, unlike Instant.toString(), so every timestamp has the same width. */
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();
    private static final WeightedChoice<String> CURRENCY = new WeightedChoice<>(
            List.of("USD", "EUR", "GBP", "CAD", "AUD", "CHF", "SEK"), 40, 30, 10, 6, 6, 4, 4);

    private SeededValues() {
    }

    /** A random (version 4) UUID; UUID.randomUUID() would ignore the seed. */
    static String uuid(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    /** An ISO-8601 UTC instant with milliseconds, within a year after a fixed base. */
    static String instant(Random random) {
        return ISO_MILLIS.format(Instant.ofEpochMilli(BASE_EPOCH_MILLI + random.nextLong(SPREAD_MILLIS)));
    }

    static String hex(Random random, int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = HEX_DIGITS[random.nextInt(16)];
        }
        return new String(text);
    }

    /** Decimal digits, leading zeros kept (e.g. the last four digits of a card). */
    static String digits(Random random, int length) {
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(text);
    }

    /** An amount with two decimals between the given bounds in cents (inclusive). */
    static BigDecimal money(Random random, long minCents, long maxCents) {
        return BigDecimal.valueOf(random.nextLong(minCents, maxCents + 1), 2);
    }

    /** The order ids used by both {@code order} and {@code payment}, so the two can be joined. */
    static String orderId(Random random) {
        return "ORD-" + random.nextInt(10_000_000, 100_000_000);
    }

    /** A common ISO 4217 code, the big currencies more often; all have two decimals. */
    static String currency(Random random) {
        return CURRENCY.pick(random);
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A normally distributed value rounded to one decimal and kept within bounds. */
    static double gaussian(Random random, double mean, double deviation, double min, double max) {
        double value = Math.max(min, Math.min(max, mean + random.nextGaussian() * deviation));
        return Math.round(value * 10) / 10.0;
    }
}
