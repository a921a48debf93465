package dev.kafkaexplorer.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

/**
 * A TLS server on 127.0.0.1 whose certificate, signed by a CA the client may trust, expired days
 * ago: made with the JDK's keytool at test time (no broker takes an expired certificate, so this
 * is a bare TLS server, which is all the handshake step needs).
 */
public final class ExpiredCertificateServer implements AutoCloseable {

    private static final String PASSWORD = "expired-test";

    private final Path dir;
    private final SSLServerSocket server;

    private ExpiredCertificateServer(Path dir, SSLServerSocket server) {
        this.dir = dir;
        this.server = server;
    }

    /** Makes the CA and the expired certificate, then accepts TLS connections on a thread of its own. */
    public static ExpiredCertificateServer start() throws Exception {
        Path dir = Files.createTempDirectory("kafka-explorer-expired-cert");
        keytool(dir, "-genkeypair", "-alias", "ca", "-dname", "CN=Expired Test CA", "-ext", "bc:c",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-keystore", "ca.p12");
        keytool(dir, "-genkeypair", "-alias", "server", "-dname", "CN=localhost", "-keyalg", "RSA",
                "-keysize", "2048", "-keystore", "server.p12");
        keytool(dir, "-certreq", "-alias", "server", "-keystore", "server.p12", "-file", "server.csr");
        keytool(dir, "-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "server.csr", "-outfile",
                "server.crt", "-startdate", "-10d", "-validity", "2", "-ext", "SAN=dns:localhost,ip:127.0.0.1");
        keytool(dir, "-exportcert", "-alias", "ca", "-keystore", "ca.p12", "-rfc", "-file", "ca.crt");
        keytool(dir, "-importcert", "-alias", "ca", "-file", "ca.crt", "-keystore", "server.p12", "-noprompt");
        keytool(dir, "-importcert", "-alias", "server", "-file", "server.crt", "-keystore", "server.p12");
        keytool(dir, "-importcert", "-alias", "ca", "-file", "ca.crt", "-keystore", "truststore.p12", "-noprompt");

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        SSLServerSocket server = (SSLServerSocket) context.getServerSocketFactory()
                .createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(() -> serve(server), "expired-cert-server");
        accepting.setDaemon(true);
        accepting.start();
        return new ExpiredCertificateServer(dir, server);
    }

    public String bootstrapServers() {
        return "localhost:" + server.getLocalPort();
    }

    /** A PKCS12 truststore holding the CA that signed the expired certificate. */
    public Path truststore() {
        return dir.resolve("truststore.p12");
    }

    public String truststorePassword() {
        return PASSWORD;
    }

    private static void serve(SSLServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                ((SSLSocket) socket).startHandshake();
            } catch (IOException endOfOneClient) {
                // The client refuses the certificate, or the server closed: next client, or the end.
            }
        }
    }

    private static void keytool(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TempDirs.deleteQuietly(dir);
    }
}
