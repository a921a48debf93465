package dev.kafkaexplorer.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.OptionalInt;
import javax.net.ssl.SSLContext;

/**
 * The HTTP side of one registry: where its paths are (any base path, as Apicurio's
 * {@code /apis/ccompat/v7}, is simply part of the URL), the login header, the TLS trust, the
 * timeouts, and every failure turned into words by {@link RegistryWords}. The HTTP client is built on
 * the first call, as building it reads the trust files.
 */
final class RegistryCalls {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String ACCEPT =
            CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryAccess access;
    private final String base;
    private final String authorization;
    private final RegistryWords words;
    private volatile HttpClient client;

    RegistryCalls(RegistryAccess access) {
        this.access = access;
        URI given = parse(access.url());
        // A login typed into the URL (http://user:pass@host) is taken as basic auth and never shown.
        String userInfo = given == null ? null : given.getRawUserInfo();
        this.base = userInfo == null ? access.url() : access.url().replace(userInfo + "@", "");
        this.authorization = authorization(access, userInfo);
        this.words = new RegistryWords(base);
    }

    /** The registry's URL as it may be shown: without a login typed into it. */
    String shownUrl() {
        return base;
    }

    /** {@code base}/{@code segments} (each one percent-encoded, so a subject may hold any character) and {@code query}. */
    static URI uri(String base, String query, String... segments) {
        StringBuilder b = new StringBuilder(base);
        for (String segment : segments) {
            b.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        if (query != null && !query.isEmpty()) {
            b.append('?').append(query);
        }
        return URI.create(b.toString());
    }

    JsonNode get(About about, String query, String... segments) throws RegistryException {
        return send("GET", null, about, query, segments);
    }

    /** Sends {@code body} (null: none) and returns the registry's JSON answer (null when it had no body). */
    JsonNode send(String method, Object body, About about, String query, String... segments) throws RegistryException {
        HttpClient http = client();
        URI uri = uri(base, query, segments);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", CONTENT_TYPE);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(toJson(body)));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw words.noAnswer(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("the request to " + base + " was interrupted");
        }
        return answer(response, about);
    }

    private JsonNode answer(HttpResponse<String> response, About about) throws RegistryException {
        int status = response.statusCode();
        String text = response.body() == null ? "" : response.body();
        JsonNode json = null;
        if (!text.isBlank()) {
            try {
                json = JSON.readTree(text);
            } catch (IOException notJson) {
                json = null;
            }
        }
        if (status >= 200 && status < 300) {
            if (json == null && !text.isBlank()) {
                throw new RegistryException(words.notARegistry(response), status, OptionalInt.empty(), null);
            }
            return json;
        }
        OptionalInt code = json != null && json.path("error_code").isInt()
                ? OptionalInt.of(json.get("error_code").asInt()) : OptionalInt.empty();
        String message = json != null && json.path("message").isTextual() ? json.get("message").asText() : null;
        throw new RegistryException(words.refusal(status, code, message, about, response.uri()), status, code, null);
    }

    private HttpClient client() throws RegistryException {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                c = client;
            }
        }
        return c;
    }

    private HttpClient build() throws RegistryException {
        URI uri = parse(base);
        if (uri == null || uri.getHost() == null || uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            throw new RegistryException("not a registry URL: " + base + " (expected http://host:port or https://…)");
        }
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (uri.getScheme().equalsIgnoreCase("https")) {
            SSLContext tls = RegistryTls.sslContext(access.tls());
            if (tls != null) {
                builder.sslContext(tls);
            }
        }
        return builder.build();
    }

    private static byte[] toJson(Object body) throws RegistryException {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new RegistryException("cannot write the request: " + e.getMessage());
        }
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String authorization(RegistryAccess access, String userInfo) {
        if (access.bearerToken() != null) {
            return "Bearer " + access.bearerToken();
        }
        String user = access.username();
        String password = access.password();
        if (user == null && userInfo != null) {
            int colon = userInfo.indexOf(':');
            user = percentDecoded(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : percentDecoded(userInfo.substring(colon + 1));
        }
        if (user == null) {
            return null;
        }
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String percentDecoded(String raw) {
        // URLDecoder is for forms, where '+' is a space; in a URL's user info it is a '+'.
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** What a request is about, for the words of a refusal: a subject, a version of it, or a schema id (each may be null). */
    record About(String subject, String version, Integer id) {

        static final About NOTHING = new About(null, null, null);

        static About subject(String subject) {
            return new About(subject, null, null);
        }

        static About version(String subject, String version) {
            return new About(subject, version, null);
        }

        static About id(int id) {
            return new About(null, null, id);
        }
    }
}
