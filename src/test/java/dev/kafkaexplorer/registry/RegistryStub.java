package dev.kafkaexplorer.registry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLContext;

/**
 * A stand-in registry on 127.0.0.1 for what the local registry cannot show: a login it checks, a
 * path prefix, a count of requests. Each answer is given by the test; every request is recorded.
 */
final class RegistryStub implements AutoCloseable {

    /** One request as the stub saw it. */
    record Request(String method, String path, String query, String authorization, String contentType, String body) {
    }

    /** What the stub answers to a request. */
    interface Answer {
        Reply to(Request request);
    }

    record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final boolean https;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    private RegistryStub(HttpServer server, boolean https, Answer answer) {
        this.server = server;
        this.https = https;
        server.createContext("/", exchange -> handle(exchange, answer));
        server.start();
    }

    static RegistryStub http(Answer answer) {
        try {
            return new RegistryStub(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0), false, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RegistryStub https(SSLContext tls, Answer answer) {
        try {
            HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new RegistryStub(server, true, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return (https ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort();
    }

    long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    private void handle(HttpExchange exchange, Answer answer) throws IOException {
        try (exchange) {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Reply reply = answer.to(request);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
