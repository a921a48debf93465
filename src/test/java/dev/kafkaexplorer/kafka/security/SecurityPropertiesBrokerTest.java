package dev.kafkaexplorer.kafka.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.TestCertificates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Profiles' security settings, turned into client properties, reach the secured test broker with real clients. */
class SecurityPropertiesBrokerTest {

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();
    private static final TestCertificates CERTS = BROKER.certificates();

    static Stream<Arguments> profiles() {
        var scram512 = BROKER.scramSha512User();
        var plain = BROKER.plainUser();
        var scram256 = BROKER.scramSha256User();
        TlsSettings pemCa = new TlsSettings(TrustSource.PEM_FILE, CERTS.caPem().toString(),
                ClientCertificateSource.NONE, null, null, true);
        TlsSettings pkcs12Trust = new TlsSettings(TrustSource.PKCS12, CERTS.truststore().toString(),
                ClientCertificateSource.NONE, null, null, true);
        Map<String, String> trustPassword = Map.of(Secrets.TRUSTSTORE_PASSWORD, CERTS.storePassword());
        return Stream.of(
                Arguments.of("SCRAM-SHA-512 over SASL_SSL, PEM CA", BROKER.saslSslServers(),
                        new ClientSecurity(SecurityProtocol.SASL_SSL,
                                SaslSettings.password(SaslMechanism.SCRAM_SHA_512, scram512.user()), pemCa),
                        new Secrets(Map.of(Secrets.SASL_PASSWORD, scram512.password()))),
                Arguments.of("PLAIN over SASL_SSL, PKCS12 trust store", BROKER.saslSslServers(),
                        new ClientSecurity(SecurityProtocol.SASL_SSL,
                                SaslSettings.password(SaslMechanism.PLAIN, plain.user()), pkcs12Trust),
                        new Secrets(Map.of(Secrets.SASL_PASSWORD, plain.password(),
                                Secrets.TRUSTSTORE_PASSWORD, CERTS.storePassword()))),
                Arguments.of("SCRAM-SHA-256 over SASL_PLAINTEXT", BROKER.saslPlaintextServers(),
                        new ClientSecurity(SecurityProtocol.SASL_PLAINTEXT,
                                SaslSettings.password(SaslMechanism.SCRAM_SHA_256, scram256.user()), null),
                        new Secrets(Map.of(Secrets.SASL_PASSWORD, scram256.password()))),
                Arguments.of("mTLS with PEM certificate and key files", BROKER.sslServers(),
                        new ClientSecurity(SecurityProtocol.SSL, null, new TlsSettings(TrustSource.PEM_FILE,
                                CERTS.caPem().toString(), ClientCertificateSource.PEM_FILES,
                                CERTS.clientCertificatePem().toString(), CERTS.clientKeyPem().toString(), true)),
                        Secrets.none()),
                Arguments.of("mTLS with a PKCS12 key store", BROKER.sslServers(),
                        new ClientSecurity(SecurityProtocol.SSL, null, new TlsSettings(TrustSource.PKCS12,
                                CERTS.truststore().toString(), ClientCertificateSource.PKCS12,
                                CERTS.clientKeystore().toString(), null, true)),
                        new Secrets(Map.of(Secrets.TRUSTSTORE_PASSWORD, CERTS.storePassword(),
                                Secrets.KEYSTORE_PASSWORD, CERTS.storePassword()))),
                Arguments.of("PKCS12 trust with an advanced property", BROKER.saslSslServers(),
                        new ClientSecurity(SecurityProtocol.SASL_SSL,
                                SaslSettings.password(SaslMechanism.SCRAM_SHA_512, scram512.user()), pkcs12Trust),
                        new Secrets(Map.of(Secrets.SASL_PASSWORD, scram512.password(),
                                Secrets.forProperty("ssl.truststore.password"), CERTS.storePassword()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void listsTopicsProducesAndReads(String name, String servers, ClientSecurity security, Secrets secrets)
            throws Exception {
        String topic = BROKER.createTopic("profile-security", 1);
        Map<String, String> advanced = name.contains("advanced") ? Map.of("ssl.truststore.password", "") : Map.of();
        ClusterAccess access = new ClusterAccess(servers, SecurityProperties.toClientProperties(security, advanced, secrets));
        for (String secret : secrets.values().values()) {
            assertThat(access.toString()).doesNotContain(secret);
        }

        try (Admin admin = Admin.create(withTimeouts(access))) {
            assertThat(admin.listTopics().names().get()).contains(topic);
        }
        Properties producerProps = withTimeouts(access);
        try (var producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "hello " + name)).get();
        }
        Properties consumerProps = withTimeouts(access);
        try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<ConsumerRecord<String, String>> read = new ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(read::add);
                return !read.isEmpty();
            });
            assertThat(read).extracting(ConsumerRecord::value).containsExactly("hello " + name);
        }
    }

    @Test
    void anImportedClientPropertiesFileConnects() throws Exception {
        String topic = BROKER.createTopic("profile-import", 1);
        var user = BROKER.scramSha512User();
        ImportedClientProperties imported = ClientPropertiesImport.parse(Map.of(
                "bootstrap.servers", BROKER.saslSslServers(), "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                        + user.user() + "\" password=\"" + user.password() + "\";",
                "ssl.truststore.type", "PKCS12", "ssl.truststore.location", CERTS.truststore().toString(),
                "ssl.truststore.password", CERTS.storePassword()));
        ClusterAccess access = new ClusterAccess(imported.bootstrapServers().orElseThrow(),
                SecurityProperties.toClientProperties(imported.security(), imported.advanced(), imported.secrets()));
        try (Admin admin = Admin.create(withTimeouts(access))) {
            assertThat(admin.listTopics().names().get()).contains(topic);
        }
    }

    private static Properties withTimeouts(ClusterAccess access) {
        Properties props = access.applyTo(new Properties());
        props.put("default.api.timeout.ms", "20000");
        props.put("request.timeout.ms", "15000");
        return props;
    }
}
