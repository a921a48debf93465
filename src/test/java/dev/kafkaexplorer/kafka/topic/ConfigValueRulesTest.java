package dev.kafkaexplorer.kafka.topic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.TopicConfigRules.Check;
import org.junit.jupiter.api.Test;

/** The as-you-type checks of a topic config value, by the type the broker gives for it. */
class ConfigValueRulesTest {

    @Test
    void longsAreWholeNumbersAndSayWhatTheyMean() {
        TopicConfigValue retention = config("retention.ms", "LONG", false);
        assertThat(ConfigValueRules.check(retention, "abc")).isEqualTo(
                new Check(false, "A whole number of milliseconds, or -1 for no limit"));
        assertThat(ConfigValueRules.check(retention, "3600000")).isEqualTo(new Check(true, "= 1 h"));
        assertThat(ConfigValueRules.check(retention, "-1")).isEqualTo(new Check(true, "= no limit"));
        assertThat(ConfigValueRules.check(config("segment.bytes", "INT", false), "1073741824"))
                .isEqualTo(new Check(true, "= 1.0 GiB"));
        assertThat(ConfigValueRules.check(config("segment.bytes", "INT", false), "99999999999").valid()).isFalse();
    }

    @Test
    void booleansDoublesAndEmptyValues() {
        assertThat(ConfigValueRules.check(config("preallocate", "BOOLEAN", false), "yes").valid()).isFalse();
        assertThat(ConfigValueRules.check(config("preallocate", "BOOLEAN", false), "TRUE").valid()).isTrue();
        assertThat(ConfigValueRules.check(config("min.cleanable.dirty.ratio", "DOUBLE", false), "0.x").valid()).isFalse();
        assertThat(ConfigValueRules.check(config("min.cleanable.dirty.ratio", "DOUBLE", false), "0.25").valid()).isTrue();
        assertThat(ConfigValueRules.check(config("cleanup.policy", "LIST", false), " ").message())
                .contains("Reset to default");
        // Allowed strings are the broker's to judge: it answers in words.
        assertThat(ConfigValueRules.check(config("cleanup.policy", "LIST", false), "bogus").valid()).isTrue();
    }

    @Test
    void readOnlyConfigsCannotBeChanged() {
        assertThat(ConfigValueRules.check(config("some.config", "STRING", true), "x").valid()).isFalse();
    }

    @Test
    void sensitiveValuesAreMasked() {
        TopicConfigValue secret = new TopicConfigValue("sasl.secret", null, ConfigOrigin.TOPIC, true, false, "PASSWORD", "");
        assertThat(secret.shownValue()).isEqualTo("••••••");
    }

    @Test
    void theBrokersDocumentationIsShownWithoutMarkup() {
        assertThat(TopicDetailsClient.plainText("Used if compression.type is set to <code>gzip</code>."))
                .isEqualTo("Used if compression.type is set to gzip.");
        assertThat(TopicDetailsClient.plainText(null)).isEmpty();
    }

    private static TopicConfigValue config(String name, String type, boolean readOnly) {
        return new TopicConfigValue(name, "1", ConfigOrigin.DEFAULT, false, readOnly, type, "");
    }
}
