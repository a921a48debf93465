package dev.kafkaexplorer.kafka.security;

import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Checks one advanced client property, as typed, against the Kafka clients' own config
 * definitions (admin, producer, consumer): a key no client knows is a warning, a value of the
 * wrong type or refused by Kafka's validator an error, and a key that a profile field or the app
 * itself sets a warning that says which one wins. Never repeats the value of a secret key.
 */
public final class AdvancedPropertyCheck {

    /** How serious a finding is: only an {@code ERROR} should keep the profile from being saved. */
    public enum Level { OK, WARNING, ERROR }

    /** What the check found, with the words to show next to the property ({@code ""} when OK). */
    public record Result(Level level, String message) {
        static final Result OK = new Result(Level.OK, "");

        public boolean isError() {
            return level == Level.ERROR;
        }
    }

    private static final Map<String, ConfigDef> CLIENTS = new LinkedHashMap<>();

    static {
        CLIENTS.put("admin", AdminClientConfig.configDef());
        CLIENTS.put("producer", ProducerConfig.configDef());
        CLIENTS.put("consumer", ConsumerConfig.configDef());
    }

    /** Keys that the security fields above set; an advanced value overrides them. */
    private static final Set<String> SECURITY_FIELDS = Set.of("security.protocol", "sasl.mechanism",
            "sasl.jaas.config", "sasl.login.callback.handler.class", "sasl.client.callback.handler.class",
            "sasl.oauthbearer.token.endpoint.url", "sasl.kerberos.service.name", "ssl.truststore.type",
            "ssl.truststore.location", "ssl.truststore.password", "ssl.keystore.type", "ssl.keystore.location",
            "ssl.keystore.password", "ssl.key.password", "ssl.keystore.certificate.chain", "ssl.keystore.key",
            "ssl.endpoint.identification.algorithm");

    /** Keys the app sets for some of its clients, over the profile's (decision record 0029). */
    private static final Set<String> SET_BY_THE_APP = Set.of("key.serializer", "value.serializer",
            "key.deserializer", "value.deserializer", "client.id", "group.id", "enable.auto.commit",
            "auto.offset.reset", "acks", "enable.idempotence", "linger.ms", "batch.size", "compression.type",
            "max.poll.records", "request.timeout.ms", "default.api.timeout.ms", "delivery.timeout.ms", "max.block.ms");

    private AdvancedPropertyCheck() {
    }

    /** The finding for {@code key = value}, both as typed. */
    public static Result check(String key, String value) {
        String k = key == null ? "" : key.trim();
        String v = value == null ? "" : value;
        if (k.isEmpty()) {
            return new Result(Level.ERROR, "The property needs a name.");
        }
        if (k.equals("bootstrap.servers")) {
            return new Result(Level.WARNING, "The profile's bootstrap servers field wins: this line is not used.");
        }
        boolean known = false;
        for (Map.Entry<String, ConfigDef> client : CLIENTS.entrySet()) {
            ConfigDef.ConfigKey definition = client.getValue().configKeys().get(k);
            if (definition != null) {
                known = true;
                String problem = problem(definition, v);
                if (problem != null) {
                    return new Result(Level.ERROR, problem);
                }
            }
        }
        if (!known) {
            String close = closest(k);
            return new Result(Level.WARNING, "Kafka's clients do not know " + k + (close == null ? "" : " (did you mean "
                    + close + "?)") + "; it is passed on as it is.");
        }
        if (SECURITY_FIELDS.contains(k)) {
            return new Result(Level.WARNING, "This overrides what the security settings above set for " + k + ".");
        }
        if (SET_BY_THE_APP.contains(k)) {
            return new Result(Level.WARNING, "The app sets " + k + " itself for some of its clients"
                    + " (the producer panel, the live table): there this value is not used.");
        }
        return Result.OK;
    }

    /** Each property of {@code advanced} with its finding, in the map's order. */
    public static Map<String, Result> checkAll(Map<String, String> advanced) {
        Map<String, Result> results = new LinkedHashMap<>();
        advanced.forEach((k, v) -> results.put(k, check(k, v)));
        return results;
    }

    private static String problem(ConfigDef.ConfigKey definition, String value) {
        Object parsed;
        try {
            parsed = ConfigDef.parseType(definition.name, value, definition.type);
        } catch (ConfigException e) {
            return definition.name + " " + typeWords(definition.type) + ".";
        }
        if (definition.validator == null) {
            return null;
        }
        try {
            definition.validator.ensureValid(definition.name, parsed);
            return null;
        } catch (ConfigException | IllegalArgumentException e) {
            if (ClusterAccess.isSecret(definition.name)) {
                return "Kafka does not accept this value for " + definition.name + ".";
            }
            return "Kafka does not accept this value for " + definition.name + ": " + reason(e.getMessage());
        }
    }

    private static String typeWords(ConfigDef.Type type) {
        return switch (type) {
            case BOOLEAN -> "must be true or false";
            case INT, SHORT, LONG -> "must be a whole number" + (type == ConfigDef.Type.LONG ? "" : " (up to "
                    + (type == ConfigDef.Type.INT ? Integer.MAX_VALUE : Short.MAX_VALUE) + ")");
            case DOUBLE -> "must be a number";
            case CLASS -> "must name a class the app has (a plugin's jar is not on its class path)";
            case LIST -> "must be a comma-separated list";
            default -> "has a value Kafka cannot read";
        };
    }

    /** The validator's own words, without Kafka's "Invalid value X for configuration Y:" prefix. */
    private static String reason(String message) {
        if (message == null) {
            return "it is not valid.";
        }
        int colon = message.startsWith("Invalid value ") ? message.indexOf(": ") : -1;
        String words = colon >= 0 ? message.substring(colon + 2) : message;
        return words.endsWith(".") ? words : words + ".";
    }

    private static String closest(String key) {
        String best = null;
        int bestDistance = 3;
        for (ConfigDef def : CLIENTS.values()) {
            for (String name : def.names()) {
                int d = distance(key.toLowerCase(Locale.ROOT), name);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = name;
                }
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
