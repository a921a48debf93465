package dev.kafkaexplorer.ui.send;

import dev.kafkaexplorer.ui.common.NumberRule;
import java.util.Map;
import java.util.OptionalInt;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/** The dialog's partition field, checked as typed against the chosen topic's partitions; blank lets the producer choose. */
final class PartitionInput {

    private final Map<String, Integer> partitionCounts;
    private final ObservableStringValue topic;
    final StringProperty text = new SimpleStringProperty("");
    final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");

    PartitionInput(Map<String, Integer> partitionCounts, ObservableStringValue topic) {
        this.partitionCounts = partitionCounts;
        this.topic = topic;
        text.addListener((obs, old, now) -> check());
        topic.addListener((obs, old, now) -> check());
    }

    void check() {
        Integer count = partitionCounts.get(topic.get().trim());
        hint.set(count == null ? "" : (count == 1 ? "partition 0" : "partitions 0–" + (count - 1))
                + "; blank lets the producer choose");
        // Without a known topic the topic's own message says what to do; a typed partition cannot be checked yet.
        error.set(count == null && !text.get().isBlank() ? "Choose an existing topic first" : rule().error());
    }

    /** The typed partition against the chosen topic's partitions; blank lets the producer choose. */
    private NumberRule.Check rule() {
        int count = partitionCounts.getOrDefault(topic.get().trim(), 0);
        return NumberRule.wholeNumber("Partition").atLeast(0)
                .atMost(Math.max(0, count - 1), count == 1 ? "the topic has only partition 0" : "the topic has partitions 0–" + (count - 1))
                .optional("the producer chooses").check(text.get());
    }

    /** The partition to send to, or empty for the producer's choice (also while the typed one is not valid). */
    OptionalInt value() {
        NumberRule.Check check = rule();
        return check.valid() && !check.blank() ? OptionalInt.of(check.intValue()) : OptionalInt.empty();
    }
}
