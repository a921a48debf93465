package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.security.ssl.DefaultSslEngineFactory;

/**
 * TLS as the Kafka client would do it for a profile: Kafka's own {@link DefaultSslEngineFactory}
 * reads the profile's truststore, keystore or PEM settings, so the doctor trusts and presents
 * exactly what the app's clients will.
 */
final class TlsSettings implements AutoCloseable {

    private final DefaultSslEngineFactory factory;
    private final String endpointIdentification;

    private TlsSettings(DefaultSslEngineFactory factory, String endpointIdentification) {
        this.factory = factory;
        this.endpointIdentification = endpointIdentification;
    }

    /** The profile's TLS settings, parsed as the client parses them; a KafkaException when they are unusable. */
    static TlsSettings of(ClusterAccess access) {
        AdminClientConfig config = new AdminClientConfig(access.applyTo(new Properties()));
        DefaultSslEngineFactory factory = new DefaultSslEngineFactory();
        factory.configure(config.values());
        String identification = config.getString(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG);
        return new TlsSettings(factory, identification == null ? "" : identification);
    }

    boolean hasClientCertificate() {
        return factory.keystore() != null;
    }

    boolean checksHostName() {
        return !endpointIdentification.isEmpty();
    }

    /** Wraps a connected socket in TLS with the profile's trust, key, protocols and host name check. */
    SSLSocket wrap(Socket plain, Endpoint e) throws IOException {
        SSLEngine like = factory.createClientSslEngine(e.host(), e.port(), endpointIdentification);
        SSLParameters params = like.getSSLParameters();
        SSLSocket tls = (SSLSocket) factory.sslContext().getSocketFactory()
                .createSocket(plain, e.host(), e.port(), true);
        tls.setSSLParameters(params);
        tls.setUseClientMode(true);
        return tls;
    }

    @Override
    public void close() {
        factory.close();
    }

    /**
     * The bytes of a TLS ClientHello for {@code host}: enough to see whether a listener answers in
     * TLS at all. No certificate is checked before the server's answer, so the JVM's defaults do.
     */
    static byte[] clientHello(String host, int port) throws SSLException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, null, null);
            SSLEngine engine = context.createSSLEngine(host, port);
            engine.setUseClientMode(true);
            engine.beginHandshake();
            ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
            engine.wrap(ByteBuffer.allocate(0), out);
            return Arrays.copyOf(out.array(), out.position());
        } catch (java.security.GeneralSecurityException e) {
            throw new SSLException("No TLS in this JVM: " + e.getMessage(), e);
        }
    }
}
