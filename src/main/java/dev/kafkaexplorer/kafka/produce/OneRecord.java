package dev.kafkaexplorer.kafka.produce;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One record typed by hand: an absent key is a null key, headers keep their order (and may
 * repeat a name), an absent partition lets the producer's partitioner choose.
 */
public record OneRecord(String topic, Optional<String> key, String value, List<Map.Entry<String, String>> headers,
                        OptionalInt partition) {

    public OneRecord {
        headers = List.copyOf(headers);
    }
}
