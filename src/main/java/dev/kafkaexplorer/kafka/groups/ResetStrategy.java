package dev.kafkaexplorer.kafka.groups;

/** Where an offset reset moves a group to. */
public enum ResetStrategy {
    EARLIEST("Earliest"),
    LATEST("Latest"),
    TIMESTAMP("Date and time"),
    OFFSET("Specific offset");

    private final String label;

    ResetStrategy(String label) {
        this.label = label;
    }

    /** Whether the strategy needs a typed value (a date-time or an offset). */
    public boolean needsValue() {
        return this == TIMESTAMP || this == OFFSET;
    }

    @Override
    public String toString() {
        return label;
    }
}
