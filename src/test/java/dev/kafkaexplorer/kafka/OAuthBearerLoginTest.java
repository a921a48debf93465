package dev.kafkaexplorer.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.testing.SecuredTestBroker;
import dev.kafkaexplorer.testing.TestTokenEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.security.oauthbearer.ClientJwtValidator;
import org.apache.kafka.common.security.oauthbearer.JwtValidatorException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Plain Kafka clients made from raw client properties log in with OAUTHBEARER through Kafka's own
 * client credentials login (OAuthBearerLoginCallbackHandler) against the test token endpoint, and
 * each way that login goes wrong shows up where and with the words a user would see.
 */
class OAuthBearerLoginTest {

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Test
    void anAdminAProducerAndAConsumerLogInWithTokensFromTheEndpoint() throws Exception {
        String topic = BROKER.createTopic("oauth-stream", 1);
        int issuedBefore = BROKER.tokenEndpoint().tokensIssued();
        ClusterAccess access = BROKER.oauthOverSaslPlaintext();

        try (Admin admin = Admin.create(withTimeouts(access))) {
            assertThat(admin.listTopics().names().get()).contains(topic);
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(withTimeouts(access),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "sent-with-a-token")).get();
        }
        Properties consumerProps = withTimeouts(access);
        consumerProps.put("group.id", "oauth-group-" + System.nanoTime());
        consumerProps.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps,
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(TIMEOUT).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
                return !values.isEmpty();
            });
        }

        assertThat(values).containsExactly("sent-with-a-token");
        assertThat(BROKER.tokenEndpoint().tokensIssued()).isGreaterThan(issuedBefore);
    }

    @Test
    void theClientIdAndSecretMayStillComeAsJaasOptions() throws Exception {
        TestTokenEndpoint.Client client = BROKER.oauthClient();
        ClusterAccess access = BROKER.oauthWithJaasOptions(BROKER.tokenEndpoint().tokenUrl(), client.id(), client.secret());
        try (Admin admin = Admin.create(withTimeouts(access))) {
            assertThat(admin.describeCluster().nodes().get()).hasSize(1);
        }
    }

    @Test
    void aWrongClientSecretIsRefusedByTheEndpointWhenTheClientIsMade() {
        TestTokenEndpoint.Client client = BROKER.oauthClient();
        String wrong = "not-" + client.secret();
        int requestsBefore = BROKER.tokenEndpoint().tokenRequests();

        assertThatThrownBy(() -> Admin.create(withTimeouts(BROKER.oauth(BROKER.tokenEndpoint().tokenUrl(), client.id(), wrong))))
                .isInstanceOf(KafkaException.class)
                .satisfies(e -> assertThat(chain(e))
                        .contains("response code 401")
                        .contains("The client secret is wrong for client '" + client.id() + "'")
                        .doesNotContain(wrong));
        assertThat(BROKER.tokenEndpoint().tokenRequests()).isGreaterThan(requestsBefore);
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedByTheBroker() {
        TestTokenEndpoint.Client other = BROKER.oauthOtherAudienceClient();
        try (Admin admin = Admin.create(withTimeouts(BROKER.oauth(BROKER.tokenEndpoint().tokenUrl(), other.id(), other.secret())))) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void theDeniedSubjectLogsInButMayNotDescribeTopics() {
        TestTokenEndpoint.Client denied = BROKER.oauthDeniedClient();
        String topic = BROKER.createTopic("oauth-denied", 1);
        try (Admin admin = Admin.create(withTimeouts(BROKER.oauth(BROKER.tokenEndpoint().tokenUrl(), denied.id(), denied.secret())))) {
            assertThatThrownBy(() -> admin.describeTopics(List.of(topic)).allTopicNames().get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void aTokenUrlThisJvmDoesNotAllowIsRefusedBeforeAnyRequest() {
        TestTokenEndpoint.Client client = BROKER.oauthClient();
        // Kafka compares the configured URL with the allowed list as a whole string.
        String unlisted = BROKER.tokenEndpoint().tokenUrl() + "?unlisted";

        assertThatThrownBy(() -> Admin.create(withTimeouts(BROKER.oauth(unlisted, client.id(), client.secret()))))
                .isInstanceOf(KafkaException.class)
                .satisfies(e -> assertThat(chain(e)).contains(TestTokenEndpoint.ALLOWED_URLS_PROPERTY));
    }

    @Test
    void kafkasClientRefusesAnUnsignedToken() {
        // Why the test endpoint signs its tokens: the client's own check wants three non-empty
        // sections, so an alg "none" token ("header.claims.") never reaches the broker.
        ClientJwtValidator validator = new ClientJwtValidator();
        validator.configure(Map.of("sasl.oauthbearer.scope.claim.name", "scope", "sasl.oauthbearer.sub.claim.name", "sub"),
                "OAUTHBEARER", List.of());
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String unsigned = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"dave\",\"iat\":" + now + ",\"exp\":" + (now + 60) + "}")
                        .getBytes(StandardCharsets.UTF_8)) + ".";

        assertThatThrownBy(() -> validator.validate(unsigned)).isInstanceOf(JwtValidatorException.class)
                .hasMessageContaining("expected three sections");
    }

    private static Properties withTimeouts(ClusterAccess access) {
        Properties props = access.applyTo(new Properties());
        props.put("default.api.timeout.ms", "15000");
        props.put("request.timeout.ms", "10000");
        return props;
    }

    private static String chain(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            s.append(t).append('\n');
        }
        return s.toString();
    }
}
