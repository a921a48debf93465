package dev.kafkaexplorer.kafka.consume;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One consumed record, made on the consumer thread, ready to show. The previews are cut to
 * {@link #PREVIEW_CHARS}. The key and value bytes are kept whole only when key + value take at
 * most {@link #RETAIN_BYTES}; otherwise {@code value} (and {@code key}, if that alone is larger)
 * is null, {@code valueRetained} is false, and the detail pane re-reads the record with
 * {@link RecordFetcher}. Byte arrays are shared, not copied: treat them as read-only.
 *
 * @param serializedSize key plus value bytes, as stored on the broker
 * @param keyIsNull      the record has no key (as opposed to a key that was not kept)
 * @param valueRetained  {@code key} and {@code value} are the record's whole bytes
 */
public record RecordRow(String topic, int partition, long offset, long timestampMs,
                        String keyPreview, String valuePreview, List<HeaderRow> headers,
                        int serializedSize, byte[] key, byte[] value, boolean keyIsNull, boolean valueRetained) {

    public static final int PREVIEW_CHARS = 200;
    public static final int RETAIN_BYTES = 1024;

    public RecordRow {
        headers = List.copyOf(headers);
    }

    public int headerCount() {
        return headers.size();
    }

    /** The row for one record; keeps the bytes only when they are small (memory stays bounded). */
    public static RecordRow of(ConsumerRecord<byte[], byte[]> r) {
        byte[] key = r.key();
        byte[] value = r.value();
        int keySize = key == null ? 0 : key.length;
        int valueSize = value == null ? 0 : value.length;
        boolean retained = keySize + valueSize <= RETAIN_BYTES;
        return new RecordRow(r.topic(), r.partition(), r.offset(), r.timestamp(),
                Previews.preview(key, PREVIEW_CHARS), Previews.preview(value, PREVIEW_CHARS), headers(r),
                keySize + valueSize,
                retained || keySize <= RETAIN_BYTES ? key : null,
                retained ? value : null,
                key == null, retained);
    }

    private static List<HeaderRow> headers(ConsumerRecord<byte[], byte[]> r) {
        Header[] all = r.headers().toArray();
        if (all.length == 0) {
            return List.of();
        }
        List<HeaderRow> rows = new ArrayList<>(all.length);
        for (Header h : all) {
            rows.add(new HeaderRow(h.key(), h.value()));
        }
        return rows;
    }

    /**
     * The text the live filter searches: key, value and header values, whole where the bytes were
     * kept and are text, previews otherwise. Computed on demand so rows do not carry it twice.
     */
    public String searchText() {
        StringBuilder text = new StringBuilder();
        // Bytes not kept are null here, so those parts fall back to their previews.
        text.append(searchable(key, keyPreview)).append('\n').append(searchable(value, valuePreview));
        for (HeaderRow h : headers) {
            text.append('\n').append(searchable(h.value(), null));
        }
        return text.toString();
    }

    private static String searchable(byte[] bytes, String preview) {
        if (bytes != null && Previews.isText(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return preview != null ? preview : Previews.preview(bytes, PREVIEW_CHARS);
    }
}
