package dev.kafkaexplorer.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kafkaexplorer.kafka.security.TlsSettings;
import dev.kafkaexplorer.kafka.security.TlsSettings.ClientCertificateSource;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import dev.kafkaexplorer.registry.RegistryStub.Reply;
import dev.kafkaexplorer.testing.TempDirs;
import dev.kafkaexplorer.testing.TestCertificates;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An https registry whose certificate is signed by a CA of the test's own: trusted from a PEM file, refused without it. */
class RegistryTlsTest {

    private static Path dir;
    private static TestCertificates certificates;
    private static RegistryStub registry;

    @BeforeAll
    static void startHttpsRegistry() throws Exception {
        dir = Files.createTempDirectory("registry-tls");
        certificates = TestCertificates.create(dir, "store-pass");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates.brokerKeystore())) {
            keys.load(in, "store-pass".toCharArray());
        }
        KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        km.init(keys, "store-pass".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(km.getKeyManagers(), null, null);
        registry = RegistryStub.https(tls, r -> new Reply(200, "[\"payments-value\"]"));
    }

    @AfterAll
    static void stop() {
        registry.close();
        TempDirs.deleteQuietly(dir);
    }

    @Test
    void aPemCaFileIsTrusted() throws Exception {
        TlsSettings pem = new TlsSettings(TrustSource.PEM_FILE, certificates.caPem().toString(), ClientCertificateSource.NONE,
                null, null, true);
        SchemaRegistry client = new HttpSchemaRegistry(new RegistryAccess(registry.url(), null, null, null, pem));
        assertThat(client.subjects()).containsExactly("payments-value");
    }

    @Test
    void withoutTheCaTheCertificateIsNotTrustedInWords() {
        SchemaRegistry client = new HttpSchemaRegistry(new RegistryAccess(registry.url(), null, null, null, TlsSettings.defaults()));
        assertThatThrownBy(client::subjects).hasMessage("no TLS with " + registry.url()
                + ": its certificate is not signed by a trusted CA (set the registry's trusted CA)");
    }

    @Test
    void aMissingCaFileIsSaidSo() {
        String missing = dir.resolve("nope.pem").toString();
        TlsSettings pem = new TlsSettings(TrustSource.PEM_FILE, missing, ClientCertificateSource.NONE, null, null, true);
        SchemaRegistry client = new HttpSchemaRegistry(new RegistryAccess(registry.url(), null, null, null, pem));
        assertThatThrownBy(client::subjects)
                .hasMessage("cannot read the registry's trusted CA file " + missing + ": there is no such file");
    }

    @Test
    void anHttpUrlToAnHttpsRegistryIsSaidSo() {
        String http = registry.url().replace("https://", "http://");
        SchemaRegistry client = new HttpSchemaRegistry(RegistryAccess.open(http));
        assertThatThrownBy(client::subjects).hasMessage("no answer from " + http
                + ": the connection closed without an answer (does it want https://?)");
    }
}
