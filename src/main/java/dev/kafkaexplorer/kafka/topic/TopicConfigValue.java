package dev.kafkaexplorer.kafka.topic;

/**
 * One config of a topic: its current value and where that value comes from.
 *
 * @param value    the value in force; null when sensitive (the broker does not tell it)
 * @param type     the broker's type for the value (INT, LONG, BOOLEAN, LIST, …), "UNKNOWN" from old brokers
 */
public record TopicConfigValue(String name, String value, ConfigOrigin origin, boolean sensitive, boolean readOnly,
                               String type, String documentation) {

    /** Whether the value is the topic's own (set for this topic) rather than inherited. */
    public boolean overridden() {
        return origin == ConfigOrigin.TOPIC;
    }

    /** The value as the table shows it: sensitive values are masked. */
    public String shownValue() {
        if (sensitive) {
            return "••••••";
        }
        return value == null ? "" : value;
    }
}
