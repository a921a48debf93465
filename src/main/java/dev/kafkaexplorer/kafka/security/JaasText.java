package dev.kafkaexplorer.kafka.security;

import java.util.Map;

/**
 * Writes one {@code sasl.jaas.config} entry the way Kafka's JAAS parser reads it back: every value
 * in double quotes, with backslash, quote and line breaks escaped (the parser is a
 * {@link java.io.StreamTokenizer}, which ends a quoted value at a raw line break).
 */
final class JaasText {

    private JaasText() {
    }

    /**
     * {@code module required key="value" ...;} with the options in their given order; options
     * whose value is null are left out (an empty value is written as {@code ""}).
     */
    static String entry(String loginModule, Map<String, String> options) {
        StringBuilder text = new StringBuilder(loginModule).append(" required");
        options.forEach((key, value) -> {
            if (value != null) {
                text.append(' ').append(key).append('=').append(quoted(value));
            }
        });
        return text.append(';').toString();
    }

    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
