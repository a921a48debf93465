package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.kafka.ClusterAccess;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One live view's reading, copied from the UI before the consumer starts (DESIGN.md §3.6).
 *
 * @param partition one partition to read, or empty for all of the topic's partitions
 * @param groupId   read as a member of this consumer group and commit its offsets; empty (the
 *                  default) reads without any group, so watching never disturbs real consumers
 * @param keyFormat   how the keys are read ({@link RowDecoding}); Auto reads them as the app always did
 * @param valueFormat how the values are read
 */
public record ConsumeRequest(ClusterAccess access, String topic, OptionalInt partition,
                             StartPosition start, Optional<String> groupId,
                             RecordFormat keyFormat, RecordFormat valueFormat) {

    /** Keys and values in the Auto format. */
    public ConsumeRequest(ClusterAccess access, String topic, OptionalInt partition, StartPosition start,
                          Optional<String> groupId) {
        this(access, topic, partition, start, groupId, RecordFormat.AUTO, RecordFormat.AUTO);
    }

    public ConsumeRequest {
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(keyFormat, "keyFormat");
        Objects.requireNonNull(valueFormat, "valueFormat");
    }

    /** The servers alone, for status texts: never the access's properties. */
    public String bootstrapServers() {
        return access.bootstrapServers();
    }
}
