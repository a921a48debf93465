package dev.kafkaexplorer.kafka.doctor;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLSocket;
import org.apache.kafka.common.Node;

/**
 * Step 6: every broker address the cluster advertises resolves and takes connections from here.
 * After the first contact clients use only those addresses, so a broker that advertises a name
 * only its own network knows (Docker's classic {@code advertised.listeners} mistake) works for
 * the bootstrap and then fails. Without SASL the doctor asks for them itself over the bootstrap
 * connection, as an admin client would wait out its timeout on the unreachable address.
 */
final class AdvertisedCheck implements DoctorCheck {

    static final String NAME = "Advertised listeners";
    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(3);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        Collection<Node> brokers;
        try {
            brokers = run.usesSasl() ? fromAdmin(run) : fromBootstrap(run);
        } catch (IOException | RuntimeException e) {
            return DoctorStep.failed(NAME, "The cluster did not say which brokers it has: " + TlsWords.message(e)
                    + ". The brokers may be starting, or their advertised.listeners setting is wrong.");
        }
        List<String> seen = new ArrayList<>();
        for (Node node : brokers) {
            Endpoint e = new Endpoint(node.host(), node.port());
            NameLookup.Answer answer = NameLookup.resolve(node.host(), LOOKUP_TIMEOUT);
            if (answer.timedOut()) {
                return DoctorStep.failed(NAME, "Looking up '" + node.host() + "', which broker " + node.id()
                        + " advertises, took longer than " + LOOKUP_TIMEOUT.toSeconds()
                        + " s: check this computer's DNS settings or network (VPN?).");
            }
            if (!answer.resolved()) {
                return DoctorStep.failed(NAME, "Broker " + node.id() + " advertises " + e + ", but '" + node.host()
                        + "' does not resolve from this computer. After the first contact clients use the address a"
                        + " broker advertises, which is the broker's advertised.listeners setting: set it to a name"
                        + " or address this computer reaches (for Docker, e.g. PLAINTEXT://localhost:9092 with the"
                        + " port published).");
            }
            String problem = TcpCheck.problemConnecting(e);
            if (problem != null) {
                return DoctorStep.failed(NAME, "Broker " + node.id() + " advertises " + e + ", which this computer"
                        + " cannot reach: " + problem + " The address comes from the broker's advertised.listeners"
                        + " setting: make it one this computer reaches.");
            }
            seen.add(node.id() + " at " + e);
        }
        return DoctorStep.passed(NAME, "Every broker is reachable at the address it advertises (broker "
                + String.join(", ", seen) + ").");
    }

    private static Collection<Node> fromAdmin(DoctorRun run) throws IOException {
        AdminProbe.ClusterView view = run.admin().cluster();
        if (view.failure() != null) {
            throw new IOException("no answer through the advertised addresses (" + TlsWords.message(view.failure()) + ")");
        }
        return view.nodes();
    }

    private static Collection<Node> fromBootstrap(DoctorRun run) throws IOException {
        Endpoint e = run.endpoints().get(0);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(e.host(), e.port()), (int) TcpCheck.CONNECT_TIMEOUT.toMillis());
            plain.setSoTimeout((int) READ_TIMEOUT.toMillis());
            if (!run.usesTls()) {
                return new KafkaWire(plain).brokers().brokers();
            }
            try (TlsSettings tls = TlsSettings.of(run.access()); SSLSocket socket = tls.wrap(plain, e)) {
                return new KafkaWire(socket).brokers().brokers();
            }
        }
    }
}
