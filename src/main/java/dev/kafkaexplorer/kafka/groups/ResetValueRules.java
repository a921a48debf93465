package dev.kafkaexplorer.kafka.groups;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Checks a date-time typed for a reset and turns it into epoch milliseconds (an offset is a plain number: NumberRule). */
public final class ResetValueRules {

    /** The format suggested to the user; ISO forms with 'T' or an offset are taken too. */
    public static final String DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm[:ss]";

    private ResetValueRules() {
    }

    /** A parsed value, or the reason in words why there is none. */
    public record Parsed(long value, String error) {

        public boolean valid() {
            return error.isEmpty();
        }

        static Parsed ok(long value) {
            return new Parsed(value, "");
        }

        static Parsed error(String error) {
            return new Parsed(-1, error);
        }
    }

    /**
     * Epoch milliseconds of a date-time typed as {@code 2025-03-01 14:30[:05]}, {@code 2025-03-01}
     * (midnight), or ISO-8601 with an offset ({@code 2025-03-01T14:30:00Z}); local forms are in {@code zone}.
     */
    public static Parsed timestamp(String text, ZoneId zone) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Parsed.error("Enter a date and time, e.g. 2025-03-01 14:30");
        }
        try {
            if (t.length() == 10) {
                return Parsed.ok(LocalDate.parse(t).atStartOfDay(zone).toInstant().toEpochMilli());
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return Parsed.ok(OffsetDateTime.parse(t.replace(' ', 'T')).toInstant().toEpochMilli());
            }
            return Parsed.ok(LocalDateTime.parse(t.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .atZone(zone).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // A well-formed text naming no real moment (30 February) carries the reason in its cause.
            if (e.getCause() != null) {
                return Parsed.error("Not a real date and time: " + e.getCause().getMessage());
            }
            return Parsed.error("Not a date and time: '" + t + "'. Use " + DATE_TIME_FORMAT + ", e.g. 2025-03-01 14:30");
        } catch (DateTimeException e) {
            return Parsed.error("Not a real date and time: " + e.getMessage());
        }
    }
}
