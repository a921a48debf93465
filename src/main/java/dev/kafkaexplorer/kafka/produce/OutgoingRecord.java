package dev.kafkaexplorer.kafka.produce;

import dev.kafkaexplorer.fake.GeneratedRecord;
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
 */
public record OutgoingRecord(byte[] key, byte[] value, List<Header> headers) {

    static OutgoingRecord of(GeneratedRecord record) {
        Map<String, byte[]> named = record.headers();
        if (named.isEmpty()) {
            return new OutgoingRecord(record.key(), record.value(), null);
        }
        List<Header> headers = new ArrayList<>(named.size());
        for (Map.Entry<String, byte[]> header : named.entrySet()) {
            headers.add(new RecordHeader(header.getKey(), header.getValue()));
        }
        return new OutgoingRecord(record.key(), record.value(), headers);
    }
}
