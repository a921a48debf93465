package dev.kafkaexplorer.kafka.security;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;

/**
 * Writes a profile as a Kafka client {@code .properties} file, without its secrets: passwords and
 * client secrets are left out (a {@code #} comment names them) and JAAS configs are written
 * without their secret options, so the file can be shared and the secrets added by hand.
 */
public final class ClientPropertiesExport {

    private ClientPropertiesExport() {
    }

    /**
     * The file's text: ASCII only (as Kafka's tools read it, other characters as {@code \\u}
     * escapes). {@code bootstrapServers} may be null. Of {@code secrets}, only the names are
     * written (in a comment), and a secret advanced JAAS config is written without its secret
     * options; no secret value is ever written.
     *
     * @throws IllegalArgumentException when a field the settings need is blank, in words
     */
    public static String export(String profileName, String bootstrapServers, ClientSecurity security,
                                Map<String, String> advanced, Secrets secrets) {
        return export(profileName, bootstrapServers, security, advanced, secrets, Map.of(), List.of());
    }

    /**
     * As {@link #export(String, String, ClientSecurity, Map, Secrets)}, then the schema registry's
     * {@code registry} properties (none of them secret) after {@code registryComments}.
     */
    public static String export(String profileName, String bootstrapServers, ClientSecurity security,
                                Map<String, String> advanced, Secrets secrets, Map<String, String> registry,
                                List<String> registryComments) {
        Map<String, String> props = new LinkedHashMap<>();
        List<String> comments = new ArrayList<>();
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            props.put("bootstrap.servers", bootstrapServers.trim());
        }
        props.put("security.protocol", security.protocol().name);
        if (security.usesSasl()) {
            SecurityProperties.addSasl(props, security.sasl(), Secrets.none(), false);
        }
        if (security.usesTls()) {
            TlsProperties.exportTo(props, security.tls(), comments);
        }
        TreeSet<String> leftOut = new TreeSet<>();
        secrets.values().keySet().forEach(name -> leftOut.add(words(name)));
        advanced.forEach((key, value) -> {
            String k = key.trim();
            if (k.endsWith("jaas.config")) {
                String safe = jaasWithoutSecrets(secrets.get(Secrets.forProperty(k)).orElse(value));
                if (safe == null) {
                    props.remove(k);
                    leftOut.add(k + " (not a JAAS config Kafka reads)");
                } else {
                    props.put(k, safe);
                }
            } else if (ClusterAccess.isSecret(k) || secrets.values().containsKey(Secrets.forProperty(k))) {
                props.remove(k);
                leftOut.add(k);
            } else {
                props.put(k, value == null ? "" : value);
            }
        });

        StringBuilder text = new StringBuilder();
        comment(text, "Kafka client properties of the profile \"" + profileName + "\", written by Kafka Explorer.");
        if (!leftOut.isEmpty()) {
            comment(text, "Secrets are not exported; add them before use: " + String.join("; ", leftOut) + ".");
        }
        comments.forEach(c -> comment(text, c));
        props.forEach((key, value) -> text.append(line(key, value)));
        if (!registry.isEmpty()) {
            comment(text, "The schema registry, as Confluent's serializers take it.");
            registryComments.forEach(c -> comment(text, c));
            registry.forEach((key, value) -> text.append(line(key, value)));
        }
        return text.toString();
    }

    /** The words that say which secret {@code name} is and where it goes in the file. */
    static String words(String name) {
        return switch (name) {
            case Secrets.SASL_PASSWORD -> "the SASL password (password=\"...\" in sasl.jaas.config)";
            case Secrets.OAUTH_CLIENT_SECRET -> "the OAuth client secret (sasl.oauthbearer.client.credentials.client.secret)";
            case Secrets.TRUSTSTORE_PASSWORD, Secrets.KEYSTORE_PASSWORD, Secrets.KEY_PASSWORD -> name;
            case Secrets.REGISTRY_PASSWORD -> "the schema registry's password (basic.auth.user.info)";
            case Secrets.REGISTRY_TOKEN -> "the schema registry's token (bearer.auth.token)";
            default -> {
                String key = name.startsWith(Secrets.forProperty("")) ? name.substring(Secrets.forProperty("").length()) : name;
                yield key.endsWith("jaas.config") ? "the password options of " + key : key;
            }
        };
    }

    /** {@code jaas} without the options whose names say they are secret; null when Kafka cannot read it. */
    static String jaasWithoutSecrets(String jaas) {
        try {
            AppConfigurationEntry entry = JaasContext.loadClientContext(
                    Map.of("sasl.jaas.config", new Password(jaas))).configurationEntries().get(0);
            Map<String, String> options = new LinkedHashMap<>();
            entry.getOptions().forEach((k, v) -> {
                String name = k.toLowerCase(Locale.ROOT);
                if (!name.contains("pass") && !name.contains("secret")) {
                    options.put(k, String.valueOf(v));
                }
            });
            String flag = entry.getControlFlag().toString().replace("LoginModuleControlFlag: ", "");
            return JaasText.entry(entry.getLoginModuleName(), options).replaceFirst(" required", " " + flag);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void comment(StringBuilder text, String words) {
        // One line of ASCII: a line break in a profile name must not end the comment.
        text.append("# ");
        for (char c : words.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            text.append(c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        text.append('\n');
    }

    /** {@code key=value} and a line break, escaped so that {@link Properties#load} reads them back as they are. */
    static String line(String key, String value) {
        return escape(key, true) + "=" + escape(value, false) + "\n";
    }

    private static String escape(String text, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '=', ':', '#', '!' -> out.append(key || (i == 0 && (c == '#' || c == '!')) ? "\\" : "").append(c);
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
