package dev.kafkaexplorer.kafka.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.security.AdvancedPropertyCheck.Level;
import dev.kafkaexplorer.kafka.security.AdvancedPropertyCheck.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Advanced client properties checked as typed against Kafka's own client config definitions. */
class AdvancedPropertyCheckTest {

    @Test
    void aKnownPropertyWithAValidValueIsFine() {
        assertThat(AdvancedPropertyCheck.check("receive.buffer.bytes", "65536")).isEqualTo(new Result(Level.OK, ""));
        assertThat(AdvancedPropertyCheck.check("  metadata.max.age.ms ", " 30000 ").level()).isEqualTo(Level.OK);
        assertThat(AdvancedPropertyCheck.check("client.dns.lookup", "use_all_dns_ips").level()).isEqualTo(Level.OK);
    }

    @Test
    void anUnknownKeyIsAWarningThatSuggestsTheNearestOne() {
        Result typo = AdvancedPropertyCheck.check("recieve.buffer.bytes", "65536");
        assertThat(typo.level()).isEqualTo(Level.WARNING);
        assertThat(typo.message()).isEqualTo("Kafka's clients do not know recieve.buffer.bytes"
                + " (did you mean receive.buffer.bytes?); it is passed on as it is.");
        assertThat(AdvancedPropertyCheck.check("schema.registry.url", "http://r:8081").message())
                .isEqualTo("Kafka's clients do not know schema.registry.url; it is passed on as it is.");
    }

    @Test
    void aValueOfTheWrongTypeIsAnError() {
        Result number = AdvancedPropertyCheck.check("receive.buffer.bytes", "64k");
        assertThat(number.isError()).isTrue();
        assertThat(number.message()).isEqualTo("receive.buffer.bytes must be a whole number (up to 2147483647).");
        assertThat(AdvancedPropertyCheck.check("metadata.max.age.ms", "").message())
                .isEqualTo("metadata.max.age.ms must be a whole number.");
        assertThat(AdvancedPropertyCheck.check("allow.auto.create.topics", "yes").message())
                .isEqualTo("allow.auto.create.topics must be true or false.");
        assertThat(AdvancedPropertyCheck.check("partitioner.class", "com.example.NoSuchPartitioner").message())
                .isEqualTo("partitioner.class must name a class the app has (a plugin's jar is not on its class path).");
    }

    @Test
    void aValueKafkasValidatorRefusesIsAnErrorInItsWords() {
        Result range = AdvancedPropertyCheck.check("receive.buffer.bytes", "-5");
        assertThat(range.isError()).isTrue();
        assertThat(range.message()).startsWith("Kafka does not accept this value for receive.buffer.bytes: Value must be at least -1");
        Result choice = AdvancedPropertyCheck.check("client.dns.lookup", "sometimes");
        assertThat(choice.isError()).isTrue();
        assertThat(choice.message()).contains("use_all_dns_ips").doesNotContain("Invalid value");
    }

    @Test
    void keysTheFieldsOrTheAppSetSayWhichWins() {
        assertThat(AdvancedPropertyCheck.check("bootstrap.servers", "other:9092"))
                .isEqualTo(new Result(Level.WARNING, "The profile's bootstrap servers field wins: this line is not used."));
        assertThat(AdvancedPropertyCheck.check("sasl.mechanism", "PLAIN"))
                .isEqualTo(new Result(Level.WARNING, "This overrides what the security settings above set for sasl.mechanism."));
        assertThat(AdvancedPropertyCheck.check("security.protocol", "SASL_TLS").isError()).isTrue();
        assertThat(AdvancedPropertyCheck.check("auto.offset.reset", "earliest").message()).startsWith("The app sets auto.offset.reset itself");
    }

    @Test
    void aSecretValueIsNeverRepeatedAndABlankKeyIsRefused() {
        assertThat(AdvancedPropertyCheck.check("ssl.truststore.password", "hunter2").message()).doesNotContain("hunter2");
        assertThat(AdvancedPropertyCheck.check(" ", "x")).isEqualTo(new Result(Level.ERROR, "The property needs a name."));
        assertThat(AdvancedPropertyCheck.checkAll(Map.of("linger.ms", "x"))).containsOnlyKeys("linger.ms")
                .extractingByKey("linger.ms").extracting(Result::level).isEqualTo(Level.ERROR);
    }
}
