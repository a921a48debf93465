package dev.kafkaexplorer.kafka.produce;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One record made by hand: an absent key is a null key, the value is the bytes sent (typed text
 * as UTF-8, or a file's contents as they are), headers keep their order (and may repeat a name),
 * an absent partition lets the producer's partitioner choose.
 */
public record OneRecord(String topic, Optional<String> key, byte[] value, List<Map.Entry<String, String>> headers,
                        OptionalInt partition) {

    public OneRecord {
        headers = List.copyOf(headers);
    }

    /** A record whose value is typed text, sent as UTF-8. */
    public OneRecord(String topic, Optional<String> key, String value, List<Map.Entry<String, String>> headers,
                     OptionalInt partition) {
        this(topic, key, value.getBytes(StandardCharsets.UTF_8), headers, partition);
    }

    // A record compares arrays by identity; two records with the same bytes are the same record.
    @Override
    public boolean equals(Object o) {
        return o instanceof OneRecord r && topic.equals(r.topic) && key.equals(r.key) && Arrays.equals(value, r.value)
                && headers.equals(r.headers) && partition.equals(r.partition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(topic, key, Arrays.hashCode(value), headers, partition);
    }

    @Override
    public String toString() {
        return "OneRecord[topic=" + topic + ", key=" + key + ", value=" + value.length + " bytes, headers=" + headers
                + ", partition=" + partition + "]";
    }
}
