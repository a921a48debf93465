package dev.kafkaexplorer.kafka.security;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security settings Kafka clients read from JVM system properties rather than from their
 * own configuration, so one value holds for every client of the app (decision record 0031):
 * the OAuth endpoints Kafka 4.x allows ({@value #ALLOWED_OAUTH_URLS}, which refuses every URL it
 * does not list, and {@value #ALLOWED_OAUTH_FILES} for {@code file:} URLs) and the Kerberos
 * configuration file ({@value #KRB5_CONF}).
 */
public final class JvmSecurityProperties {

    /** Kafka's {@code BrokerSecurityConfigs.ALLOWED_SASL_OAUTHBEARER_URLS_CONFIG}: a comma-separated list. */
    public static final String ALLOWED_OAUTH_URLS = "org.apache.kafka.sasl.oauthbearer.allowed.urls";
    /** Kafka's {@code BrokerSecurityConfigs.ALLOWED_SASL_OAUTHBEARER_FILES_CONFIG}: files for {@code file:} URLs. */
    public static final String ALLOWED_OAUTH_FILES = "org.apache.kafka.sasl.oauthbearer.allowed.files";
    /** The JDK's Kerberos configuration file; read once per JVM by the Kerberos login. */
    public static final String KRB5_CONF = "java.security.krb5.conf";
    private static final String TOKEN_ENDPOINT = "sasl.oauthbearer.token.endpoint.url";
    private static final String JWKS_ENDPOINT = "sasl.oauthbearer.jwks.endpoint.url";
    private static final Logger LOG = LoggerFactory.getLogger(JvmSecurityProperties.class);

    private JvmSecurityProperties() {
    }

    /**
     * Allows the OAuth endpoint URLs that {@code clientProperties} name (token and JWKS endpoints),
     * keeping those already allowed. Call it before a client is built from properties that did not
     * come from {@link SecurityProperties#toClientProperties} (which calls it itself).
     */
    public static void prepareFor(Map<String, String> clientProperties) {
        allowOAuthUrl(clientProperties.get(TOKEN_ENDPOINT));
        allowOAuthUrl(clientProperties.get(JWKS_ENDPOINT));
    }

    /**
     * Adds {@code url} to Kafka's allowed OAuth URLs, keeping the others; for a {@code file:} URL
     * (a token Kafka reads from a file) its file goes to the allowed files too. Blank: nothing happens.
     */
    public static synchronized void allowOAuthUrl(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        // Kafka compares each trimmed entry with the configured URL as written, trimmed.
        String wanted = url.trim();
        addTo(ALLOWED_OAUTH_URLS, wanted);
        if (wanted.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                // The file as Kafka's ConfigurationUtils.validateFileUrl names it.
                addTo(ALLOWED_OAUTH_FILES, new File(new URL(wanted).toURI().getRawPath()).getAbsolutePath());
            } catch (MalformedURLException | URISyntaxException | IllegalArgumentException | NullPointerException e) {
                // Kafka refuses the URL itself then, with its own words.
            }
        }
    }

    private static void addTo(String property, String entry) {
        Set<String> allowed = Arrays.stream(System.getProperty(property, "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (allowed.add(entry)) {
            System.setProperty(property, String.join(",", allowed));
        }
    }

    /**
     * Uses {@code krb5Conf} as the app's Kerberos configuration when none is set yet. The JDK reads
     * that file once for the whole JVM, so a different file set before (by {@code -D} or an earlier
     * profile) stays in use until the app restarts: then this returns the words that say so.
     *
     * @return empty when {@code krb5Conf} is (now) the one in use or blank, else a warning in words
     */
    public static synchronized Optional<String> useKrb5Conf(String krb5Conf) {
        if (krb5Conf == null || krb5Conf.isBlank()) {
            return Optional.empty();
        }
        String wanted = krb5Conf.trim();
        String current = System.getProperty(KRB5_CONF);
        if (current == null || current.isBlank()) {
            System.setProperty(KRB5_CONF, wanted);
            return Optional.empty();
        }
        if (Objects.equals(current, wanted)) {
            return Optional.empty();
        }
        String warning = "Kerberos already uses " + current + " for the whole app; " + wanted
                + " is used after a restart of the app, when no other profile has set one before.";
        LOG.warn(warning);
        return Optional.of(warning);
    }
}
