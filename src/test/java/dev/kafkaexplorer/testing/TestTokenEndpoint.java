package dev.kafkaexplorer.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small OAuth 2 / OIDC identity provider on 127.0.0.1 and a free port, for the OAUTHBEARER
 * listener of {@link SecuredTestBroker}: {@code POST /token} answers the client credentials grant
 * (client ID and secret by HTTP Basic or in the form) with a JWT access token, {@code GET /jwks}
 * publishes the key that signs them. Tokens are signed (RS256), not {@code alg: none}: Kafka's
 * client refuses a JWT with an empty signature section before it ever sends it, so an unsecured
 * token could not reach a broker through the client credentials login. A wrong secret is
 * answered with 401 and an OAuth error body. Secrets are random per JVM.
 */
public final class TestTokenEndpoint implements AutoCloseable {

    /** The JVM-wide list of URLs Kafka 4 lets its OAuth code reach; nothing when unset. */
    public static final String ALLOWED_URLS_PROPERTY = "org.apache.kafka.sasl.oauthbearer.allowed.urls";
    public static final String DEFAULT_SCOPE = "kafka";
    private static final long LIFETIME_SECONDS = 3600;
    private static final Base64.Encoder URL64 = Base64.getUrlEncoder().withoutPadding();

    /** A client the endpoint knows: its tokens carry {@code subject} as {@code sub} and {@code audience} as {@code aud}. */
    public record Client(String id, String secret, String subject, String audience) {
        @Override
        public String toString() {
            return "Client[" + id + ", sub=" + subject + ", aud=" + audience + "]";
        }
    }

    private final HttpServer server;
    private final KeyPair keys;
    private final String keyId = "test-key-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();

    private TestTokenEndpoint(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
        server.createContext("/token", this::token);
        server.createContext("/jwks", this::jwks);
    }

    /** Starts an endpoint with no clients yet; {@link #register} them. */
    public static TestTokenEndpoint start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestTokenEndpoint endpoint = new TestTokenEndpoint(server, generator.generateKeyPair());
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "test-token-endpoint");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new client with a random secret whose tokens name {@code subject} for {@code audience}. */
    public Client register(String id, String subject, String audience) {
        Client client = new Client(id, "secret-" + UUID.randomUUID().toString().substring(0, 12), subject, audience);
        clients.put(id, client);
        return client;
    }

    /** The issuer ({@code iss}) of every token: the endpoint's base URL. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Where clients ask for tokens ({@code sasl.oauthbearer.token.endpoint.url}). */
    public String tokenUrl() {
        return issuer() + "/token";
    }

    /** Where the broker reads the signing key ({@code sasl.oauthbearer.jwks.endpoint.url}). */
    public String jwksUrl() {
        return issuer() + "/jwks";
    }

    /** Token requests received so far, granted or refused. */
    public int tokenRequests() {
        return tokenRequests.get();
    }

    /** Tokens handed out so far. */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * Adds {@code urls} to {@link #ALLOWED_URLS_PROPERTY} for this JVM, keeping what is listed.
     * Kafka compares each configured URL with the list as exact strings, when a client or the
     * broker's validator is configured.
     */
    public static synchronized void allowInThisJvm(String... urls) {
        Set<String> allowed = new LinkedHashSet<>();
        for (String listed : System.getProperty(ALLOWED_URLS_PROPERTY, "").split(",")) {
            if (!listed.isBlank()) {
                allowed.add(listed.trim());
            }
        }
        allowed.addAll(List.of(urls));
        System.setProperty(ALLOWED_URLS_PROPERTY, String.join(",", allowed));
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            tokenRequests.incrementAndGet();
            if (!exchange.getRequestMethod().equals("POST")) {
                answer(exchange, 405, error("invalid_request", "Use POST."));
                return;
            }
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String[] basic = basic(exchange.getRequestHeaders().getFirst("Authorization"));
            String id = basic != null ? basic[0] : form.get("client_id");
            String secret = basic != null ? basic[1] : form.get("client_secret");
            if (!"client_credentials".equals(form.get("grant_type"))) {
                answer(exchange, 400, error("unsupported_grant_type", "Only client_credentials is supported."));
                return;
            }
            Client client = id == null ? null : clients.get(id);
            if (client == null || !client.secret().equals(secret)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"test-token-endpoint\"");
                answer(exchange, 401, error("invalid_client", client == null
                        ? "Unknown client '" + id + "'." : "The client secret is wrong for client '" + id + "'."));
                return;
            }
            String scope = form.getOrDefault("scope", DEFAULT_SCOPE);
            answer(exchange, 200, "{\"access_token\":\"" + jwt(client, scope) + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":" + LIFETIME_SECONDS + ",\"scope\":\"" + json(scope) + "\"}");
            tokensIssued.incrementAndGet();
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        try (exchange) {
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            answer(exchange, 200, "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId
                    + "\",\"n\":\"" + unsigned(key.getModulus()) + "\",\"e\":\"" + unsigned(key.getPublicExponent())
                    + "\"}]}");
        }
    }

    private String jwt(Client client, String scope) {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String claims = "{\"iss\":\"" + json(issuer()) + "\",\"sub\":\"" + json(client.subject()) + "\",\"aud\":\""
                + json(client.audience()) + "\",\"iat\":" + now + ",\"exp\":" + (now + LIFETIME_SECONDS)
                + ",\"scope\":\"" + json(scope) + "\",\"client_id\":\"" + json(client.id()) + "\"}";
        String signingInput = base64(header) + "." + base64(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        // Kafka URL-encodes the two parts only when sasl.oauthbearer.header.urlencode is on; decoding is harmless.
        return colon < 0 ? null : new String[] {decode(pair.substring(0, colon)), decode(pair.substring(colon + 1))};
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String error(String code, String description) {
        return "{\"error\":\"" + code + "\",\"error_description\":\"" + json(description) + "\"}";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String base64(String json) {
        return URL64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JWK's big-endian unsigned integer: without the sign byte BigInteger may add. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return URL64.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
