package dev.kafkaexplorer.kafka.doctor;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong with an OAUTHBEARER login through a token endpoint, in words: Kafka's client
 * fetches the token while the client is made, so a failure there (endpoint unreachable, client
 * refused) comes before any broker is asked; a token the broker refuses comes later.
 */
final class OAuthWords {

    static final String TOKEN_URL = "sasl.oauthbearer.token.endpoint.url";
    static final String ALLOWED_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";
    private static final Pattern JAAS_CLIENT_ID = Pattern.compile("clientId\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern RESPONSE_CODE = Pattern.compile("response code (\\d{3})");
    private static final Pattern NOT_REACHED = Pattern.compile(
            "java\\.net\\.(ConnectException|UnknownHostException|SocketTimeoutException|NoRouteToHostException)");
    /** The exception class names Kafka's text starts with, as in "a.b.KafkaException: java.io.IOException: ". */
    private static final Pattern CLASS_PREFIX = Pattern.compile("^(?:[\\w$]+\\.)+[\\w$]*(?:Exception|Error): ");
    private static final Pattern ENDPOINT_ERROR = Pattern.compile("error response (\\{.*?\\})");

    private OAuthWords() {
    }

    /** Whether the profile logs in through a token endpoint (Kafka's client credentials login). */
    static boolean usesTokenEndpoint(DoctorRun run) {
        return run.mechanism().equalsIgnoreCase("OAUTHBEARER") && !tokenUrl(run.access()).isEmpty();
    }

    /** Why no token came from the endpoint, so the client could not be made. */
    static String tokenFailure(ClusterAccess access, Throwable failure) {
        String url = tokenUrl(access);
        String all = chainText(failure);
        if (all.contains(ALLOWED_URLS)) {
            return "Kafka refused to contact the token endpoint " + url + ": it is not in this program's list of"
                    + " allowed URLs (the Java system property " + ALLOWED_URLS + ").";
        }
        // Kafka passes the HTTP client's failure on as text (with its stack trace), not as a cause.
        if (CauseChain.has(failure, ConnectException.class) || CauseChain.has(failure, UnknownHostException.class)
                || CauseChain.has(failure, SocketTimeoutException.class) || NOT_REACHED.matcher(all).find()) {
            return "The token endpoint " + url + " cannot be reached (" + message(failure) + "): check "
                    + TOKEN_URL + ", and that this computer can reach the identity provider (proxy, firewall, VPN).";
        }
        Matcher code = RESPONSE_CODE.matcher(all);
        if (code.find()) {
            String said = endpointSaid(failure);
            String lower = all.toLowerCase(Locale.ROOT);
            if (code.group(1).equals("401") || lower.contains("invalid_client") || lower.contains("unauthorized_client")) {
                return "The token endpoint " + url + " refused the client ID or secret of client '" + clientId(access)
                        + "': check both with the identity provider's administrators." + said;
            }
            if (lower.contains("invalid_scope")) {
                return "The token endpoint " + url + " refused the scope: check sasl.oauthbearer.scope." + said;
            }
            return "The token endpoint " + url + " refused the token request (HTTP " + code.group(1) + ")." + said;
        }
        if (all.contains("valid JWT") || all.contains("access token")) {
            return "The token endpoint " + url + " answered, but not with a token Kafka can use: "
                    + message(failure) + ".";
        }
        return "No token came from " + url + ": " + message(failure) + ". Check " + TOKEN_URL
                + " and the client ID and secret.";
    }

    /** The broker got a token but refused it. */
    static String brokerRefusal(ClusterAccess access, Throwable failure) {
        return "The broker refused the token from " + tokenUrl(access) + " (OAUTHBEARER): the broker must trust"
                + " the token's issuer and signing key and expect its audience (on the broker:"
                + " sasl.oauthbearer.expected.issuer, sasl.oauthbearer.jwks.endpoint.url,"
                + " sasl.oauthbearer.expected.audience), and the token must not have expired."
                + (failure.getMessage() == null ? "" : " Broker said: " + failure.getMessage());
    }

    static String passed(ClusterAccess access) {
        return "Logged in with OAUTHBEARER, with a token for client '" + clientId(access) + "' from "
                + tokenUrl(access) + ".";
    }

    /** The innermost message's first line, without the exception class names in front. */
    private static String message(Throwable failure) {
        String m = TlsWords.message(failure);
        int newline = m.indexOf('\n');
        m = (newline < 0 ? m : m.substring(0, newline)).trim();
        for (Matcher prefix = CLASS_PREFIX.matcher(m); prefix.find(); prefix = CLASS_PREFIX.matcher(m)) {
            m = m.substring(prefix.end());
        }
        return m;
    }

    private static String tokenUrl(ClusterAccess access) {
        return access.clientProperties().getOrDefault(TOKEN_URL, "").trim();
    }

    private static String clientId(ClusterAccess access) {
        Map<String, String> props = access.clientProperties();
        String configured = props.get("sasl.oauthbearer.client.credentials.client.id");
        if (configured != null) {
            return configured;
        }
        Matcher m = JAAS_CLIENT_ID.matcher(props.getOrDefault("sasl.jaas.config", ""));
        return m.find() ? m.group(1) : "";
    }

    private static String endpointSaid(Throwable failure) {
        Matcher m = ENDPOINT_ERROR.matcher(chainText(failure));
        return m.find() ? " Endpoint said: " + m.group(1) : "";
    }

    private static String chainText(Throwable failure) {
        StringBuilder s = new StringBuilder();
        CauseChain.of(failure).forEach(t -> s.append(t.getMessage()).append(' '));
        return s.toString();
    }
}
