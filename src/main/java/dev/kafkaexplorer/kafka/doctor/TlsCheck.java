package dev.kafkaexplorer.kafka.doctor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLSocket;
import org.apache.kafka.common.KafkaException;

/**
 * Step 4: the TLS handshake with the profile's own trust and key settings, then one Kafka
 * request over it (with TLS 1.3 a broker that wants a client certificate says so only then).
 * Skipped for profiles without TLS.
 */
final class TlsCheck implements DoctorCheck {

    static final String NAME = "TLS handshake";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        if (!run.usesTls()) {
            return DoctorStep.skipped(NAME, "not used: security.protocol is " + run.protocol() + ".");
        }
        TlsSettings tls;
        try {
            tls = TlsSettings.of(run.access());
        } catch (KafkaException | IllegalArgumentException e) {
            return DoctorStep.failed(NAME, "The profile's TLS settings cannot be used: " + TlsWords.message(e)
                    + ". Check the truststore and keystore files, their types and passwords.");
        }
        try (tls) {
            String words = null;
            for (Endpoint e : run.endpoints()) {
                String problem = handshake(e, tls);
                if (!problem.startsWith("ok:")) {
                    return DoctorStep.failed(NAME, problem);
                }
                words = problem.substring(3);
            }
            return DoctorStep.passed(NAME, words + (tls.checksHostName() ? "" : " Warning: the host name is not"
                    + " checked (ssl.endpoint.identification.algorithm is empty)."));
        }
    }

    /** "ok:" and what was agreed, or the failure in words. */
    private static String handshake(Endpoint e, TlsSettings tls) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        boolean handshakeDone = false;
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(e.host(), e.port()), (int) TcpCheck.CONNECT_TIMEOUT.toMillis());
            plain.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            try (SSLSocket socket = tls.wrap(plain, e)) {
                socket.startHandshake();
                handshakeDone = true;
                byte[] answer = new KafkaWire(socket).apiVersionsFirstBytes(1);
                if (KafkaWire.looksLikeHttp(answer)) {
                    return "An HTTPS server answered at " + e + ", not a Kafka broker: use the port of the"
                            + " broker's Kafka listener.";
                }
                if (!KafkaWire.looksLikeKafkaResponse(answer, 1)) {
                    return e + " completed the TLS handshake but did not answer a Kafka request: it is another"
                            + " kind of TLS server. Check the port.";
                }
                X509Certificate peer = (X509Certificate) socket.getSession().getPeerCertificates()[0];
                return "ok:Agreed on " + socket.getSession().getProtocol() + " with " + e + ", whose certificate ("
                        + peer.getSubjectX500Principal().getName() + ") the profile trusts.";
            }
        } catch (SocketTimeoutException slow) {
            return handshakeDone
                    ? e + " completed the TLS handshake but sent no Kafka answer within " + TIMEOUT.toSeconds() + " s. Check the port."
                    : e + " did not finish the TLS handshake within " + TIMEOUT.toSeconds() + " s. Check the port.";
        } catch (IOException failed) {
            return TlsWords.forFailure(e, failed, tls.hasClientCertificate(), handshakeDone);
        }
    }
}
