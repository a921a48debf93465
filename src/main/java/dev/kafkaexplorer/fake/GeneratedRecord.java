package dev.kafkaexplorer.fake;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One generated record, ready to send: the key may be null; headers keep their insertion order. */
public record GeneratedRecord(byte[] key, byte[] value, Map<String, byte[]> headers) {

    public GeneratedRecord {
        Objects.requireNonNull(headers, "headers (use Map.of() for none)");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
