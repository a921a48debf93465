package dev.kafkaexplorer.registry;

import dev.kafkaexplorer.kafka.security.TlsSettings;
import java.util.Objects;

/**
 * Where one cluster's schema registry answers and how to log in: HTTP basic ({@code username} +
 * {@code password}) or a bearer token, and for https the TLS trust (null: the JVM's CAs). The
 * password and token are secrets: kept in the secret store with the profile's other secrets, never
 * in {@link #toString()}.
 */
public record RegistryAccess(String url, String username, String password, String bearerToken, TlsSettings tls) {

    public RegistryAccess {
        Objects.requireNonNull(url, "url");
        url = url.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        username = blankToNull(username);
        password = blankToNull(password);
        bearerToken = blankToNull(bearerToken);
    }

    /** A registry that needs no login, as the local one. */
    public static RegistryAccess open(String url) {
        return new RegistryAccess(url, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public String toString() {
        // A login typed into the URL (http://user:pass@host) is hidden as the password is.
        return "RegistryAccess[" + url.replaceFirst("//[^/@]*@", "//[hidden]@") + (username == null ? "" : "; user " + username)
                + (password == null ? "" : "; password [hidden]") + (bearerToken == null ? "" : "; token [hidden]") + "]";
    }
}
