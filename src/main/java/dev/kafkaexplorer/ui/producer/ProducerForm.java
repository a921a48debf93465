package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the producer panel's text fields into values, or says in words what is wrong with them.
 * Pure functions, so every rule is tested without a window.
 */
final class ProducerForm {

    static final int MAX_HOT_KEYS = 100_000;

    private ProducerForm() {
    }

    /** A parsed value or the reason it is not one. */
    record Parsed<T>(T value, String error) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, "");
        }

        static <T> Parsed<T> error(String message) {
            return new Parsed<>(null, message);
        }

        boolean valid() {
            return error.isEmpty();
        }

        <R> Parsed<R> map(java.util.function.Function<T, R> f) {
            return valid() ? ok(f.apply(value)) : error(error);
        }
    }

    /** Records per second, or empty for "as fast as possible". */
    static Parsed<Optional<Double>> rate(String text, boolean max) {
        if (max) {
            return Parsed.ok(Optional.empty());
        }
        String t = text.trim().replace("_", "").replace(",", "");
        try {
            double rate = Double.parseDouble(t);
            if (!(rate > 0) || rate > 10_000_000) {
                return Parsed.error("Rate: between 0.1 and 10,000,000 records/s, or tick “max”");
            }
            return Parsed.ok(Optional.of(rate));
        } catch (NumberFormatException e) {
            return Parsed.error("Rate: a number of records per second, e.g. 1000");
        }
    }

    static Parsed<OptionalLong> maxRecords(StopMode mode, String text) {
        if (mode != StopMode.AFTER_RECORDS) {
            return Parsed.ok(OptionalLong.empty());
        }
        return positiveLong(text, "Stop after: a number of records, e.g. 10000").map(OptionalLong::of);
    }

    static Parsed<Optional<Duration>> maxDuration(StopMode mode, String text) {
        if (mode != StopMode.AFTER_SECONDS) {
            return Parsed.ok(Optional.empty());
        }
        return positiveLong(text, "Stop after: a number of seconds, e.g. 60").map(s -> Optional.of(Duration.ofSeconds(s)));
    }

    /** Empty means "a new random seed for this run". */
    static Parsed<OptionalLong> seed(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return Parsed.ok(OptionalLong.empty());
        }
        try {
            return Parsed.ok(OptionalLong.of(Long.parseLong(t)));
        } catch (NumberFormatException e) {
            return Parsed.error("Seed: a whole number, or empty for random records");
        }
    }

    static Parsed<KeyStrategy> keys(KeyMode mode, String field, String hotKeyCount, String skew) {
        return switch (mode) {
            case NONE -> Parsed.ok(new KeyStrategy.None());
            case RANDOM_UUID -> Parsed.ok(new KeyStrategy.RandomUuid());
            case FIELD -> field == null || field.isBlank()
                    ? Parsed.error("Key: choose the field whose value becomes the key")
                    : Parsed.ok(new KeyStrategy.Field(field));
            case HOT_KEYS -> hotKeys(hotKeyCount, skew);
        };
    }

    private static Parsed<KeyStrategy> hotKeys(String countText, String skewText) {
        Parsed<Long> count = positiveLong(countText, "Keys: how many distinct keys, e.g. 10");
        if (!count.valid()) {
            return Parsed.error(count.error());
        }
        if (count.value() > MAX_HOT_KEYS) {
            return Parsed.error("Keys: at most " + MAX_HOT_KEYS);
        }
        try {
            double skew = Double.parseDouble(skewText.trim());
            if (skew < 0 || skew > 10) {
                return Parsed.error("Skew: 0 (even) to 10 (almost all on the first key)");
            }
            return Parsed.ok(new KeyStrategy.HotKeys(count.value().intValue(), skew));
        } catch (NumberFormatException e) {
            return Parsed.error("Skew: a number, 0 for even spread, 1 or more for hot keys");
        }
    }

    static Parsed<ProducerTuning> tuning(String acks, boolean idempotence, String compression, String linger, String batch) {
        Parsed<Long> lingerMs = nonNegativeInt(linger, "Linger: milliseconds, e.g. 5");
        if (!lingerMs.valid()) {
            return Parsed.error(lingerMs.error());
        }
        Parsed<Long> batchBytes = nonNegativeInt(batch, "Batch size: bytes, e.g. 65536");
        if (!batchBytes.valid()) {
            return Parsed.error(batchBytes.error());
        }
        try {
            return Parsed.ok(new ProducerTuning(acks, idempotence, compression, lingerMs.value().intValue(),
                    batchBytes.value().intValue()));
        } catch (IllegalArgumentException e) {
            return Parsed.error(e.getMessage());
        }
    }

    /** What choosing {@code compression} asks of the topic's readers; empty for none. */
    static String compressionNote(String compression) {
        return compression == null || compression.equals("none") ? ""
                : "Every consumer of the topic then needs the " + compression + " codec";
    }

    private static Parsed<Long> positiveLong(String text, String message) {
        try {
            long value = Long.parseLong(text.trim().replace("_", "").replace(",", ""));
            return value > 0 ? Parsed.ok(value) : Parsed.error(message);
        } catch (NumberFormatException e) {
            return Parsed.error(message);
        }
    }

    private static Parsed<Long> nonNegativeInt(String text, String message) {
        try {
            long value = Long.parseLong(text.trim());
            return value >= 0 && value <= Integer.MAX_VALUE ? Parsed.ok(value) : Parsed.error(message);
        } catch (NumberFormatException e) {
            return Parsed.error(message);
        }
    }

    /** When a run ends by itself. */
    enum StopMode {
        NEVER("Never"), AFTER_RECORDS("After N records"), AFTER_SECONDS("After T seconds");

        private final String label;

        StopMode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** How record keys are chosen, as offered in the panel. */
    enum KeyMode {
        NONE("No key"), RANDOM_UUID("Random UUID"), FIELD("A field of the record"), HOT_KEYS("One of N keys (skewed)");

        private final String label;

        KeyMode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}
