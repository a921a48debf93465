package dev.kafkaexplorer.registry;

import dev.kafkaexplorer.kafka.security.TlsSettings;
import dev.kafkaexplorer.kafka.security.TlsSettings.TrustSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The TLS trust of an https registry, from the same {@link TlsSettings} a cluster profile has: the
 * JVM's CAs, a PEM file of CA certificates, or a JKS / PKCS12 trust store (read without its password,
 * which only guards the store's integrity, as Kafka's client does when none is set). A client
 * certificate is not presented: the registry's access carries no key password.
 */
final class RegistryTls {

    private RegistryTls() {
    }

    /** The context for {@code tls}, or null when the JVM's defaults do (no settings, or the JVM's CAs with host names checked). */
    static SSLContext sslContext(TlsSettings tls) throws RegistryException {
        if (tls == null || (tls.trustSource() == TrustSource.SYSTEM && tls.hostnameVerification())) {
            return null;
        }
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trustStore(tls));
            TrustManager[] managers = factory.getTrustManagers();
            if (!tls.hostnameVerification()) {
                for (int i = 0; i < managers.length; i++) {
                    if (managers[i] instanceof X509TrustManager x509) {
                        managers[i] = new AnyHostName(x509);
                    }
                }
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, managers, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new RegistryException("cannot use the registry's trusted CAs: " + e.getMessage());
        }
    }

    /** The trusted certificates, or null for the JVM's own. */
    private static KeyStore trustStore(TlsSettings tls) throws RegistryException, GeneralSecurityException {
        if (tls.trustSource() == TrustSource.SYSTEM) {
            return null;
        }
        String file = tls.trustPath();
        if (file == null || file.isBlank()) {
            throw new RegistryException("no trusted CA file is set for the registry");
        }
        try (InputStream in = Files.newInputStream(Path.of(file.trim()))) {
            if (tls.trustSource() == TrustSource.PEM_FILE) {
                Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                if (certificates.isEmpty()) {
                    throw new RegistryException("the registry's trusted CA file " + file + " holds no certificate");
                }
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                int n = 0;
                for (Certificate c : certificates) {
                    store.setCertificateEntry("ca-" + n++, c);
                }
                return store;
            }
            KeyStore store = KeyStore.getInstance(tls.trustSource().name());
            store.load(in, null);
            if (store.size() == 0) {
                // A PKCS12 store keeps its certificates encrypted with its password, which the registry's access does not carry.
                throw new RegistryException("the registry's trust store " + file
                        + " shows no certificate without its password: give the CA as a PEM file instead");
            }
            return store;
        } catch (NoSuchFileException e) {
            throw new RegistryException("cannot read the registry's trusted CA file " + file + ": there is no such file");
        } catch (AccessDeniedException e) {
            throw new RegistryException("cannot read the registry's trusted CA file " + file + ": you may not read it");
        } catch (CertificateException e) {
            throw new RegistryException("the registry's trusted CA file " + file + " is not PEM certificates: " + e.getMessage());
        } catch (IOException | InvalidPathException e) {
            throw new RegistryException("cannot read the registry's trusted CA file " + file + ": " + e.getMessage());
        }
    }

    /**
     * Checks the certificate chain but not the host name: the JDK's HTTP client always asks for the
     * host name check, and an extended trust manager is the one place to leave it out, for this
     * registry only (the JVM-wide switch would drop it for every connection).
     */
    private static final class AnyHostName extends X509ExtendedTrustManager {

        private final X509TrustManager chain;

        AnyHostName(X509TrustManager chain) {
            this.chain = chain;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certs, String authType, SSLEngine engine) throws CertificateException {
            chain.checkServerTrusted(certs, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certs, String authType, Socket socket) throws CertificateException {
            chain.checkServerTrusted(certs, authType);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certs, String authType) throws CertificateException {
            chain.checkServerTrusted(certs, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certs, String authType, SSLEngine engine) throws CertificateException {
            chain.checkClientTrusted(certs, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certs, String authType, Socket socket) throws CertificateException {
            chain.checkClientTrusted(certs, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certs, String authType) throws CertificateException {
            chain.checkClientTrusted(certs, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return chain.getAcceptedIssuers();
        }
    }
}
