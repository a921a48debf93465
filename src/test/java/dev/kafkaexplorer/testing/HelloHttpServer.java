package dev.kafkaexplorer.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** A web server on loopback that answers "hello": the non-Kafka listener the connection doctor must tell apart. */
public final class HelloHttpServer implements AutoCloseable {

    private final HttpServer server;

    private HelloHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Started on a free port of 127.0.0.1. */
    public static HelloHttpServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", exchange -> {
                byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            http.start();
            return new HelloHttpServer(http);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its address as bootstrap servers take it: 127.0.0.1:port. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
