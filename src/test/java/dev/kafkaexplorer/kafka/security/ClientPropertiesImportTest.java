package dev.kafkaexplorer.kafka.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kafka client properties file in, a profile's settings out, and back to a file without secrets. */
class ClientPropertiesImportTest {

    private static final String PASSWORD = "pa\"ss\\word-7f3a";

    @TempDir
    Path dir;

    @Test
    void importThenExportGivesTheSameSettingsWithoutSecrets() throws Exception {
        Path file = Files.writeString(dir.resolve("client.properties"), """
                # as kafka-topics.sh --command-config takes it
                bootstrap.servers=kafka-1.example.com:9093,kafka-2.example.com:9093
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
                    username="alice" password="pa\\\\"ss\\\\\\\\word-7f3a";
                ssl.truststore.type=PEM
                ssl.truststore.location=/etc/kafka/ca.pem
                ssl.keystore.type=PKCS12
                ssl.keystore.location=/etc/kafka/client.p12
                ssl.keystore.password=store-secret-91
                ssl.key.password=key-secret-92
                ssl.endpoint.identification.algorithm=
                client.id=explorer
                basic.auth.user.info=bob:user-info-secret-93
                """);

        ImportedClientProperties imported = ClientPropertiesImport.read(file);

        assertThat(imported.bootstrapServers()).contains("kafka-1.example.com:9093,kafka-2.example.com:9093");
        assertThat(imported.security()).isEqualTo(new ClientSecurity(SecurityProtocol.SASL_SSL,
                SaslSettings.password(SaslMechanism.SCRAM_SHA_512, "alice"),
                new TlsSettings(TrustSource.PEM_FILE, "/etc/kafka/ca.pem", ClientCertificateSource.PKCS12,
                        "/etc/kafka/client.p12", null, false)));
        assertThat(imported.secrets().values()).isEqualTo(Map.of(Secrets.SASL_PASSWORD, PASSWORD,
                Secrets.KEYSTORE_PASSWORD, "store-secret-91", Secrets.KEY_PASSWORD, "key-secret-92",
                Secrets.forProperty("basic.auth.user.info"), "bob:user-info-secret-93"));
        assertThat(imported.advanced()).isEqualTo(Map.of("client.id", "explorer", "basic.auth.user.info", ""));
        assertThat(imported.notes()).isEmpty();

        String exported = ClientPropertiesExport.export("Prod \"EU\" \u00e9\nx", imported.bootstrapServers().orElseThrow(),
                imported.security(), imported.advanced(), imported.secrets());

        assertThat(exported).doesNotContain("7f3a", "store-secret-91", "key-secret-92", "user-info-secret-93")
                .contains("# Secrets are not exported; add them before use: basic.auth.user.info; ssl.key.password;"
                        + " ssl.keystore.password; the SASL password (password=\"...\" in sasl.jaas.config).")
                .startsWith("# Kafka client properties of the profile \"Prod \"EU\" \\u00e9 x\", written by Kafka Explorer.\n")
                .contains("bootstrap.servers=kafka-1.example.com:9093,kafka-2.example.com:9093\n",
                        "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\";\n");
        assertThat(exported.chars()).allMatch(c -> c < 0x7f);
        Path again = Files.writeString(dir.resolve("exported.properties"), exported, StandardCharsets.ISO_8859_1);
        ImportedClientProperties reimported = ClientPropertiesImport.read(again);
        assertThat(reimported.bootstrapServers()).isEqualTo(imported.bootstrapServers());
        assertThat(reimported.security()).isEqualTo(imported.security());
        assertThat(reimported.advanced()).isEqualTo(Map.of("client.id", "explorer"));
        assertThat(reimported.secrets().values()).isEmpty();
    }

    @Test
    void oauthKerberosAndMskIamComeIntoTheirFields() {
        ImportedClientProperties oauth = ClientPropertiesImport.parse(Map.of(
                "security.protocol", "sasl_ssl", "sasl.mechanism", "OAUTHBEARER",
                "sasl.login.callback.handler.class", SecurityProperties.OAUTH_LOGIN_HANDLER,
                "sasl.oauthbearer.token.endpoint.url", "https://idp.example.com/token",
                "sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required"
                        + " clientId=\"explorer\" clientSecret=\"cs-1\" scope=\"kafka\";"));
        assertThat(oauth.security().sasl()).isEqualTo(SaslSettings.oauth("https://idp.example.com/token", "explorer", "kafka"));
        assertThat(oauth.secrets().values()).isEqualTo(Map.of(Secrets.OAUTH_CLIENT_SECRET, "cs-1"));
        assertThat(oauth.advanced()).isEmpty();
        assertThat(ClientPropertiesExport.export("o", null, oauth.security(), oauth.advanced(), oauth.secrets()))
                .doesNotContain("cs-1").contains("sasl.oauthbearer.client.credentials.client.id=explorer\n",
                        "sasl.oauthbearer.scope=kafka\n", "the OAuth client secret",
                        "sasl.oauthbearer.token.endpoint.url=https://idp.example.com/token\n");

        ImportedClientProperties kerberos = ClientPropertiesImport.parse(Map.of(
                "security.protocol", "SASL_PLAINTEXT", "sasl.kerberos.service.name", "kafka-svc",
                "sasl.jaas.config", "com.sun.security.auth.module.Krb5LoginModule required useKeyTab=true storeKey=true"
                        + " keyTab=\"/etc/security/explorer.keytab\" principal=\"explorer@EXAMPLE.COM\";"));
        assertThat(kerberos.security().sasl()).isEqualTo(SaslSettings.kerberos("explorer@EXAMPLE.COM",
                "/etc/security/explorer.keytab", "kafka-svc", null));
        assertThat(kerberos.advanced()).isEmpty();

        ImportedClientProperties msk = ClientPropertiesImport.parse(Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "AWS_MSK_IAM",
                "sasl.client.callback.handler.class", "software.amazon.msk.auth.iam.IAMClientCallbackHandler",
                "sasl.jaas.config", "software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName=\"dev\";"));
        assertThat(msk.security().sasl()).isEqualTo(SaslSettings.mskIam("dev", null));
        assertThat(msk.advanced()).isEmpty();
    }

    @Test
    void aJaasConfigWithOptionsWithoutFieldsStaysWholeAndIsExportedWithoutItsPassword() {
        ImportedClientProperties imported = ClientPropertiesImport.parse(Map.of(
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-256",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"bob\" password=\"pw-secret-44\" tokenauth=\"true\";"));

        assertThat(imported.security().sasl().username()).isEqualTo("bob");
        assertThat(imported.advanced()).isEqualTo(Map.of("sasl.jaas.config", ""));
        assertThat(imported.secrets().values()).containsOnlyKeys(Secrets.forProperty("sasl.jaas.config"));
        assertThat(imported.notes()).singleElement().asString().contains("tokenauth").doesNotContain("pw-secret-44");

        String exported = ClientPropertiesExport.export("scram", "h:9092", imported.security(), imported.advanced(),
                imported.secrets());
        assertThat(exported).doesNotContain("pw-secret-44").contains("the password options of sasl.jaas.config",
                "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required ",
                " username=\"bob\"", " tokenauth=\"true\"");
    }

    @Test
    void aPemKeyStoreFileAndUnknownTypesAreRecognisedOrKept() {
        ImportedClientProperties pem = ClientPropertiesImport.parse(Map.of("security.protocol", "SSL",
                "ssl.keystore.type", "PEM", "ssl.keystore.location", "/c/client.pem",
                "ssl.truststore.type", "BCFKS", "ssl.truststore.location", "/c/trust.bcfks"));
        assertThat(pem.security().tls()).isEqualTo(new TlsSettings(TrustSource.SYSTEM, null,
                ClientCertificateSource.PEM_FILES, "/c/client.pem", "/c/client.pem", true));
        assertThat(pem.advanced()).isEqualTo(Map.of("ssl.truststore.type", "BCFKS", "ssl.truststore.location", "/c/trust.bcfks"));
        assertThat(pem.notes()).singleElement().asString().contains("BCFKS");
        assertThat(ClientPropertiesExport.export("p", null, pem.security(), pem.advanced(), Secrets.none()))
                .contains("ssl.keystore.type=PEM\n", "ssl.keystore.location=/c/client.pem\n", "ssl.truststore.type=BCFKS\n");

        ImportedClientProperties plaintext = ClientPropertiesImport.parse(Map.of("ssl.truststore.location", "/t.jks"));
        assertThat(plaintext.security()).isEqualTo(ClientSecurity.plaintext());
        assertThat(plaintext.advanced()).isEqualTo(Map.of("ssl.truststore.location", "/t.jks"));
    }

    @Test
    void valuesWithLineBreaksBackslashesAndOtherLettersComeBackAsTheyWere() throws Exception {
        Map<String, String> advanced = Map.of("client.id", " caf\u00e9 = a:b\\c\nd #!", "odd key=x", "v");
        String exported = ClientPropertiesExport.export("x", null, ClientSecurity.plaintext(), advanced, Secrets.none());
        Path file = Files.writeString(dir.resolve("odd.properties"), exported, StandardCharsets.US_ASCII);
        assertThat(ClientPropertiesImport.read(file).advanced()).isEqualTo(advanced);
    }

    @Test
    void aFileThatCannotBeReadIsNamedInWords() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ClientPropertiesImport.read(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot read the client properties file " + missing + ": there is no such file.");
    }
}
