package dev.kafkaexplorer.kafka;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.TopicConfig;

/** Checks the topic configs typed into the create-topic dialog. */
public final class TopicConfigRules {

    /** Shown in place of a value to mean "leave the broker's default". */
    public static final String BROKER_DEFAULT = "(broker default)";

    /** The verdict on one field: valid or not, and a message that explains or confirms. */
    public record Check(boolean valid, String message) {
    }

    /** Every topic config this client knows, read from {@link TopicConfig}'s constants. */
    public static final Set<String> KNOWN_KEYS = Arrays.stream(TopicConfig.class.getFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && f.getName().endsWith("_CONFIG"))
            .map(TopicConfigRules::constant)
            .collect(Collectors.toUnmodifiableSet());

    private TopicConfigRules() {
    }

    private static String constant(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty means the broker default; otherwise milliseconds, or -1 for "keep forever". */
    public static Check checkRetentionMs(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return new Check(true, "");
        }
        long ms;
        try {
            ms = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return new Check(false, "Milliseconds as a whole number, or -1 to keep records forever");
        }
        if (ms < -1) {
            return new Check(false, "Must be -1 (forever) or 0 and above");
        }
        return new Check(true, ms == -1 ? "= keep forever" : "= " + human(Duration.ofMillis(ms)));
    }

    /**
     * One {@code key=value} a line; blank lines and lines starting with '#' are skipped. Keys set
     * by their own fields ({@code fixedKeys}) may not repeat here, so no value silently wins.
     */
    public static Check checkExtraConfigs(String text, Set<String> fixedKeys) {
        if (text == null || text.isBlank()) {
            return new Check(true, "");
        }
        Set<String> seen = new java.util.HashSet<>();
        StringBuilder unknown = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = "Line " + (i + 1) + ": ";
            if (eq <= 0) {
                return new Check(false, where + "write key=value, e.g. max.message.bytes=2097152");
            }
            String key = line.substring(0, eq).trim();
            if (line.substring(eq + 1).trim().isEmpty()) {
                return new Check(false, where + "'" + key + "' needs a value");
            }
            if (!seen.add(key)) {
                return new Check(false, where + "'" + key + "' is set twice");
            }
            if (fixedKeys.contains(key)) {
                return new Check(false, where + "'" + key + "' is already set above");
            }
            if (!KNOWN_KEYS.contains(key)) {
                unknown.append(unknown.length() == 0 ? "" : ", ").append(key);
            }
        }
        // The broker has the last word on unknown keys: a newer broker may know configs we do not.
        return new Check(true, unknown.length() == 0 ? "" : "Not a known topic config: " + unknown + " (the broker decides)");
    }

    /** The {@code key=value} lines as a map; call only after {@link #checkExtraConfigs} passed. */
    public static Map<String, String> parseExtraConfigs(String text) {
        Map<String, String> configs = new LinkedHashMap<>();
        if (text == null) {
            return configs;
        }
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            int eq = line.indexOf('=');
            if (line.isEmpty() || line.startsWith("#") || eq <= 0) {
                continue;
            }
            configs.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        return configs;
    }

    /** A duration in the largest whole unit, e.g. "1 day", "90 min", "1500 ms". */
    public static String human(Duration d) {
        if (d.isZero()) {
            return "0 ms";
        }
        if (d.toMillis() % 86_400_000L == 0) {
            long days = d.toDays();
            return days + (days == 1 ? " day" : " days");
        }
        if (d.toMillis() % 3_600_000L == 0) {
            return d.toHours() + " h";
        }
        if (d.toMillis() % 60_000L == 0) {
            return d.toMinutes() + " min";
        }
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + " s";
        }
        return d.toMillis() + " ms";
    }
}
