package dev.kafkaexplorer.kafka;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Kafka's rules for topic names, checked as the user types (mirrors the broker's own checks). */
public final class TopicNameRules {

    public static final int MAX_LENGTH = 249;

    /** The verdict on one name: an error blocks creation, a warning only informs. */
    public record Verdict(Optional<String> error, Optional<String> warning) {
        public boolean valid() {
            return error.isEmpty();
        }

        static Verdict error(String message) {
            return new Verdict(Optional.of(message), Optional.empty());
        }

        static Verdict ok(Optional<String> warning) {
            return new Verdict(Optional.empty(), warning);
        }
    }

    private TopicNameRules() {
    }

    /**
     * Checks {@code name} against Kafka's rules and against {@code existing} topic names: an equal
     * name, or one equal up to '.' versus '_' (the broker refuses that pair), is an error; a name
     * mixing '.' and '_' gets a warning.
     */
    public static Verdict check(String name, Collection<String> existing) {
        if (name == null || name.isEmpty()) {
            return Verdict.error("Enter a topic name: up to " + MAX_LENGTH + " letters, digits, '.', '_' or '-'");
        }
        if (name.equals(".") || name.equals("..")) {
            return Verdict.error("'" + name + "' is not allowed as a topic name");
        }
        if (name.length() > MAX_LENGTH) {
            return Verdict.error("Too long: " + name.length() + " characters, at most " + MAX_LENGTH);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLegal(c)) {
                return Verdict.error("Character " + describe(c) + " at position " + (i + 1)
                        + " is not allowed: use letters a–z, A–Z, digits, '.', '_' and '-'");
            }
        }
        if (existing.contains(name)) {
            return Verdict.error("A topic named '" + name + "' already exists");
        }
        String canonical = collisionKey(name);
        Optional<String> collision = existing.stream()
                .filter(other -> collisionKey(other).equals(canonical))
                .findFirst();
        if (collision.isPresent()) {
            // Kafka refuses such a pair: '.' and '_' map to the same metric names.
            return Verdict.error("Collides with existing topic '" + collision.get()
                    + "': Kafka treats '.' and '_' alike in metric names and refuses the pair");
        }
        Optional<String> warning = name.contains(".") && name.contains("_")
                ? Optional.of("Mixing '.' and '_' may collide with future topic names")
                : Optional.empty();
        return Verdict.ok(warning);
    }

    private static boolean isLegal(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
    }

    private static String describe(char c) {
        if (c == ' ') {
            return "' ' (space)";
        }
        if (Character.isISOControl(c) || Character.isWhitespace(c)) {
            return String.format(Locale.ROOT, "U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private static String collisionKey(String name) {
        return name.replace('.', '_');
    }
}
