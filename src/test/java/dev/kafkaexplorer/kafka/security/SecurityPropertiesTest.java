package dev.kafkaexplorer.kafka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.ClusterAccess;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler;
import org.apache.kafka.common.security.oauthbearer.internals.secured.ConfigurationUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client properties of each kind of profile, as Kafka's own config and JAAS parsers read them. */
class SecurityPropertiesTest {

    @TempDir
    Path dir;

    @Test
    void aPlaintextProfileSetsNothing() {
        assertThat(SecurityProperties.toClientProperties(ClientSecurity.plaintext(), Map.of(), Secrets.none())).isEmpty();
    }

    @Test
    void aPasswordWithQuotesAndBackslashesReachesTheLoginModuleAsTyped() {
        String password = "p\"a\\ss word;\n//x";
        Map<String, String> props = SecurityProperties.toClientProperties(new ClientSecurity(
                        SecurityProtocol.SASL_SSL, SaslSettings.password(SaslMechanism.SCRAM_SHA_512, "al\"ice"), null),
                Map.of(), new Secrets(Map.of(Secrets.SASL_PASSWORD, password)));

        assertThat(props).containsEntry("sasl.mechanism", "SCRAM-SHA-512").doesNotContainKey("ssl.truststore.type");
        AppConfigurationEntry entry = jaas(props);
        assertThat(entry.getLoginModuleName()).isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule");
        assertThat(entry.getControlFlag()).isEqualTo(AppConfigurationEntry.LoginModuleControlFlag.REQUIRED);
        assertThat(options(entry)).containsEntry("username", "al\"ice").containsEntry("password", password);
        assertThat(new ClusterAccess("h:9092", props).toString()).doesNotContain("ss word");
        new AdminClientConfig(withServers(props));
    }

    @Test
    void oauthUsesKafkasLoginHandlerAndAllowsItsTokenEndpoint() throws Exception {
        String before = System.getProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS);
        try {
            allowsTheEndpoint();
        } finally {
            // Other tests of this JVM may have endpoints of their own allowed.
            System.setProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS, before == null ? "" : before);
        }
    }

    private void allowsTheEndpoint() throws Exception {
        String endpoint = "https://login.example.com/oauth2/token-" + System.nanoTime();
        System.setProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS, "https://other.example.com/token");
        Map<String, String> props = SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SASL_SSL,
                        SaslSettings.oauth(endpoint, "explorer", "kafka.read"), null),
                Map.of(), new Secrets(Map.of(Secrets.OAUTH_CLIENT_SECRET, "s3cr\"et")));

        assertThat(props).containsEntry("sasl.mechanism", "OAUTHBEARER")
                .containsEntry("sasl.login.callback.handler.class",
                        "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler")
                .containsEntry("sasl.oauthbearer.token.endpoint.url", endpoint);
        // As client properties, not JAAS options (deprecated there in Kafka 4.x).
        assertThat(options(jaas(props))).isEmpty();
        assertThat(props).containsEntry("sasl.oauthbearer.client.credentials.client.id", "explorer")
                .containsEntry("sasl.oauthbearer.client.credentials.client.secret", "s3cr\"et")
                .containsEntry("sasl.oauthbearer.scope", "kafka.read");
        assertThat(System.getProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS))
                .isEqualTo("https://other.example.com/token," + endpoint);
        // Kafka's own handler accepts the endpoint now, and refuses it when it is not allowed.
        configureLoginHandler(props);
        System.setProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS, "https://other.example.com/token");
        assertThatThrownBy(() -> configureLoginHandler(props)).hasStackTraceContaining("allowed.urls");
        JvmSecurityProperties.prepareFor(props);
        SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SASL_SSL,
                SaslSettings.oauth(endpoint, "explorer", null), null), Map.of(), Secrets.none());
        assertThat(System.getProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS).split(",")).hasSize(2);
    }

    @Test
    void aFileTokenEndpointIsAllowedAsAUrlAndAsAFile() throws Exception {
        String urls = System.getProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS);
        String files = System.getProperty(JvmSecurityProperties.ALLOWED_OAUTH_FILES);
        try {
            Path token = Files.writeString(dir.resolve("token.jwt"), "x.y.z");
            String url = token.toUri().toString();
            JvmSecurityProperties.prepareFor(Map.of("sasl.oauthbearer.token.endpoint.url", url));
            // Kafka's own check of a file: token endpoint passes.
            assertThat(new ConfigurationUtils(Map.of("sasl.oauthbearer.token.endpoint.url", url))
                    .validateFileUrl("sasl.oauthbearer.token.endpoint.url")).isEqualTo(token.toFile());
        } finally {
            System.setProperty(JvmSecurityProperties.ALLOWED_OAUTH_URLS, urls == null ? "" : urls);
            System.setProperty(JvmSecurityProperties.ALLOWED_OAUTH_FILES, files == null ? "" : files);
        }
    }

    @Test
    void oauthWithoutScopeLeavesTheScopeOut() {
        Map<String, String> props = SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SASL_SSL,
                SaslSettings.oauth("https://idp.example.com/token", "id", " "), null), Map.of(), Secrets.none());
        assertThat(props).containsKeys("sasl.oauthbearer.client.credentials.client.id",
                "sasl.oauthbearer.client.credentials.client.secret").doesNotContainKey("sasl.oauthbearer.scope");
    }

    @Test
    void kerberosUsesTheKeytabAndServiceNameAndSetsTheKrb5ConfOnce() {
        String before = System.getProperty(JvmSecurityProperties.KRB5_CONF);
        System.clearProperty(JvmSecurityProperties.KRB5_CONF);
        try {
            Map<String, String> props = SecurityProperties.toClientProperties(new ClientSecurity(
                    SecurityProtocol.SASL_SSL, SaslSettings.kerberos("explorer@EXAMPLE.COM",
                    "C:\\keytabs\\explorer.keytab", "", "/etc/krb5-test.conf"), null), Map.of(), Secrets.none());

            assertThat(props).containsEntry("sasl.mechanism", "GSSAPI").containsEntry("sasl.kerberos.service.name", "kafka");
            AppConfigurationEntry entry = jaas(props);
            assertThat(entry.getLoginModuleName()).isEqualTo("com.sun.security.auth.module.Krb5LoginModule");
            assertThat(options(entry)).containsEntry("useKeyTab", "true").containsEntry("storeKey", "true")
                    .containsEntry("keyTab", "C:\\keytabs\\explorer.keytab")
                    .containsEntry("principal", "explorer@EXAMPLE.COM");
            new AdminClientConfig(withServers(props));
            assertThat(System.getProperty(JvmSecurityProperties.KRB5_CONF)).isEqualTo("/etc/krb5-test.conf");
            assertThat(JvmSecurityProperties.useKrb5Conf("/etc/other-krb5.conf")).get().asString()
                    .contains("/etc/krb5-test.conf", "restart");
            assertThat(System.getProperty(JvmSecurityProperties.KRB5_CONF)).isEqualTo("/etc/krb5-test.conf");
        } finally {
            if (before == null) {
                System.clearProperty(JvmSecurityProperties.KRB5_CONF);
            } else {
                System.setProperty(JvmSecurityProperties.KRB5_CONF, before);
            }
        }
    }

    @Test
    void mskIamUsesAmazonsLoginModuleAndCallbackHandler() throws Exception {
        Map<String, String> props = SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SASL_SSL,
                SaslSettings.mskIam("analytics", "arn:aws:iam::123456789012:role/reader"), null), Map.of(), Secrets.none());

        assertThat(props).containsEntry("sasl.mechanism", "AWS_MSK_IAM")
                .containsEntry("sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler")
                .containsEntry("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required"
                        + " awsProfileName=\"analytics\" awsRoleArn=\"arn:aws:iam::123456789012:role/reader\";");
        // The config parser loads the handler class: it is on the class path.
        AdminClientConfig config = new AdminClientConfig(withServers(props));
        assertThat(config.getClass("sasl.client.callback.handler.class").getName()).endsWith("IAMClientCallbackHandler");
        assertThat(Class.forName(jaas(props).getLoginModuleName())).isNotNull();

        Map<String, String> defaultChain = SecurityProperties.toClientProperties(new ClientSecurity(
                SecurityProtocol.SASL_SSL, SaslSettings.mskIam(null, " "), null), Map.of(), Secrets.none());
        assertThat(defaultChain).containsEntry("sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required;");
    }

    @Test
    void pemClientFilesGoInAsTextAndJksStoresWithTheirPasswords() throws Exception {
        Path cert = Files.writeString(dir.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nsecret-key\n-----END PRIVATE KEY-----\n");
        Map<String, String> pem = SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SSL, null,
                new TlsSettings(TrustSource.SYSTEM, null, ClientCertificateSource.PEM_FILES, cert.toString(),
                        key.toString(), false)), Map.of(), new Secrets(Map.of(Secrets.KEY_PASSWORD, "kp")));
        assertThat(pem).containsEntry("ssl.keystore.type", "PEM")
                .containsEntry("ssl.keystore.certificate.chain", Files.readString(cert))
                .containsEntry("ssl.keystore.key", Files.readString(key))
                .containsEntry("ssl.key.password", "kp")
                .containsEntry("ssl.endpoint.identification.algorithm", "")
                .doesNotContainKeys("ssl.truststore.type", "ssl.truststore.location");
        assertThat(new ClusterAccess("h:9093", pem).toString()).doesNotContain("secret-key", "kp");

        Map<String, String> jks = SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SSL, null,
                new TlsSettings(TrustSource.JKS, "/t.jks", ClientCertificateSource.JKS, "/k.jks", null, true)),
                Map.of(), new Secrets(Map.of(Secrets.TRUSTSTORE_PASSWORD, "tp", Secrets.KEYSTORE_PASSWORD, "sp")));
        assertThat(jks).containsEntry("ssl.truststore.type", "JKS").containsEntry("ssl.truststore.location", "/t.jks")
                .containsEntry("ssl.truststore.password", "tp").containsEntry("ssl.keystore.type", "JKS")
                .containsEntry("ssl.keystore.location", "/k.jks").containsEntry("ssl.keystore.password", "sp")
                .doesNotContainKeys("ssl.key.password", "ssl.endpoint.identification.algorithm");
        new AdminClientConfig(withServers(jks));
    }

    @Test
    void anUnreadableKeyFileIsNamedInWords() {
        Path missing = dir.resolve("no-such-key.pem");
        ClientSecurity security = new ClientSecurity(SecurityProtocol.SSL, null, new TlsSettings(TrustSource.SYSTEM,
                null, ClientCertificateSource.PEM_FILES, dir.toString(), missing.toString(), true));
        assertThatThrownBy(() -> SecurityProperties.toClientProperties(security, Map.of(), Secrets.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read the client certificate file " + dir + ": it is a folder.");

        Path cert = dir.resolve("cert.pem");
        ClientSecurity noKey = new ClientSecurity(SecurityProtocol.SSL, null, new TlsSettings(TrustSource.SYSTEM,
                null, ClientCertificateSource.PEM_FILES, cert.toString(), missing.toString(), true));
        assertThatThrownBy(() -> {
            Files.writeString(cert, "x");
            SecurityProperties.toClientProperties(noKey, Map.of(), Secrets.none());
        }).hasMessage("Cannot read the client key file " + missing + ": there is no such file.");
    }

    @Test
    void advancedPropertiesComeLastAndMayOverride() {
        Map<String, String> props = SecurityProperties.toClientProperties(new ClientSecurity(SecurityProtocol.SASL_SSL,
                        SaslSettings.password(SaslMechanism.PLAIN, "u"), null),
                Map.of("sasl.mechanism", "SCRAM-SHA-256", "client.id", "explorer", "basic.auth.user.info", ""),
                new Secrets(Map.of(Secrets.forProperty("basic.auth.user.info"), "u:topsecret",
                        Secrets.forProperty("sasl.oauthbearer.client.credentials.client.secret"), "other")));
        assertThat(props).containsEntry("sasl.mechanism", "SCRAM-SHA-256").containsEntry("client.id", "explorer")
                .containsEntry("basic.auth.user.info", "u:topsecret")
                .containsEntry("sasl.oauthbearer.client.credentials.client.secret", "other");
        assertThat(new ClusterAccess("h:1", props).toString()).doesNotContain("topsecret", "other");
    }

    @Test
    void noSecretOfAnyKindShowsInTheClusterAccessText() throws Exception {
        Path cert = Files.writeString(dir.resolve("c.pem"), "-----BEGIN CERTIFICATE-----\nQ0VSVA==\n-----END CERTIFICATE-----\n");
        Path key = Files.writeString(dir.resolve("k.pem"), "-----BEGIN PRIVATE KEY-----\nS0VZLXNlY3JldA==\n-----END PRIVATE KEY-----\n");
        Secrets secrets = new Secrets(Map.of(Secrets.SASL_PASSWORD, "sasl-pw-1", Secrets.OAUTH_CLIENT_SECRET, "oauth-cs-2",
                Secrets.TRUSTSTORE_PASSWORD, "trust-pw-3", Secrets.KEYSTORE_PASSWORD, "store-pw-4",
                Secrets.KEY_PASSWORD, "key-pw-5", Secrets.forProperty("my.plugin.token"), "plugin-tok-6"));
        TlsSettings pemClient = new TlsSettings(TrustSource.PKCS12, "/t.p12", ClientCertificateSource.PEM_FILES,
                cert.toString(), key.toString(), true);
        TlsSettings storeClient = new TlsSettings(TrustSource.JKS, "/t.jks", ClientCertificateSource.PKCS12,
                "/k.p12", null, true);
        for (SaslSettings sasl : List.of(SaslSettings.password(SaslMechanism.PLAIN, "u"),
                SaslSettings.oauth("https://idp.example.com/t", "id", null))) {
            for (TlsSettings tls : List.of(pemClient, storeClient)) {
                Map<String, String> props = SecurityProperties.toClientProperties(
                        new ClientSecurity(SecurityProtocol.SASL_SSL, sasl, tls), Map.of("my.plugin.token", ""), secrets);
                String text = new ClusterAccess("h:9093", props).toString();
                assertThat(text).doesNotContain("sasl-pw-1", "oauth-cs-2", "trust-pw-3", "store-pw-4", "key-pw-5",
                        "plugin-tok-6", "S0VZLXNlY3JldA==").contains("sasl.jaas.config=[hidden]");
            }
        }
    }

    private static AppConfigurationEntry jaas(Map<String, String> props) {
        List<AppConfigurationEntry> entries = JaasContext.loadClientContext(
                Map.of("sasl.jaas.config", new Password(props.get("sasl.jaas.config")))).configurationEntries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private static void configureLoginHandler(Map<String, String> props) {
        OAuthBearerLoginCallbackHandler handler = new OAuthBearerLoginCallbackHandler();
        try {
            handler.configure(new AdminClientConfig(withServers(props)).values(), "OAUTHBEARER", List.of(jaas(props)));
        } finally {
            handler.close();
        }
    }

    private static Map<String, Object> options(AppConfigurationEntry entry) {
        return new HashMap<>(entry.getOptions());
    }

    private static Map<String, Object> withServers(Map<String, String> props) {
        Map<String, Object> all = new HashMap<>(props);
        all.put("bootstrap.servers", "localhost:9092");
        return all;
    }
}
