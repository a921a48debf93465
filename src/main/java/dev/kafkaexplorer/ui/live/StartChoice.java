package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.StartPosition;
import dev.kafkaexplorer.ui.common.NumberRule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The start positions offered in the live view, and how each reads its value field. */
public enum StartChoice {
    LATEST("Latest", ""),
    EARLIEST("Earliest", ""),
    LAST_N("Last N per partition", "N, e.g. 100"),
    TIMESTAMP("From timestamp", "2026-11-24T10:15:00 or epoch ms"),
    OFFSET("From offset", "offset, e.g. 0");

    private final String label;
    private final String prompt;

    StartChoice(String label, String prompt) {
        this.label = label;
        this.prompt = prompt;
    }

    public String prompt() {
        return prompt;
    }

    public boolean needsValue() {
        return !prompt.isEmpty();
    }

    @Override
    public String toString() {
        return label;
    }

    /** The rule for a number typed for this choice; null when its value is no plain number (or none). */
    public NumberRule numberRule() {
        return switch (this) {
            case LAST_N -> NumberRule.wholeNumber("Last N").atLeast(1);
            case OFFSET -> NumberRule.wholeNumber("Offset").atLeast(0);
            default -> null;
        };
    }

    /** The position for {@code value}, or an {@link IllegalArgumentException} saying what is wrong. */
    public StartPosition position(String value, ZoneId zone) {
        String v = value == null ? "" : value.trim();
        return switch (this) {
            case LATEST -> new StartPosition.Latest();
            case EARLIEST -> new StartPosition.Earliest();
            case LAST_N -> new StartPosition.LastPerPartition(number(v));
            case OFFSET -> new StartPosition.FromOffset(number(v));
            case TIMESTAMP -> new StartPosition.FromTimestamp(timestamp(v, zone));
        };
    }

    private long number(String v) {
        NumberRule.Check check = numberRule().check(v);
        if (!check.valid()) {
            throw new IllegalArgumentException(check.error());
        }
        return check.longValue();
    }

    private static long timestamp(String v, ZoneId zone) {
        String message = "Timestamp: 2026-11-24T10:15:00 (local time), 2026-11-24T10:15:00Z, or epoch milliseconds";
        if (v.isEmpty()) {
            throw new IllegalArgumentException(message);
        }
        if (v.chars().allMatch(Character::isDigit)) {
            NumberRule.Check epochMillis = NumberRule.wholeNumber("Timestamp").atLeast(0).check(v);
            if (!epochMillis.valid()) {
                throw new IllegalArgumentException(epochMillis.error());
            }
            return epochMillis.longValue();
        }
        try {
            return Instant.parse(v).toEpochMilli();
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDateTime.parse(v).atZone(zone).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(message, e);
            }
        }
    }
}
