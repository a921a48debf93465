package dev.kafkaexplorer.kafka.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** What a row keeps of a record, and what the filter searches. */
class RecordRowTest {

    private static ConsumerRecord<byte[], byte[]> record(byte[] key, byte[] value, RecordHeaders headers) {
        return new ConsumerRecord<>("orders", 2, 41, 1_700_000_000_000L, TimestampType.CREATE_TIME,
                key == null ? -1 : key.length, value == null ? -1 : value.length, key, value, headers, Optional.empty());
    }

    @Test
    void smallRecordsKeepTheirBytes() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        byte[] value = new byte[RecordRow.RETAIN_BYTES - 1];
        RecordRow row = RecordRow.of(record(key, value, new RecordHeaders()));
        assertThat(row.valueRetained()).isTrue();
        assertThat(row.key()).isEqualTo(key);
        assertThat(row.value()).isSameAs(value);
        assertThat(row.serializedSize()).isEqualTo(RecordRow.RETAIN_BYTES);
        assertThat(row.topic()).isEqualTo("orders");
        assertThat(row.partition()).isEqualTo(2);
        assertThat(row.offset()).isEqualTo(41);
        assertThat(row.timestampMs()).isEqualTo(1_700_000_000_000L);
        assertThat(row.headerCount()).isZero();
    }

    @Test
    void keptBytesAreSharedAndTheirPreviewsAreMadeWhenAsked() {
        byte[] key = "customer-7".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{\"id\":7,\"name\":\"Ada\"}".getBytes(StandardCharsets.UTF_8);
        RecordRow row = RecordRow.of(record(key, value, new RecordHeaders()));
        assertThat(row.valueRetained()).isTrue();
        assertThat(row.key()).isSameAs(key);
        assertThat(row.value()).isSameAs(value);
        assertThat(row.keyPreview()).isEqualTo("customer-7");
        assertThat(row.valuePreview()).isEqualTo("{\"id\":7,\"name\":\"Ada\"}");

        byte[] accented = "café\n".getBytes(StandardCharsets.UTF_8);
        byte[] longer = "x".repeat(RecordRow.PREVIEW_CHARS + 1).getBytes(StandardCharsets.UTF_8);
        byte[] binary = {0, 1, 2, (byte) 0xFF};
        assertThat(RecordRow.of(record(null, accented, new RecordHeaders())).valuePreview()).isEqualTo("café\\n");
        assertThat(RecordRow.of(record(null, longer, new RecordHeaders())).valuePreview())
                .isEqualTo("x".repeat(RecordRow.PREVIEW_CHARS) + "…");
        assertThat(RecordRow.of(record(null, binary, new RecordHeaders())).valuePreview()).isEqualTo("0x000102FF");
        RecordRow empty = RecordRow.of(record(null, new byte[0], new RecordHeaders()));
        assertThat(empty.value()).isEmpty();
        assertThat(empty.valuePreview()).isEqualTo("(empty)");
        RecordRow nullValue = RecordRow.of(record(null, null, new RecordHeaders()));
        assertThat(nullValue.value()).isNull();
        assertThat(nullValue.valuePreview()).isEqualTo("(null)");
        assertThat(nullValue.key()).isNull();
        assertThat(nullValue.keyPreview()).isEqualTo("(null)");
        assertThat(nullValue.keyIsNull()).isTrue();
    }

    @Test
    void largeValuesAreDroppedButASmallKeyStays() {
        byte[] key = "k".getBytes(StandardCharsets.UTF_8);
        RecordRow row = RecordRow.of(record(key, new byte[RecordRow.RETAIN_BYTES], new RecordHeaders()));
        assertThat(row.valueRetained()).isFalse();
        assertThat(row.value()).isNull();
        assertThat(row.key()).isEqualTo(key);
        assertThat(row.keyIsNull()).isFalse();
    }

    @Test
    void aLargeKeyIsDroppedTooAndIsNotMistakenForANullKey() {
        RecordRow row = RecordRow.of(record(new byte[2 * RecordRow.RETAIN_BYTES], "v".getBytes(StandardCharsets.UTF_8),
                new RecordHeaders()));
        assertThat(row.key()).isNull();
        assertThat(row.keyIsNull()).isFalse();
        assertThat(row.valueRetained()).isFalse();
        assertThat(row.keyPreview()).startsWith("0x");
    }

    @Test
    void searchTextHoldsKeyValueAndHeaderValues() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader("trace", "abc-123".getBytes(StandardCharsets.UTF_8)));
        headers.add(new RecordHeader("empty", null));
        String longValue = "start " + "y".repeat(600) + " needle at the end";
        RecordRow row = RecordRow.of(record("customer-7".getBytes(StandardCharsets.UTF_8),
                longValue.getBytes(StandardCharsets.UTF_8), headers));
        assertThat(row.valueRetained()).isTrue();
        // The whole retained value is searched, not only the cut preview.
        assertThat(row.searchText()).contains("customer-7", "needle at the end", "abc-123");

        RecordRow large = RecordRow.of(record(null, ("z".repeat(5000) + "needle").getBytes(StandardCharsets.UTF_8),
                new RecordHeaders()));
        assertThat(large.searchText()).contains("(null)", "zzz").doesNotContain("needle");
    }
}
