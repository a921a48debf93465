package dev.kafkaexplorer.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * A quick look for the Kafka quickstart's broker on {@code localhost:9092}: a TCP connect with a
 * short timeout, so a first start with nothing listening does not wait for the admin timeout.
 */
public final class QuickstartProbe {

    public static final String QUICKSTART_SERVERS = "localhost:9092";

    private QuickstartProbe() {
    }

    /** Whether something accepts TCP connections at {@code host:port} within {@code timeout}. Blocking. */
    public static boolean somethingListens(String host, int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
