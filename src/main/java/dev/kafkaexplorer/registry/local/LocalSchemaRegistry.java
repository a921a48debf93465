package dev.kafkaexplorer.registry.local;

import com.sun.net.httpserver.HttpServer;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small Confluent-compatible schema registry served in-process beside the embedded broker, on
 * 127.0.0.1 only, keeping its schemas in the compacted {@code _schemas} topic of that broker. It
 * serves the REST subset the app's client uses (subjects, versions, schemas by id, config,
 * compatibility) with Confluent's paths, JSON and error codes; what its compatibility check covers
 * is in docs/decisions/0040.
 */
public final class LocalSchemaRegistry implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers;
    private final SchemasTopic topic;

    private LocalSchemaRegistry(HttpServer server, ExecutorService handlers, SchemasTopic topic) {
        this.server = server;
        this.handlers = handlers;
        this.topic = topic;
    }

    /**
     * Reads {@code _schemas} (creating it when missing) from the broker at {@code broker} and starts
     * serving on a free port of 127.0.0.1. Blocking: call it off the FX thread.
     */
    public static LocalSchemaRegistry start(ClusterAccess broker) throws Exception {
        SchemaStore store = new SchemaStore();
        SchemasTopic topic = SchemasTopic.open(broker, store);
        ExecutorService handlers = null;
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            AtomicInteger n = new AtomicInteger();
            handlers = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "local-schema-registry-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(handlers);
            server.createContext("/", new RegistryRoutes(new RegistryApi(store, topic), topic));
            server.start();
            return new LocalSchemaRegistry(server, handlers, topic);
        } catch (Exception | Error e) {
            if (handlers != null) {
                handlers.shutdownNow();
            }
            topic.close();
            throw e;
        }
    }

    /** Its base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Stops serving (answers under way are cut) and closes its clients of the broker. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        topic.close();
    }

    @Override
    public String toString() {
        return "LocalSchemaRegistry[" + url() + "]";
    }
}
