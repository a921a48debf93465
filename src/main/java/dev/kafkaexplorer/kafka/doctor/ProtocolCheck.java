package dev.kafkaexplorer.kafka.doctor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Step 3: the listener speaks the protocol the profile expects. A plaintext profile sends a real
 * ApiVersions request and reads the first bytes of the answer; a TLS profile sends a ClientHello
 * and expects a TLS record back. Either way an HTTP server, a TLS listener reached without TLS
 * and a plaintext listener reached with TLS are told apart, within 2 s per address.
 */
final class ProtocolCheck implements DoctorCheck {

    static final String NAME = "Speaks Kafka";
    private static final Duration TOTAL = Duration.ofSeconds(2);
    private static final int CORRELATION_ID = 0x6b657870;
    private static final Duration QUIET_BEFORE_NUDGE = Duration.ofMillis(700);
    private static final byte[] END_OF_HTTP_REQUEST = " / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte TLS_ALERT = 0x15;
    private static final byte TLS_HANDSHAKE = 0x16;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        for (Endpoint e : run.endpoints()) {
            String problem = run.usesTls() ? tlsProblem(e, run.protocol()) : plaintextProblem(e, run.protocol());
            if (problem != null) {
                return DoctorStep.failed(NAME, problem);
            }
        }
        return DoctorStep.passed(NAME, run.usesTls()
                ? "The listener answers in TLS, as security.protocol=" + run.protocol() + " expects."
                : "The listener answered a Kafka ApiVersions request.");
    }

    private static String plaintextProblem(Endpoint e, String protocol) {
        long deadline = System.nanoTime() + TOTAL.toNanos();
        byte[] first;
        try {
            first = send(e, KafkaWire.apiVersionsRequest(CORRELATION_ID), END_OF_HTTP_REQUEST, deadline);
        } catch (SocketTimeoutException silent) {
            return e + " accepted the connection but sent no answer to a Kafka request within "
                    + TOTAL.toSeconds() + " s: it is not a Kafka listener, or an overloaded one. Check the port.";
        } catch (IOException other) {
            first = new byte[0];
        }
        if (KafkaWire.looksLikeKafkaResponse(first, CORRELATION_ID)) {
            return null;
        }
        if (KafkaWire.looksLikeHttp(first)) {
            return httpServer(e);
        }
        // Kafka's TLS listeners close plaintext connections without a word: ask in TLS to be sure.
        if (first.length > 0 && (first[0] == TLS_ALERT || first[0] == TLS_HANDSHAKE) || answersTls(e, deadline)) {
            return e + " is a TLS listener, but the profile uses security.protocol=" + protocol
                    + " (no TLS): set it to " + (protocol.startsWith("SASL") ? "SASL_SSL" : "SSL")
                    + " with the cluster's CA, or use the broker's plaintext port.";
        }
        return first.length == 0
                ? e + " closed the connection without answering a Kafka request: it is not a Kafka listener,"
                        + " or it expects another protocol. Check the port and security.protocol."
                : e + " answered, but not in Kafka's protocol (it began with " + hex(first)
                        + "): it is another kind of server. Check the port.";
    }

    private static String tlsProblem(Endpoint e, String protocol) {
        long deadline = System.nanoTime() + TOTAL.toNanos();
        byte[] first;
        try {
            first = send(e, TlsSettings.clientHello(e.host(), e.port()), END_OF_HTTP_REQUEST, deadline);
        } catch (SocketTimeoutException silent) {
            return e + " sent no answer to a TLS greeting within " + TOTAL.toSeconds()
                    + " s: it is not a TLS listener. Check the port and security.protocol.";
        } catch (IOException other) {
            first = new byte[0];
        }
        if (first.length > 0 && (first[0] == TLS_HANDSHAKE || first[0] == TLS_ALERT)) {
            return null;
        }
        if (KafkaWire.looksLikeHttp(first)) {
            return httpServer(e);
        }
        return e + " does not speak TLS (" + (first.length == 0 ? "it closed the connection at the TLS greeting"
                : "it answered the TLS greeting with something else") + "): it is most likely a plaintext listener, while the profile uses security.protocol=" + protocol
                + ". Set it to " + (protocol.startsWith("SASL") ? "SASL_PLAINTEXT" : "PLAINTEXT")
                + ", or use the broker's TLS port.";
    }

    private static String httpServer(Endpoint e) {
        return "An HTTP server answered at " + e + ", not a Kafka broker: this is a web port (a REST proxy,"
                + " schema registry or web UI?). Use the port of the broker's Kafka listener, often 9092 or 9093.";
    }

    private static boolean answersTls(Endpoint e, long deadline) {
        try {
            byte[] first = send(e, TlsSettings.clientHello(e.host(), e.port()), null, deadline);
            return first.length > 0 && (first[0] == TLS_HANDSHAKE || first[0] == TLS_ALERT);
        } catch (IOException notTls) {
            return false;
        }
    }

    /**
     * Connects, writes {@code request}, and returns the first bytes of the answer, all before
     * {@code deadline}. A Kafka or TLS listener answers at once; when nothing came after a while,
     * {@code nudge} (when given) ends the bytes as an HTTP request line, so that an HTTP server,
     * which waits for the line's end, answers too.
     */
    private static byte[] send(Endpoint e, byte[] request, byte[] nudge, long deadline) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(e.host(), e.port()), remainingMillis(deadline));
            socket.setSoTimeout(nudge == null ? remainingMillis(deadline)
                    : Math.min(remainingMillis(deadline), (int) QUIET_BEFORE_NUDGE.toMillis()));
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            try {
                return KafkaWire.firstBytes(socket, 8);
            } catch (SocketTimeoutException quiet) {
                if (nudge == null) {
                    throw quiet;
                }
                socket.getOutputStream().write(nudge);
                socket.getOutputStream().flush();
                socket.setSoTimeout(remainingMillis(deadline));
                return KafkaWire.firstBytes(socket, 8);
            }
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) {
            throw new SocketTimeoutException("out of time");
        }
        return (int) left;
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 4); i++) {
            s.append(String.format("%02x ", bytes[i]));
        }
        return s.toString().trim();
    }
}
