package dev.kafkaexplorer.kafka;

import java.util.Optional;

/** Checks a bootstrap-servers list ({@code host:port[,host:port...]}) as the user types it. */
public final class BootstrapServersRules {

    private BootstrapServersRules() {
    }

    /** Returns the reason the text is not a usable bootstrap list, or empty when it is. */
    public static Optional<String> check(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the cluster's bootstrap servers as host:port[,host:port…], e.g. localhost:9092");
        }
        for (String raw : text.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                return Optional.of("Empty entry in the list: remove the extra comma");
            }
            int colon = entry.lastIndexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                return Optional.of("'" + entry + "' needs a port, e.g. " + (colon == 0 ? "localhost" : entry.replace(":", "")) + ":9092");
            }
            String host = entry.substring(0, colon);
            if (host.startsWith("[") != host.endsWith("]")) {
                return Optional.of("'" + entry + "': an IPv6 address goes in brackets, e.g. [::1]:9092");
            }
            if (!host.startsWith("[") && host.contains(":")) {
                return Optional.of("'" + entry + "': an IPv6 address goes in brackets, e.g. [::1]:9092");
            }
            if (host.chars().anyMatch(Character::isWhitespace)) {
                return Optional.of("'" + entry + "' contains a space");
            }
            String port = entry.substring(colon + 1);
            int number;
            try {
                number = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                return Optional.of("'" + port + "' is not a port number");
            }
            if (number < 1 || number > 65535) {
                return Optional.of("Port " + number + " is outside 1–65535");
            }
        }
        return Optional.empty();
    }
}
