package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ClusterAccessTest {

    private final ClusterAccess scram = new ClusterAccess(" broker:9093 ", Map.of(
            "security.protocol", "SASL_SSL",
            "sasl.mechanism", "SCRAM-SHA-512",
            "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" password=\"s3cret-pw\";",
            "ssl.truststore.password", "trust-pw",
            "bootstrap.servers", "elsewhere:9092"));

    @Test
    void theBootstrapServersWinOverAPropertyOfTheSameName() {
        Properties p = scram.applyTo(new Properties());
        assertThat(p).containsEntry("bootstrap.servers", "broker:9093").containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void itsTextNamesEverySettingButShowsNoSecret() {
        assertThat(scram.toString())
                .contains("broker:9093", "security.protocol=SASL_SSL", "sasl.mechanism=SCRAM-SHA-512",
                        "sasl.jaas.config=[hidden]", "ssl.truststore.password=[hidden]")
                .doesNotContain("s3cret-pw", "trust-pw", "alice");
    }

    @Test
    void kafkasOwnPasswordKeysAreSecretAndUnknownKeysByTheirName() {
        assertThat(ClusterAccess.isSecret("ssl.keystore.key")).isTrue();
        assertThat(ClusterAccess.isSecret("sasl.jaas.config")).isTrue();
        assertThat(ClusterAccess.isSecret("sasl.oauthbearer.token.endpoint.url")).as("a URL Kafka defines").isFalse();
        assertThat(ClusterAccess.isSecret("ssl.truststore.location")).isFalse();
        assertThat(ClusterAccess.isSecret("basic.auth.user.info")).as("a registry plugin's key").isTrue();
    }
}
