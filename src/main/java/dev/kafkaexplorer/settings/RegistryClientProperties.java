package dev.kafkaexplorer.settings;

import dev.kafkaexplorer.kafka.security.SaslSettings;
import dev.kafkaexplorer.kafka.security.Secrets;
import dev.kafkaexplorer.registry.RegistryAccess;
import dev.kafkaexplorer.registry.RegistryUrlRules;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings;
import dev.kafkaexplorer.settings.ClusterProfile.SchemaRegistrySettings.RegistryAuth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A profile's schema registry in a client {@code .properties} file, under the names Confluent's
 * serializers take: {@code schema.registry.url}, {@code basic.auth.credentials.source} with
 * {@code basic.auth.user.info} (a secret), {@code bearer.auth.token} (a secret) and the registry's
 * PEM trust. Secrets are read in, never written out.
 */
public final class RegistryClientProperties {

    static final String URL = "schema.registry.url";
    static final String CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    static final String USER_INFO = "basic.auth.user.info";
    static final String USER_INFO_ALIAS = "schema.registry.basic.auth.user.info";
    static final String BEARER_SOURCE = "bearer.auth.credentials.source";
    static final String BEARER_TOKEN = "bearer.auth.token";
    static final String TRUST_LOCATION = "schema.registry.ssl.truststore.location";
    static final String TRUST_TYPE = "schema.registry.ssl.truststore.type";

    /** A file's registry settings, the secrets they come with, and what could not be taken, in words. */
    public record Imported(SchemaRegistrySettings settings, Map<String, String> secrets, List<String> notes) {
        public Imported {
            secrets = Map.copyOf(secrets);
            notes = List.copyOf(notes);
        }

        @Override
        public String toString() {
            return "Imported[" + settings + ", secrets " + secrets.keySet() + ", " + notes + "]";
        }
    }

    private RegistryClientProperties() {
    }

    /** Removes the registry's keys from {@code properties} (what is left is Kafka's) and returns them. */
    public static Map<String, String> takeKeys(Map<String, String> properties) {
        Map<String, String> taken = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, String>> it = properties.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, String> e = it.next();
            String key = e.getKey().trim();
            if (key.startsWith("schema.registry.") || key.startsWith("basic.auth.") || key.startsWith("bearer.auth.")) {
                taken.put(key, e.getValue() == null ? "" : e.getValue());
                it.remove();
            }
        }
        return taken;
    }

    /**
     * The profile's registry from the keys {@link #takeKeys} took; {@code sasl} and {@code kafkaSecrets}
     * are the file's Kafka login, for {@code basic.auth.credentials.source=SASL_INHERIT}.
     */
    public static Imported read(Map<String, String> keys, SaslSettings sasl, Secrets kafkaSecrets) {
        Map<String, String> rest = new LinkedHashMap<>(keys);
        Map<String, String> secrets = new HashMap<>();
        List<String> notes = new ArrayList<>();
        String url = rest.remove(URL);
        String userInfo = rest.remove(USER_INFO);
        String aliasInfo = rest.remove(USER_INFO_ALIAS);
        userInfo = userInfo == null ? aliasInfo : userInfo;
        String source = upper(rest.remove(CREDENTIALS_SOURCE));
        String bearerSource = upper(rest.remove(BEARER_SOURCE));
        String token = rest.remove(BEARER_TOKEN);
        String trust = rest.remove(TRUST_LOCATION);
        String trustType = upper(rest.remove(TRUST_TYPE));
        if (url == null || url.isBlank()) {
            rest.keySet().forEach(key -> notes.add(key + " left out: the file names no schema.registry.url."));
            return new Imported(SchemaRegistrySettings.none(), Map.of(), notes);
        }
        String[] urls = url.split(",");
        if (urls.length > 1) {
            notes.add("schema.registry.url names " + urls.length + " registries: the first is used.");
        }
        String first = urls[0].trim();
        RegistryAccess fromUrl = RegistryUrlRules.check(first, true).isEmpty() ? RegistryUrlRules.access(first) : null;
        String shownUrl = fromUrl == null ? first : fromUrl.url();
        RegistryAuth auth = RegistryAuth.NONE;
        String username = null;
        if (token != null && !token.isEmpty() && (bearerSource == null || bearerSource.equals("STATIC_TOKEN"))) {
            auth = RegistryAuth.BEARER;
            secrets.put(Secrets.REGISTRY_TOKEN, token);
        } else if (bearerSource != null) {
            notes.add("bearer.auth.credentials.source=" + bearerSource + " has no field: give the registry a token"
                    + " or a login in the profile.");
        }
        String login = null;
        if (auth == RegistryAuth.NONE) {
            if ("SASL_INHERIT".equals(source)) {
                username = sasl == null ? null : sasl.username();
                login = kafkaSecrets.get(Secrets.SASL_PASSWORD).orElse(null);
                auth = username == null ? RegistryAuth.NONE : RegistryAuth.BASIC;
                if (username == null) {
                    notes.add("basic.auth.credentials.source=SASL_INHERIT, but the file has no SASL user to inherit.");
                }
            } else if (userInfo != null && !"URL".equals(source)) {
                int colon = userInfo.indexOf(':');
                username = colon < 0 ? userInfo : userInfo.substring(0, colon);
                login = colon < 0 ? null : userInfo.substring(colon + 1);
                auth = RegistryAuth.BASIC;
            } else if (fromUrl != null && fromUrl.username() != null) {
                username = fromUrl.username();
                login = fromUrl.password();
                auth = RegistryAuth.BASIC;
            }
        }
        if (login != null && !login.isEmpty()) {
            secrets.put(Secrets.REGISTRY_PASSWORD, login);
        }
        String caFile = null;
        if (trust != null && "PEM".equals(trustType)) {
            caFile = trust;
        } else if (trust != null) {
            notes.add("The registry's trust store " + trust + " is not a PEM file: choose a PEM file of its CAs.");
        }
        rest.keySet().forEach(key -> notes.add(key + " has no field for the schema registry: left out."));
        return new Imported(new SchemaRegistrySettings(shownUrl, auth, username, caFile), secrets, notes);
    }

    /** What a file says of the registry: properties (no secret among them), and comments on what to add by hand. */
    public record Exported(Map<String, String> properties, List<String> comments) {
    }

    /** {@code settings} for the file, without secrets: a comment says where the password or token goes. */
    public static Exported export(SchemaRegistrySettings settings) {
        Map<String, String> lines = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        if (!settings.configured()) {
            return new Exported(lines, comments);
        }
        lines.put(URL, settings.url().trim());
        if (settings.auth() == RegistryAuth.BASIC) {
            lines.put(CREDENTIALS_SOURCE, "USER_INFO");
            String user = settings.username() == null ? "USER" : settings.username();
            comments.add("Add " + USER_INFO + "=" + user + ":PASSWORD with the schema registry's password.");
        } else if (settings.auth() == RegistryAuth.BEARER) {
            lines.put(BEARER_SOURCE, "STATIC_TOKEN");
            comments.add("Add " + BEARER_TOKEN + "=TOKEN with the schema registry's token.");
        }
        if (settings.caFile() != null && !settings.caFile().isBlank()) {
            lines.put(TRUST_LOCATION, settings.caFile());
            lines.put(TRUST_TYPE, "PEM");
        }
        return new Exported(lines, comments);
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }
}
