package dev.kafkaexplorer.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.awaitility.Awaitility;

/** The broker settings and ACLs of {@link SecuredTestBroker}: its listeners, TLS, SASL and authorizer. */
final class SecuredBrokerConfig {

    private static final String HOST = "127.0.0.1";
    /** The internal and controller listeners are PLAINTEXT, where every client is {@code User:ANONYMOUS}. */
    static final String SUPER_USER = "User:ANONYMOUS";

    private SecuredBrokerConfig() {
    }

    static Properties properties(Map<String, Integer> ports, Path logDir, TestCertificates certs,
                                 SecuredTestBroker.Credentials plainUser, TestTokenEndpoint tokens) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@" + HOST + ":" + ports.get("CONTROLLER"));
        String clientListeners = String.join(",",
                "INTERNAL://" + HOST + ":" + ports.get("INTERNAL"),
                "SASL_SSL://" + HOST + ":" + ports.get("SASL_SSL"),
                "SASL_PLAINTEXT://" + HOST + ":" + ports.get("SASL_PLAINTEXT"),
                "SSL://" + HOST + ":" + ports.get("SSL"),
                "SASL_OAUTH://" + HOST + ":" + ports.get("SASL_OAUTH"));
        p.put("listeners", clientListeners + ",CONTROLLER://" + HOST + ":" + ports.get("CONTROLLER"));
        p.put("advertised.listeners", clientListeners);
        p.put("listener.security.protocol.map", "INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,"
                + "SASL_SSL:SASL_SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SSL:SSL,SASL_OAUTH:SASL_PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "INTERNAL");
        p.put("log.dirs", logDir.toString());

        // TLS for SASL_SSL and SSL: one broker certificate; clients and the broker trust the test CA.
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", certs.brokerKeystore().toString());
        p.put("ssl.keystore.password", certs.storePassword());
        p.put("ssl.key.password", certs.storePassword());
        p.put("ssl.truststore.type", "PKCS12");
        p.put("ssl.truststore.location", certs.truststore().toString());
        p.put("ssl.truststore.password", certs.storePassword());
        p.put("listener.name.ssl.ssl.client.auth", "required");

        p.put("listener.name.sasl_ssl.sasl.enabled.mechanisms", "SCRAM-SHA-512,PLAIN");
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        p.put("listener.name.sasl_ssl.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + plainUser.user()
                        + "=\"" + plainUser.password() + "\";");
        p.put("listener.name.sasl_plaintext.sasl.enabled.mechanisms", "SCRAM-SHA-256");
        p.put("listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");

        // OAUTHBEARER: the secured validator checks each token's RS256 signature against the token
        // endpoint's JWKS, its audience and its issuer; the token's sub is the principal.
        p.put("listener.name.sasl_oauth.sasl.enabled.mechanisms", "OAUTHBEARER");
        p.put("listener.name.sasl_oauth.oauthbearer.sasl.jaas.config",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        p.put("listener.name.sasl_oauth.oauthbearer.sasl.server.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler");
        p.put("sasl.oauthbearer.jwks.endpoint.url", tokens.jwksUrl());
        p.put("sasl.oauthbearer.expected.audience", SecuredTestBroker.OAUTH_AUDIENCE);
        p.put("sasl.oauthbearer.expected.issuer", tokens.issuer());

        p.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.put("super.users", SUPER_USER);

        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "3");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("background.threads", "2");
        return p;
    }

    /**
     * Every user may do everything, except {@code deniedUser}: a DENY wins over the ALLOW for
     * {@code User:*}. Waits until the broker's authorizer has them all, so no test sees a denial
     * that comes only from ACLs still on their way.
     */
    static void grantAllButDenied(Admin admin, String deniedUser) {
        List<AclBinding> acls = new ArrayList<>();
        for (ResourcePattern resource : List.of(
                new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL),
                new ResourcePattern(ResourceType.TOPIC, "*", PatternType.LITERAL),
                new ResourcePattern(ResourceType.GROUP, "*", PatternType.LITERAL),
                new ResourcePattern(ResourceType.TRANSACTIONAL_ID, "*", PatternType.LITERAL))) {
            acls.add(new AclBinding(resource, new AccessControlEntry("User:*", "*", AclOperation.ALL, AclPermissionType.ALLOW)));
            acls.add(new AclBinding(resource, new AccessControlEntry("User:" + deniedUser, "*", AclOperation.ALL, AclPermissionType.DENY)));
        }
        try {
            admin.createAcls(acls).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot create the secured test broker's ACLs", e.getCause());
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() ->
                admin.describeAcls(AclBindingFilter.ANY).values().get().size() == acls.size());
    }
}
