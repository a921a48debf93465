package dev.kafkaexplorer.ui.producer;

import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.kafka.produce.ProducerTuning;
import dev.kafkaexplorer.ui.common.NumberRule;
import java.math.BigDecimal;
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

    static final NumberRule RATE = NumberRule.decimal("Rate").atLeast(new BigDecimal("0.1")).atMost(10_000_000);
    static final NumberRule RECORDS_TO_SEND = NumberRule.wholeNumber("Records to send").atLeast(1);
    static final NumberRule SECONDS_TO_RUN = NumberRule.wholeNumber("Seconds to run").atLeast(1);
    static final NumberRule SEED = NumberRule.wholeNumber("Seed").optional("a random seed");
    static final NumberRule HOT_KEYS = NumberRule.wholeNumber("Keys").atLeast(1).atMost(MAX_HOT_KEYS);
    static final NumberRule SKEW = NumberRule.decimal("Skew").atLeast(0).atMost(10);
    /** Kafka refuses a producer whose linger plus request timeout (15 s) exceeds its delivery timeout (30 s). */
    static final NumberRule LINGER = NumberRule.wholeNumber("Linger (ms)").atLeast(0)
            .atMost(15_000, "so that a batch leaves within the 30 s delivery timeout");
    /** A batch larger than the producer's buffer (buffer.memory, 32 MiB) could never be filled. */
    static final NumberRule BATCH_SIZE = NumberRule.wholeNumber("Batch (bytes)").atLeast(0)
            .atMost(32L * 1024 * 1024, "the producer's 32 MiB buffer");

    /** Records per second, or empty for "as fast as possible". */
    static Parsed<Optional<Double>> rate(String text, boolean max) {
        if (max) {
            return Parsed.ok(Optional.empty());
        }
        return parsed(RATE.check(text)).map(c -> Optional.of(c.doubleValue()));
    }

    /** The rule for the stop field in {@code mode}; null when the run does not stop by itself. */
    static NumberRule stopRule(StopMode mode) {
        return switch (mode) {
            case NEVER -> null;
            case AFTER_RECORDS -> RECORDS_TO_SEND;
            case AFTER_SECONDS -> SECONDS_TO_RUN;
        };
    }

    static Parsed<OptionalLong> maxRecords(StopMode mode, String text) {
        if (mode != StopMode.AFTER_RECORDS) {
            return Parsed.ok(OptionalLong.empty());
        }
        return parsed(RECORDS_TO_SEND.check(text)).map(c -> OptionalLong.of(c.longValue()));
    }

    static Parsed<Optional<Duration>> maxDuration(StopMode mode, String text) {
        if (mode != StopMode.AFTER_SECONDS) {
            return Parsed.ok(Optional.empty());
        }
        return parsed(SECONDS_TO_RUN.check(text)).map(c -> Optional.of(Duration.ofSeconds(c.longValue())));
    }

    /** Empty means "a new random seed for this run". */
    static Parsed<OptionalLong> seed(String text) {
        return parsed(SEED.check(text)).map(c -> c.blank() ? OptionalLong.empty() : OptionalLong.of(c.longValue()));
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
        NumberRule.Check count = HOT_KEYS.check(countText);
        NumberRule.Check skew = SKEW.check(skewText);
        if (!count.valid() || !skew.valid()) {
            return Parsed.error(count.valid() ? skew.error() : count.error());
        }
        return Parsed.ok(new KeyStrategy.HotKeys(count.intValue(), skew.doubleValue()));
    }

    static Parsed<ProducerTuning> tuning(String acks, boolean idempotence, String compression, String linger, String batch) {
        NumberRule.Check lingerMs = LINGER.check(linger);
        NumberRule.Check batchBytes = BATCH_SIZE.check(batch);
        if (!lingerMs.valid() || !batchBytes.valid()) {
            return Parsed.error(lingerMs.valid() ? batchBytes.error() : lingerMs.error());
        }
        try {
            return Parsed.ok(new ProducerTuning(acks, idempotence, compression, lingerMs.intValue(), batchBytes.intValue()));
        } catch (IllegalArgumentException e) {
            return Parsed.error(e.getMessage());
        }
    }

    private static Parsed<NumberRule.Check> parsed(NumberRule.Check check) {
        return check.valid() ? Parsed.ok(check) : Parsed.error(check.error());
    }

    /** What choosing {@code compression} asks of the topic's readers; empty for none. */
    static String compressionNote(String compression) {
        return compression == null || compression.equals("none") ? ""
                : "Every consumer of the topic then needs the " + compression + " codec";
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
