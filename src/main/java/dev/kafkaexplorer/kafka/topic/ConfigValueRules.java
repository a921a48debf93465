package dev.kafkaexplorer.kafka.topic;

import dev.kafkaexplorer.kafka.TopicConfigRules.Check;
import dev.kafkaexplorer.kafka.TopicConfigRules;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks a new value for a topic config as it is typed, by the type the broker gives for it.
 * The broker has the last word (allowed strings, ranges); this catches what is plainly wrong.
 */
public final class ConfigValueRules {

    private ConfigValueRules() {
    }

    public static Check check(TopicConfigValue config, String text) {
        String value = text == null ? "" : text.trim();
        if (config.readOnly()) {
            return new Check(false, "'" + config.name() + "' cannot be changed on a topic");
        }
        if (value.isEmpty()) {
            return new Check(false, "Type a value, or use “Reset to default” to drop the topic's own value");
        }
        return switch (config.type()) {
            case "BOOLEAN" -> value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
                    ? new Check(true, "") : new Check(false, "true or false");
            case "INT", "SHORT" -> whole(config.name(), value, config.type().equals("INT") ? Integer.MAX_VALUE : Short.MAX_VALUE,
                    config.type().equals("INT") ? Integer.MIN_VALUE : Short.MIN_VALUE);
            case "LONG" -> whole(config.name(), value, Long.MAX_VALUE, Long.MIN_VALUE);
            case "DOUBLE" -> decimal(value);
            default -> new Check(true, "");
        };
    }

    private static Check whole(String name, String value, long max, long min) {
        long n;
        try {
            n = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return new Check(false, "A whole number" + (name.endsWith(".ms") ? " of milliseconds" : "")
                    + (name.startsWith("retention.") ? ", or -1 for no limit" : ""));
        }
        if (n > max || n < min) {
            return new Check(false, "Must be between " + min + " and " + max);
        }
        if (name.endsWith(".ms") && n > 0) {
            return new Check(true, "= " + TopicConfigRules.human(Duration.ofMillis(n)));
        }
        if (name.endsWith(".bytes") && n > 0) {
            return new Check(true, "= " + bytes(n));
        }
        if (n == -1 && name.startsWith("retention.")) {
            return new Check(true, "= no limit");
        }
        return new Check(true, "");
    }

    private static Check decimal(String value) {
        try {
            Double.parseDouble(value);
            return new Check(true, "");
        } catch (NumberFormatException e) {
            return new Check(false, "A number, e.g. 0.5");
        }
    }

    /** A byte count in the largest binary unit that keeps it readable: "1.5 MiB". */
    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double v = n;
        int unit = -1;
        while (v >= 1024 && unit < units.length - 1) {
            v /= 1024;
            unit++;
        }
        return (v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v)) + " " + units[unit];
    }
}
