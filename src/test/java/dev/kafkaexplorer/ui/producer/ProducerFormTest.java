package dev.kafkaexplorer.ui.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.fake.KeyStrategy;
import dev.kafkaexplorer.ui.producer.ProducerForm.KeyMode;
import dev.kafkaexplorer.ui.producer.ProducerForm.StopMode;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The producer panel's fields as typed. */
class ProducerFormTest {

    @Test
    void rateIsPositiveOrMax() {
        assertThat(ProducerForm.rate("1,000", false).value()).contains(1000.0);
        assertThat(ProducerForm.rate("abc", true).value()).isEmpty();
        assertThat(ProducerForm.rate("0", false).error()).startsWith("Rate:");
        assertThat(ProducerForm.rate("fast", false).error()).startsWith("Rate:");
    }

    @Test
    void stopAfterRecordsOrSeconds() {
        assertThat(ProducerForm.maxRecords(StopMode.AFTER_RECORDS, "10_000").value()).isEqualTo(OptionalLong.of(10_000));
        assertThat(ProducerForm.maxRecords(StopMode.NEVER, "junk").valid()).isTrue();
        assertThat(ProducerForm.maxDuration(StopMode.AFTER_SECONDS, "60").value()).contains(Duration.ofSeconds(60));
        assertThat(ProducerForm.maxDuration(StopMode.AFTER_SECONDS, "-5").error()).isEqualTo("Seconds to run: at least 1");
    }

    @Test
    void keysAndSeed() {
        assertThat(ProducerForm.keys(KeyMode.HOT_KEYS, null, "10", "1.5").value()).isEqualTo(new KeyStrategy.HotKeys(10, 1.5));
        assertThat(ProducerForm.keys(KeyMode.HOT_KEYS, null, "0", "1").error()).startsWith("Keys:");
        assertThat(ProducerForm.keys(KeyMode.HOT_KEYS, null, "5", "x").error()).startsWith("Skew:");
        assertThat(ProducerForm.keys(KeyMode.FIELD, "", "", "").error()).startsWith("Key:");
        assertThat(ProducerForm.keys(KeyMode.FIELD, "email", "", "").value()).isEqualTo(new KeyStrategy.Field("email"));
        assertThat(ProducerForm.seed("").value()).isEmpty();
        assertThat(ProducerForm.seed("42").value()).isEqualTo(OptionalLong.of(42));
        assertThat(ProducerForm.seed("4x").error()).startsWith("Seed:");
    }

    @Test
    void tuningNamesKafkasRules() {
        assertThat(ProducerForm.tuning("all", true, "lz4", "5", "65536").valid()).isTrue();
        assertThat(ProducerForm.tuning("1", true, "lz4", "5", "65536").error()).contains("Idempotence needs acks=all");
        assertThat(ProducerForm.tuning("all", true, "lz4", "-1", "65536").error()).isEqualTo("Linger (ms): at least 0");
        assertThat(ProducerForm.tuning("all", false, "none", "0", "x").error()).isEqualTo("Batch (bytes): “x” is not a whole number");
        assertThat(Optional.of(ProducerForm.tuning("0", false, "zstd", "0", "0").value()).map(t -> t.acks())).contains("0");
    }
}
