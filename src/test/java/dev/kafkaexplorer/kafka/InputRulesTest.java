package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bootstrap-server and topic-config checks, as typed. */
class InputRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost:9092", "127.0.0.1:1", "a:65535,b:9093", " broker-1.example.com:9092 ", "[::1]:9092"})
    void acceptsBootstrapLists(String text) {
        assertThat(BootstrapServersRules.check(text)).isEmpty();
    }

    @Test
    void explainsBadBootstrapLists() {
        assertThat(BootstrapServersRules.check("")).get().asString().contains("host:port");
        assertThat(BootstrapServersRules.check("localhost")).get().asString().contains("needs a port");
        assertThat(BootstrapServersRules.check("localhost:abc")).get().asString().contains("not a port number");
        assertThat(BootstrapServersRules.check("localhost:70000")).get().asString().contains("outside");
        assertThat(BootstrapServersRules.check("a:1,,b:2")).get().asString().contains("extra comma");
        assertThat(BootstrapServersRules.check("::1:9092")).get().asString().contains("brackets");
    }

    @Test
    void retentionIsMillisecondsOrForever() {
        assertThat(TopicConfigRules.checkRetentionMs("").valid()).isTrue();
        assertThat(TopicConfigRules.checkRetentionMs("604800000").message()).isEqualTo("= 7 days");
        assertThat(TopicConfigRules.checkRetentionMs("-1").message()).contains("forever");
        assertThat(TopicConfigRules.checkRetentionMs("7d").valid()).isFalse();
        assertThat(TopicConfigRules.checkRetentionMs("-2").valid()).isFalse();
    }

    @Test
    void extraConfigsAreKeyValueLines() {
        assertThat(TopicConfigRules.checkExtraConfigs("max.message.bytes=2097152\n\n# note\nsegment.ms=60000", Set.of()).valid()).isTrue();
        assertThat(TopicConfigRules.checkExtraConfigs("oops", Set.of()).message()).startsWith("Line 1:");
        assertThat(TopicConfigRules.checkExtraConfigs("a.b=\n", Set.of()).message()).contains("needs a value");
        assertThat(TopicConfigRules.checkExtraConfigs("segment.ms=1\nsegment.ms=2", Set.of()).message()).contains("set twice");
        assertThat(TopicConfigRules.checkExtraConfigs("retention.ms=1", Set.of("retention.ms")).message()).contains("already set above");
        var unknown = TopicConfigRules.checkExtraConfigs("no.such.config=1", Set.of());
        assertThat(unknown.valid()).isTrue();
        assertThat(unknown.message()).contains("no.such.config");
        assertThat(TopicConfigRules.parseExtraConfigs("a=1\n b = 2 \n#c=3")).containsExactly(
                java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
    }
}
