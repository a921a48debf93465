package dev.kafkaexplorer.kafka.produce;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How one producer run encodes its values, copied from the panel on the FX thread.
 *
 * @param file        the schema file, for the formats that read one; null otherwise
 * @param messageName Protobuf's message to write; null for the file's first (and for other formats)
 * @param subject     where the schema is registered: the topic's subject under TopicNameStrategy
 */
public record ValueSchemaPlan(ProducedValueFormat format, Path file, String messageName, String subject) {

    /** Values sent as the JSON text they are: nothing registered. */
    public static final ValueSchemaPlan JSON_TEXT = new ValueSchemaPlan(ProducedValueFormat.JSON_TEXT, null, null, null);

    public ValueSchemaPlan {
        Objects.requireNonNull(format, "format");
        if (format.fromFile()) {
            Objects.requireNonNull(file, "file");
        }
        if (format.usesRegistry()) {
            Objects.requireNonNull(subject, "subject");
        }
        messageName = messageName == null || messageName.isBlank() ? null : messageName.trim();
    }

    /** The subject of a topic's values under Confluent's default TopicNameStrategy: {@code <topic>-value}. */
    public static String valueSubject(String topic) {
        return topic + "-value";
    }
}
