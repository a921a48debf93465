package dev.kafkaexplorer.kafka.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;

/**
 * The SASL part of a client properties import: {@code sasl.mechanism}, {@code sasl.jaas.config}
 * read with Kafka's own JAAS parser, and the properties each mechanism adds.
 */
final class JaasImport {

    private static final String JAAS = "sasl.jaas.config";

    private JaasImport() {
    }

    /**
     * The SASL settings {@code rest} holds; the properties turned into fields or secrets are
     * removed from it. A JAAS config with options or a login module the profile has no field
     * for stays in {@code rest}, whole, and a note says so (naming options, never values).
     */
    static SaslSettings sasl(Map<String, String> rest, Map<String, String> secrets, List<String> notes) {
        // Kafka's default mechanism is GSSAPI.
        String mechanismText = rest.getOrDefault("sasl.mechanism", "GSSAPI").trim();
        Optional<SaslMechanism> known = SaslMechanism.fromKafkaName(mechanismText);
        if (known.isEmpty()) {
            notes.add("The SASL mechanism " + mechanismText + " has no fields here: its settings are kept as advanced properties.");
            return null;
        }
        SaslMechanism mechanism = known.get();
        rest.remove("sasl.mechanism");
        Map<String, String> options = new LinkedHashMap<>();
        String module = null;
        boolean readable = true;
        if (rest.containsKey(JAAS)) {
            try {
                AppConfigurationEntry entry = JaasContext.loadClientContext(Map.of(JAAS, new Password(rest.get(JAAS))))
                        .configurationEntries().get(0);
                module = entry.getLoginModuleName();
                entry.getOptions().forEach((k, v) -> options.put(k, String.valueOf(v)));
                readable = entry.getControlFlag() == AppConfigurationEntry.LoginModuleControlFlag.REQUIRED;
            } catch (RuntimeException e) {
                // The parser's message may quote the config, password included: not passed on.
                readable = false;
            }
        }
        SaslSettings sasl = switch (mechanism) {
            case PLAIN, SCRAM_SHA_256, SCRAM_SHA_512 -> SaslSettings.password(mechanism, options.get("username"));
            case OAUTHBEARER -> oauth(rest, options, secrets);
            case GSSAPI -> SaslSettings.kerberos(options.get("principal"), options.get("keyTab"),
                    removeTrimmed(rest, "sasl.kerberos.service.name"), null);
            case AWS_MSK_IAM -> {
                if (SecurityProperties.MSK_IAM_HANDLER.equals(trimmed(rest, "sasl.client.callback.handler.class"))) {
                    rest.remove("sasl.client.callback.handler.class");
                }
                yield SaslSettings.mskIam(options.get("awsProfileName"), options.get("awsRoleArn"));
            }
        };
        if (!rest.containsKey(JAAS)) {
            return sasl;
        }
        Set<String> unknown = new TreeSet<>(options.keySet());
        unknown.removeAll(knownOptions(mechanism));
        if (!readable) {
            notes.add("sasl.jaas.config is not one login entry Kafka's parser reads with \"required\": kept, whole, as a secret advanced property.");
        } else if (!expectedModule(mechanism).equals(module)) {
            notes.add("sasl.jaas.config uses the login module " + module + ", not " + expectedModule(mechanism)
                    + ": kept, whole, as a secret advanced property.");
        } else if (!unknown.isEmpty()) {
            notes.add("sasl.jaas.config has options without a field here (" + String.join(", ", unknown)
                    + "): kept, whole, as a secret advanced property.");
        } else {
            rest.remove(JAAS);
            putSecret(secrets, Secrets.SASL_PASSWORD, options.get("password"));
            putSecret(secrets, Secrets.OAUTH_CLIENT_SECRET, options.get("clientSecret"));
        }
        return sasl;
    }

    private static SaslSettings oauth(Map<String, String> rest, Map<String, String> options, Map<String, String> secrets) {
        if (SecurityProperties.OAUTH_LOGIN_HANDLER.equals(trimmed(rest, "sasl.login.callback.handler.class"))) {
            rest.remove("sasl.login.callback.handler.class");
        }
        String endpoint = removeTrimmed(rest, "sasl.oauthbearer.token.endpoint.url");
        // Kafka 4.x also takes the client credentials as properties of their own, which win over
        // the (deprecated) JAAS options, as in Kafka's ConfigOrJaas.
        String clientId = Optional.ofNullable(removeTrimmed(rest, "sasl.oauthbearer.client.credentials.client.id"))
                .orElse(options.get("clientId"));
        String scope = Optional.ofNullable(removeTrimmed(rest, "sasl.oauthbearer.scope")).orElse(options.get("scope"));
        ClientPropertiesImport.moveSecret(rest, "sasl.oauthbearer.client.credentials.client.secret", secrets,
                Secrets.OAUTH_CLIENT_SECRET);
        return SaslSettings.oauth(endpoint, clientId, scope);
    }

    private static Set<String> knownOptions(SaslMechanism mechanism) {
        return switch (mechanism) {
            case PLAIN, SCRAM_SHA_256, SCRAM_SHA_512 -> Set.of("username", "password");
            case OAUTHBEARER -> Set.of("clientId", "clientSecret", "scope");
            case GSSAPI -> Set.of("useKeyTab", "storeKey", "keyTab", "principal", "useTicketCache");
            case AWS_MSK_IAM -> Set.of("awsProfileName", "awsRoleArn");
        };
    }

    private static String expectedModule(SaslMechanism mechanism) {
        return switch (mechanism) {
            case PLAIN -> SecurityProperties.PLAIN_MODULE;
            case SCRAM_SHA_256, SCRAM_SHA_512 -> SecurityProperties.SCRAM_MODULE;
            case OAUTHBEARER -> SecurityProperties.OAUTH_MODULE;
            case GSSAPI -> SecurityProperties.KERBEROS_MODULE;
            case AWS_MSK_IAM -> SecurityProperties.MSK_IAM_MODULE;
        };
    }

    private static void putSecret(Map<String, String> secrets, String name, String value) {
        if (value != null && !value.isEmpty()) {
            secrets.putIfAbsent(name, value);
        }
    }

    private static String trimmed(Map<String, String> rest, String key) {
        String value = rest.get(key);
        return value == null ? null : value.trim();
    }

    private static String removeTrimmed(Map<String, String> rest, String key) {
        String value = rest.remove(key);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
