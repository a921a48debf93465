package dev.kafkaexplorer.kafka.groups;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The date-time and offset typed for a reset: what is taken, and the words for what is not. */
class ResetValueRulesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void dateTimesAreReadInTheUsersZoneUnlessTheyCarryAnOffset() {
        assertThat(ResetValueRules.timestamp("2025-03-01 14:30", BERLIN).value())
                .isEqualTo(Instant.parse("2025-03-01T13:30:00Z").toEpochMilli());
        assertThat(ResetValueRules.timestamp("2025-03-01T14:30:05", BERLIN).value())
                .isEqualTo(Instant.parse("2025-03-01T13:30:05Z").toEpochMilli());
        assertThat(ResetValueRules.timestamp("2025-03-01", BERLIN).value())
                .isEqualTo(Instant.parse("2025-02-28T23:00:00Z").toEpochMilli());
        assertThat(ResetValueRules.timestamp("2025-03-01T14:30:00Z", BERLIN).value())
                .isEqualTo(Instant.parse("2025-03-01T14:30:00Z").toEpochMilli());
        assertThat(ResetValueRules.timestamp("2025-03-01 14:30+02:00", BERLIN).value())
                .isEqualTo(Instant.parse("2025-03-01T12:30:00Z").toEpochMilli());
    }

    @Test
    void whatIsNoDateTimeIsExplained() {
        assertThat(ResetValueRules.timestamp("", BERLIN).error()).startsWith("Enter a date and time");
        assertThat(ResetValueRules.timestamp("yesterday", BERLIN).error())
                .isEqualTo("Not a date and time: 'yesterday'. Use yyyy-MM-dd HH:mm[:ss], e.g. 2025-03-01 14:30");
        assertThat(ResetValueRules.timestamp("2025-02-30 10:00", BERLIN).error())
                .startsWith("Not a real date and time: ").contains("FEBRUARY 30");
    }
}
