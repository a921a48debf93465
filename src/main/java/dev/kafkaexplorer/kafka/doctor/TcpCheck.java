package dev.kafkaexplorer.kafka.doctor;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Step 2: a TCP connection opens to every bootstrap address, within 1 s each. */
final class TcpCheck implements DoctorCheck {

    static final String NAME = "TCP connects";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public DoctorStep run(DoctorRun run) {
        for (Endpoint e : run.endpoints()) {
            String problem = problemConnecting(e);
            if (problem != null) {
                return DoctorStep.failed(NAME, problem + " Check the port and that the broker is running"
                        + " and reachable from this computer (firewall, VPN, security group).");
            }
        }
        return DoctorStep.passed(NAME, "A connection opened to " + run.access().bootstrapServers() + ".");
    }

    /** Why {@code e} does not take connections, in words; null when it does. Also used for advertised brokers. */
    static String problemConnecting(Endpoint e) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(e.host(), e.port()), (int) CONNECT_TIMEOUT.toMillis());
            return null;
        } catch (ConnectException refused) {
            return "Nothing listens on " + e + ": the connection was refused (port closed).";
        } catch (SocketTimeoutException silent) {
            return e + " did not answer within " + CONNECT_TIMEOUT.toSeconds()
                    + " s: a firewall may drop the packets, or the host is down.";
        } catch (NoRouteToHostException noRoute) {
            return "There is no network route to " + e + ".";
        } catch (IOException other) {
            return "Cannot connect to " + e + ": " + other.getMessage() + ".";
        }
    }
}
