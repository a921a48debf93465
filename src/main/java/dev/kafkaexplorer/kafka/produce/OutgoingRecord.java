package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.fake.GeneratedRecord;
import dev.kafkaexplorer.format.FormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * A generated record in the form {@code KafkaProducer.send} takes, headers included. Made on a
 * generator thread, so the one thread that sends does nothing per record but send.
 *
 * @param headers null when the record has none, as ProducerRecord takes it
 * @param problem why the record cannot be sent (its value does not fit the schema), in words; null
 *                when it can. Such a record is counted as sent and failed, never silently dropped.
 */
public record OutgoingRecord(byte[] key, byte[] value, List<Header> headers, String problem) {

    public OutgoingRecord(byte[] key, byte[] value, List<Header> headers) {
        this(key, value, headers, null);
    }

    static OutgoingRecord of(GeneratedRecord record) {
        return of(record, ValueEncoder.JSON_TEXT);
    }

    /** {@code record} with its value encoded by {@code encoder}, or with the reason it could not be. */
    static OutgoingRecord of(GeneratedRecord record, ValueEncoder encoder) {
        byte[] value;
        String problem = null;
        try {
            value = encoder.encode(record.value());
        } catch (FormatException e) {
            value = record.value();
            problem = e.getMessage();
        }
        Map<String, byte[]> named = record.headers();
        if (named.isEmpty()) {
            return new OutgoingRecord(record.key(), value, null, problem);
        }
        List<Header> headers = new ArrayList<>(named.size());
        for (Map.Entry<String, byte[]> header : named.entrySet()) {
            headers.add(new RecordHeader(header.getKey(), header.getValue()));
        }
        return new OutgoingRecord(record.key(), value, headers, problem);
    }
}
