package dev.kafkaexplorer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

/** The fixture itself, with plain Kafka clients: each listener lets its users in, and only them. */
class SecuredTestBrokerTest {

    private static final SecuredTestBroker BROKER = SecuredTestBroker.shared();

    @Test
    void everyListenerListsTopicsWithItsAccess() throws Exception {
        String topic = BROKER.createTopic("secured-fixture", 1);
        for (ClusterAccess access : List.of(BROKER.scramSha512OverSaslSsl(), BROKER.plainOverSaslSsl(),
                BROKER.scramSha256OverSaslPlaintext(), BROKER.mutualTls(), BROKER.mutualTlsWithPem())) {
            try (Admin admin = Admin.create(withTimeouts(access))) {
                assertThat(admin.listTopics().names().get()).as(access.toString()).contains(topic);
            }
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        ClusterAccess wrong = BROKER.saslSsl("SCRAM-SHA-512", BROKER.scramSha512User().user(), "not-the-password");
        try (Admin admin = Admin.create(withTimeouts(wrong))) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void theSslListenerRefusesAClientWithoutCertificate() {
        try (Admin admin = Admin.create(withTimeouts(BROKER.tlsWithoutClientCertificate()))) {
            assertThatThrownBy(() -> admin.listTopics().names().get())
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void theDeniedUserLogsInButMayNotDescribe() throws Exception {
        var denied = BROKER.deniedUser();
        try (Admin admin = Admin.create(withTimeouts(BROKER.saslSsl("SCRAM-SHA-512", denied.user(), denied.password())))) {
            String topic = BROKER.createTopic("secured-denied", 1);
            assertThatThrownBy(() -> admin.describeTopics(List.of(topic)).allTopicNames().get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
            // Describing the cluster itself is not refused: it answers that the user may do nothing.
            assertThat(admin.describeCluster(new DescribeClusterOptions().includeAuthorizedOperations(true))
                    .authorizedOperations().get()).isEmpty();
        }
    }

    private static Properties withTimeouts(ClusterAccess access) {
        Properties props = access.applyTo(new Properties());
        props.put("default.api.timeout.ms", "15000");
        props.put("request.timeout.ms", "10000");
        return props;
    }
}
