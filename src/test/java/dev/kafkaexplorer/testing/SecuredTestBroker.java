package dev.kafkaexplorer.testing;

import dev.kafkaexplorer.broker.EmbeddedBroker;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Time;
import org.awaitility.Awaitility;

/**
 * One secured single-node KRaft broker for the whole test JVM, started on first use, in process,
 * on free loopback ports. Its listeners:
 * <ul>
 *   <li>{@code INTERNAL} (PLAINTEXT): the fixture's own admin, a super user, for setting up and checking;</li>
 *   <li>{@code SASL_SSL}: SCRAM-SHA-512 and PLAIN over TLS;</li>
 *   <li>{@code SASL_PLAINTEXT}: SCRAM-SHA-256 without TLS;</li>
 *   <li>{@code SSL}: mutual TLS, {@code ssl.client.auth=required};</li>
 *   <li>{@code SASL_OAUTH} (SASL_PLAINTEXT): OAUTHBEARER with tokens from {@link #tokenEndpoint()},
 *       checked against its signing key, {@link #OAUTH_AUDIENCE} and its issuer; the token's
 *       {@code sub} is the principal.</li>
 * </ul>
 * The StandardAuthorizer is on: every user may do everything, except {@link #deniedUser()}, who
 * logs in but is denied on the cluster, every topic and every group. Certificates come from
 * {@link TestCertificates}; SCRAM users are created when the storage is formatted, PLAIN users in
 * the listener's JAAS config, OAuth clients at the token endpoint, whose URLs this JVM's
 * {@link TestTokenEndpoint#ALLOWED_URLS_PROPERTY} lists. Passwords and client secrets are random
 * per JVM, so a test can search for them.
 */
public final class SecuredTestBroker {

    private static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static SecuredTestBroker shared;
    /** The audience ({@code aud}) the OAUTHBEARER listener expects in a token. */
    public static final String OAUTH_AUDIENCE = "kafka-explorer-test-cluster";
    private static final String OAUTH_LOGIN_MODULE = "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule";
    private static final String OAUTH_LOGIN_CALLBACK_HANDLER =
            "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler";

    /** A user name and its password. */
    public record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[" + user + "]";
        }
    }

    private final Path dir;
    private final TestCertificates certificates;
    private final Map<String, Integer> ports = new HashMap<>();
    private final Credentials scramSha512 = new Credentials("alice", secret("scram512"));
    private final Credentials scramSha256 = new Credentials("bob", secret("scram256"));
    private final Credentials plain = new Credentials("carol", secret("plain"));
    private final Credentials denied = new Credentials("mallory", secret("denied"));
    private final TestTokenEndpoint tokens;
    private final TestTokenEndpoint.Client oauthClient;
    private final TestTokenEndpoint.Client oauthDeniedClient;
    private final TestTokenEndpoint.Client oauthOtherAudienceClient;
    private KafkaRaftServer server;

    private SecuredTestBroker(Path dir) {
        this.dir = dir;
        this.certificates = TestCertificates.create(dir.resolve("certs"), secret("store"));
        Iterator<Integer> free = EmbeddedBroker.freePorts(6).iterator();
        for (String listener : List.of("INTERNAL", "SASL_SSL", "SASL_PLAINTEXT", "SSL", "SASL_OAUTH", "CONTROLLER")) {
            ports.put(listener, free.next());
        }
        this.tokens = TestTokenEndpoint.start();
        this.oauthClient = tokens.register("explorer-app", "dave", OAUTH_AUDIENCE);
        this.oauthDeniedClient = tokens.register("denied-app", denied.user(), OAUTH_AUDIENCE);
        this.oauthOtherAudienceClient = tokens.register("other-cluster-app", "erin", "some-other-cluster");
        // The broker reads the JWKS, the clients the token URL; Kafka refuses any URL not listed.
        TestTokenEndpoint.allowInThisJvm(tokens.jwksUrl(), tokens.tokenUrl());
    }

    /** The broker of this test JVM, started (with its users and ACLs in place) on first call. */
    public static synchronized SecuredTestBroker shared() {
        if (shared == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("kafka-explorer-secured-broker");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SecuredTestBroker broker = new SecuredTestBroker(dir);
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "secured-test-broker-stop"));
            shared = broker;
        }
        return shared;
    }

    public String internalServers() {
        return address("INTERNAL");
    }

    public String saslSslServers() {
        return address("SASL_SSL");
    }

    public String saslPlaintextServers() {
        return address("SASL_PLAINTEXT");
    }

    public String sslServers() {
        return address("SSL");
    }

    /** The OAUTHBEARER listener (SASL_PLAINTEXT). */
    public String saslOauthServers() {
        return address("SASL_OAUTH");
    }

    /** The identity provider of the OAUTHBEARER listener: token URL, JWKS, request counts. */
    public TestTokenEndpoint tokenEndpoint() {
        return tokens;
    }

    /** An OAuth client whose tokens name the principal {@code User:dave}, allowed everything. */
    public TestTokenEndpoint.Client oauthClient() {
        return oauthClient;
    }

    /** An OAuth client whose tokens name {@link #deniedUser()}: it logs in but is denied every operation. */
    public TestTokenEndpoint.Client oauthDeniedClient() {
        return oauthDeniedClient;
    }

    /** An OAuth client whose tokens are made out for another audience: the broker refuses them. */
    public TestTokenEndpoint.Client oauthOtherAudienceClient() {
        return oauthOtherAudienceClient;
    }

    /** The SCRAM-SHA-512 user (SASL_SSL listener). */
    public Credentials scramSha512User() {
        return scramSha512;
    }

    /** The SCRAM-SHA-256 user (SASL_PLAINTEXT listener). */
    public Credentials scramSha256User() {
        return scramSha256;
    }

    /** The PLAIN user (SASL_SSL listener). */
    public Credentials plainUser() {
        return plain;
    }

    /** A SCRAM-SHA-512 user who logs in but is denied every operation (cluster, topics, groups). */
    public Credentials deniedUser() {
        return denied;
    }

    public TestCertificates certificates() {
        return certificates;
    }

    public ClusterAccess scramSha512OverSaslSsl() {
        return saslSsl("SCRAM-SHA-512", scramSha512.user(), scramSha512.password());
    }

    public ClusterAccess plainOverSaslSsl() {
        return saslSsl("PLAIN", plain.user(), plain.password());
    }

    public ClusterAccess scramSha256OverSaslPlaintext() {
        return new ClusterAccess(saslPlaintextServers(), sasl("SASL_PLAINTEXT", "SCRAM-SHA-256",
                scramSha256.user(), scramSha256.password()));
    }

    /** {@link #oauthClient()} over the OAUTHBEARER listener, with Kafka's client credentials login. */
    public ClusterAccess oauthOverSaslPlaintext() {
        return oauth(tokens.tokenUrl(), oauthClient.id(), oauthClient.secret());
    }

    /**
     * Kafka's client credentials login against {@code tokenUrl} with any client ID and secret (a
     * wrong one, another client's) over the OAUTHBEARER listener, the client ID, secret and scope
     * as Kafka 4.1+ configs (their JAAS options are deprecated). The JVM must allow
     * {@code tokenUrl} ({@link TestTokenEndpoint#allowInThisJvm}).
     */
    public ClusterAccess oauth(String tokenUrl, String clientId, String clientSecret) {
        return new ClusterAccess(saslOauthServers(), Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "OAUTHBEARER",
                "sasl.login.callback.handler.class", OAUTH_LOGIN_CALLBACK_HANDLER,
                "sasl.oauthbearer.token.endpoint.url", tokenUrl,
                "sasl.oauthbearer.client.credentials.client.id", clientId,
                "sasl.oauthbearer.client.credentials.client.secret", clientSecret,
                "sasl.oauthbearer.scope", TestTokenEndpoint.DEFAULT_SCOPE,
                "sasl.jaas.config", OAUTH_LOGIN_MODULE + " required;"));
    }

    /** As {@link #oauth}, but the client ID, secret and scope as (deprecated) JAAS options, as before Kafka 4.1. */
    public ClusterAccess oauthWithJaasOptions(String tokenUrl, String clientId, String clientSecret) {
        return new ClusterAccess(saslOauthServers(), Map.of(
                "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "OAUTHBEARER",
                "sasl.login.callback.handler.class", OAUTH_LOGIN_CALLBACK_HANDLER,
                "sasl.oauthbearer.token.endpoint.url", tokenUrl,
                "sasl.jaas.config", OAUTH_LOGIN_MODULE + " required clientId=\"" + clientId + "\" clientSecret=\""
                        + clientSecret + "\" scope=\"" + TestTokenEndpoint.DEFAULT_SCOPE + "\";"));
    }

    /** Any user and password (a wrong one, the denied user) with {@code mechanism} over the SASL_SSL listener. */
    public ClusterAccess saslSsl(String mechanism, String user, String password) {
        Map<String, String> props = sasl("SASL_SSL", mechanism, user, password);
        props.putAll(trust());
        return new ClusterAccess(saslSslServers(), props);
    }

    /** Mutual TLS on the SSL listener with the client's PKCS12 key store. */
    public ClusterAccess mutualTls() {
        Map<String, String> props = new HashMap<>(trust());
        props.put("security.protocol", "SSL");
        props.put("ssl.keystore.type", "PKCS12");
        props.put("ssl.keystore.location", certificates.clientKeystore().toString());
        props.put("ssl.keystore.password", certificates.storePassword());
        props.put("ssl.key.password", certificates.storePassword());
        return new ClusterAccess(sslServers(), props);
    }

    /** TLS on the SSL listener that trusts the broker but has no client certificate: the broker refuses it. */
    public ClusterAccess tlsWithoutClientCertificate() {
        Map<String, String> props = new HashMap<>(trust());
        props.put("security.protocol", "SSL");
        return new ClusterAccess(sslServers(), props);
    }

    /**
     * Mutual TLS on the SSL listener from PEM: the CA as a file, the client's certificate chain and
     * unencrypted key as text (the Kafka client reads a PEM key file only with a key password).
     */
    public ClusterAccess mutualTlsWithPem() {
        try {
            return new ClusterAccess(sslServers(), Map.of(
                    "security.protocol", "SSL",
                    "ssl.truststore.type", "PEM",
                    "ssl.truststore.location", certificates.caPem().toString(),
                    "ssl.keystore.type", "PEM",
                    "ssl.keystore.certificate.chain", Files.readString(certificates.clientCertificatePem()),
                    "ssl.keystore.key", Files.readString(certificates.clientKeyPem())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An admin client on the internal listener, a super user; close it when done. */
    public Admin admin() {
        return Admin.create(Map.of("bootstrap.servers", internalServers()));
    }

    /** Creates a topic (through the internal listener) and waits until its partitions have leaders. */
    public String createTopic(String prefix, int partitions) {
        String name = TestBroker.uniqueTopic(prefix);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all().get();
            Awaitility.await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() ->
                    admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions().stream()
                            .allMatch(p -> p.leader() != null));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create topic " + name, e);
        }
        return name;
    }

    private Map<String, String> trust() {
        return Map.of("ssl.truststore.type", "PKCS12",
                "ssl.truststore.location", certificates.truststore().toString(),
                "ssl.truststore.password", certificates.storePassword());
    }

    private static Map<String, String> sasl(String protocol, String mechanism, String user, String password) {
        String module = mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                : "org.apache.kafka.common.security.scram.ScramLoginModule";
        Map<String, String> props = new HashMap<>();
        props.put("security.protocol", protocol);
        props.put("sasl.mechanism", mechanism);
        props.put("sasl.jaas.config", module + " required username=\"" + user + "\" password=\"" + password + "\";");
        return props;
    }

    private String address(String listener) {
        return HOST + ":" + ports.get(listener);
    }

    private void start() {
        Path logDir = dir.resolve("kraft-logs");
        KafkaConfig config = KafkaConfig.fromProps(SecuredBrokerConfig.properties(ports, logDir, certificates, plain, tokens), false);
        format(logDir);
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        starting.startup();
        server = starting;
        try (Admin admin = admin()) {
            SecuredBrokerConfig.grantAllButDenied(admin, denied.user());
        }
    }

    private void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
        tokens.close();
        TempDirs.deleteQuietly(dir);
    }

    private void format(Path logDir) {
        try {
            Files.createDirectories(logDir);
            EmbeddedBroker.storageFormatter(logDir, NODE_ID)
                    // Users made with the storage are there from the first request: no waiting for
                    // credentials created through the Admin API to reach the broker.
                    .setScramArguments(List.of(
                            scram("SCRAM-SHA-512", scramSha512), scram("SCRAM-SHA-512", denied),
                            scram("SCRAM-SHA-256", scramSha256)))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the secured test broker in " + logDir, e);
        }
    }

    private static String scram(String mechanism, Credentials c) {
        return mechanism + "=[name=" + c.user() + ",password=" + c.password() + "]";
    }

    private static String secret(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
