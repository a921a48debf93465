package dev.kafkaexplorer.registry.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local registry's HTTP side: Confluent's paths mapped onto {@link RegistryApi}, answers as
 * {@code application/vnd.schemaregistry.v1+json}, refusals as {@code {"error_code":…,"message":…}}
 * with the status Confluent gives them.
 */
final class RegistryRoutes implements HttpHandler {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRoutes.class);
    private static final int MAX_BODY = 16 * 1024 * 1024;

    private final RegistryApi api;
    private final SchemasTopic topic;

    RegistryRoutes(RegistryApi api, SchemasTopic topic) {
        this.api = api;
        this.topic = topic;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Object answer;
            int status = 200;
            try {
                answer = route(exchange);
            } catch (LocalRegistryError e) {
                status = e.status();
                answer = SchemaTexts.JSON.createObjectNode().put("error_code", e.code()).put("message", e.getMessage());
            } catch (Exception e) {
                LOG.warn("The local registry failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                status = 500;
                answer = SchemaTexts.JSON.createObjectNode().put("error_code", 50001)
                        .put("message", "Error in the backend data store: " + e.getMessage());
            }
            byte[] body = answer instanceof String raw ? raw.getBytes(StandardCharsets.UTF_8)
                    : SchemaTexts.JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private Object route(HttpExchange exchange) throws Exception {
        String method = exchange.getRequestMethod();
        List<String> p = segments(exchange.getRequestURI().getRawPath());
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        boolean deleted = "true".equals(q.get("deleted"));
        boolean permanent = "true".equals(q.get("permanent"));
        String first = p.isEmpty() ? "" : p.get(0);
        // Every answer includes what other registries on the broker wrote before it was asked (a few ms locally).
        topic.catchUp();
        switch (first) {
            case "" -> {
                return SchemaTexts.JSON.createObjectNode();
            }
            case "subjects" -> {
                if (p.size() == 1 && method.equals("GET")) {
                    return api.subjects(deleted);
                }
                String subject = p.size() > 1 ? p.get(1) : null;
                if (p.size() == 2 && method.equals("POST")) {
                    return api.lookup(subject, body(exchange), deleted);
                }
                if (p.size() == 2 && method.equals("DELETE")) {
                    return api.deleteSubject(subject, permanent);
                }
                if (p.size() == 3 && p.get(2).equals("versions")) {
                    if (method.equals("GET")) {
                        return api.versions(subject, deleted);
                    }
                    if (method.equals("POST")) {
                        return api.register(subject, body(exchange));
                    }
                }
                if (p.size() >= 4 && p.get(2).equals("versions")) {
                    String version = p.get(3);
                    if (p.size() == 4 && method.equals("GET")) {
                        return api.version(subject, version, deleted).json();
                    }
                    if (p.size() == 4 && method.equals("DELETE")) {
                        return api.deleteVersion(subject, version, permanent);
                    }
                    if (p.size() == 5 && p.get(4).equals("schema") && method.equals("GET")) {
                        return api.version(subject, version, deleted).schema();
                    }
                }
            }
            case "schemas" -> {
                if (p.size() == 2 && p.get(1).equals("types") && method.equals("GET")) {
                    return SchemaTexts.JSON.createArrayNode().add("JSON").add("PROTOBUF").add("AVRO");
                }
                if (p.size() >= 3 && p.get(1).equals("ids") && method.equals("GET")) {
                    int id = id(p.get(2));
                    if (p.size() == 3) {
                        return api.schemaByIdShown(id);
                    }
                    if (p.size() == 4 && p.get(3).equals("versions")) {
                        return api.subjectVersionsOf(id, deleted);
                    }
                    if (p.size() == 4 && p.get(3).equals("schema")) {
                        return api.schemaById(id).schema();
                    }
                }
            }
            case "config" -> {
                String subject = p.size() == 2 ? p.get(1) : null;
                if (p.size() <= 2) {
                    switch (method) {
                        case "GET" -> {
                            return api.config(subject, "true".equals(q.get("defaultToGlobal")));
                        }
                        case "PUT" -> {
                            return api.setConfig(subject, body(exchange));
                        }
                        case "DELETE" -> {
                            return api.deleteConfig(subject);
                        }
                        default -> {
                            // not served
                        }
                    }
                }
            }
            case "compatibility" -> {
                if (p.size() >= 4 && p.size() <= 5 && p.get(1).equals("subjects") && p.get(3).equals("versions")
                        && method.equals("POST")) {
                    return api.check(p.get(2), p.size() == 5 ? p.get(4) : null, body(exchange), "true".equals(q.get("verbose")));
                }
            }
            default -> {
                // not served
            }
        }
        throw new LocalRegistryError(404, 404, "HTTP 404 Not Found: " + method + " " + exchange.getRequestURI().getPath()
                + " is not served by this registry");
    }

    private static JsonNode body(HttpExchange exchange) throws IOException, LocalRegistryError {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw LocalRegistryError.badRequest("the request is larger than " + MAX_BODY + " bytes");
            }
            return SchemaTexts.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new LocalRegistryError(400, 400, "Unrecognized request body: " + e.getOriginalMessage());
        }
    }

    private static int id(String text) throws LocalRegistryError {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new LocalRegistryError(404, 40403, "Schema " + text + " not found");
        }
    }

    /** The path's segments, percent-decoded each on its own (a subject may hold '/'). */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath == null ? new String[0] : rawPath.split("/")) {
            if (!s.isEmpty()) {
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return segments;
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                params.put(key, eq < 0 ? "true" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
