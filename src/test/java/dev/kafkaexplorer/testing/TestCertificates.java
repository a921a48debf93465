package dev.kafkaexplorer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Certificates made at test time with the JDK's {@code keytool}, so no key material is checked in
 * and none expires: a CA, a broker certificate for {@code localhost} and {@code 127.0.0.1} (as
 * subject alternative names, so clients keep host name verification on) and a client certificate,
 * both signed by the CA. Stores are PKCS12; the CA certificate and the client's certificate and
 * key are also written as PEM files, the key as unencrypted PKCS8 because JDK 17 cannot read the
 * PBES2-encrypted keys openssl writes by default.
 */
public final class TestCertificates {

    /** The distinguished name of the client certificate: the mTLS user's principal is {@code User:} + this. */
    public static final String CLIENT_DN = "CN=explorer-client,O=Kafka Explorer Tests";

    private final Path dir;
    private final String storePassword;

    private TestCertificates(Path dir, String storePassword) {
        this.dir = dir;
        this.storePassword = storePassword;
    }

    /** Makes every store and PEM file in {@code dir}; takes a few seconds (one JVM per keytool call). */
    public static TestCertificates create(Path dir, String storePassword) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestCertificates certs = new TestCertificates(dir, storePassword);
        certs.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=Kafka Explorer Test CA", "-ext", "bc:c",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-keystore", certs.file("ca.p12"));
        // The broker's and the client's chains do not depend on each other: made side by side.
        CompletableFuture<Void> broker = CompletableFuture.runAsync(() ->
                certs.signedKeyPair("broker", "CN=localhost,O=Kafka Explorer Tests", "SAN=dns:localhost,ip:127.0.0.1"));
        CompletableFuture<Void> client = CompletableFuture.runAsync(() ->
                certs.signedKeyPair("client", CLIENT_DN, "EKU=clientAuth"));
        CompletableFuture.allOf(broker, client).join();
        certs.writeTruststoreAndPems();
        return certs;
    }

    public String storePassword() {
        return storePassword;
    }

    /** A PKCS12 store holding only the CA certificate, as clients and the broker trust it. */
    public Path truststore() {
        return dir.resolve("truststore.p12");
    }

    /** The broker's PKCS12 key store: its key and its certificate chain. */
    public Path brokerKeystore() {
        return dir.resolve("broker.p12");
    }

    /** The client's PKCS12 key store, for mutual TLS. */
    public Path clientKeystore() {
        return dir.resolve("client.p12");
    }

    /** The CA certificate as PEM. */
    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    /** The client's certificate chain (client, then CA) as PEM. */
    public Path clientCertificatePem() {
        return dir.resolve("client-chain.pem");
    }

    /** The client's private key as unencrypted PKCS8 PEM. */
    public Path clientKeyPem() {
        return dir.resolve("client-key.pem");
    }

    private void signedKeyPair(String name, String dname, String extension) {
        String store = file(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-dname", dname, "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "30", "-keystore", store);
        keytool("-certreq", "-alias", name, "-keystore", store, "-file", file(name + ".csr"));
        keytool("-gencert", "-alias", "ca", "-keystore", file("ca.p12"), "-infile", file(name + ".csr"),
                "-outfile", file(name + ".crt"), "-rfc", "-validity", "30", "-ext", extension);
        // The reply carries the CA too, so keytool can build the chain without the CA in this store.
        try {
            Files.writeString(dir.resolve(name + "-reply.pem"),
                    Files.readString(dir.resolve(name + ".crt")) + pem("CERTIFICATE", caCertificate().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        keytool("-importcert", "-noprompt", "-alias", name, "-keystore", store, "-file", file(name + "-reply.pem"));
    }

    private void writeTruststoreAndPems() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", caCertificate());
            try (OutputStream out = Files.newOutputStream(truststore())) {
                trust.store(out, storePassword.toCharArray());
            }
            Files.writeString(caPem(), pem("CERTIFICATE", caCertificate().getEncoded()));
            KeyStore client = load(clientKeystore());
            StringBuilder chain = new StringBuilder();
            for (Certificate c : client.getCertificateChain("client")) {
                chain.append(pem("CERTIFICATE", c.getEncoded()));
            }
            Files.writeString(clientCertificatePem(), chain);
            Key key = client.getKey("client", storePassword.toCharArray());
            Files.writeString(clientKeyPem(), pem("PRIVATE KEY", key.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the test trust store and PEM files", e);
        }
    }

    private Certificate caCertificate() throws GeneralSecurityException {
        return load(dir.resolve("ca.p12")).getCertificate("ca");
    }

    private KeyStore load(Path store) throws GeneralSecurityException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, storePassword.toCharArray());
            return keyStore;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private void keytool(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", storePassword));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running keytool", e);
        }
    }
}
