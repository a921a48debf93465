package dev.kafkaexplorer.kafka.consume;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One consumed record, made on the consumer thread, ready to show. The previews are cut to
 * {@link #PREVIEW_CHARS}. The key and value bytes are kept whole only when key + value take at
 * most {@link #RETAIN_BYTES}; otherwise {@link #value()} (and {@link #key()}, if that alone is
 * larger) is null, {@link #valueRetained()} is false, and the detail pane re-reads the record with
 * {@link RecordFetcher}. Byte arrays are shared, not copied: treat them as read-only.
 *
 * <p>A table keeps 100 000 of these while records stream through it, so a row holds no byte twice:
 * when a preview is the whole key or value (printable ASCII within {@link #PREVIEW_CHARS}, the
 * usual short JSON record), the bytes are not kept beside it but given back from the preview. That
 * is four tenths of a typical row, and as much less for the collector to copy while the rows age.
 */
public final class RecordRow {

    public static final int PREVIEW_CHARS = 200;
    public static final int RETAIN_BYTES = 1024;

    private static final byte KEY_IS_NULL = 1;
    private static final byte RETAINED = 2;
    private static final byte KEY_IS_PREVIEW = 4;
    private static final byte VALUE_IS_PREVIEW = 8;

    private final String topic;
    private final int partition;
    private final long offset;
    private final long timestampMs;
    private final String keyPreview;
    private final String valuePreview;
    private final List<HeaderRow> headers;
    private final int serializedSize;
    /** Null when not kept, or when {@link #KEY_IS_PREVIEW} says the preview holds them. */
    private final byte[] keyBytes;
    private final byte[] valueBytes;
    private final byte flags;

    private RecordRow(ConsumerRecord<byte[], byte[]> r) {
        byte[] key = r.key();
        byte[] value = r.value();
        int keySize = key == null ? 0 : key.length;
        int valueSize = value == null ? 0 : value.length;
        boolean retained = keySize + valueSize <= RETAIN_BYTES;
        boolean keyKept = retained || keySize <= RETAIN_BYTES;
        topic = r.topic();
        partition = r.partition();
        offset = r.offset();
        timestampMs = r.timestamp();
        // One scan per field: short printable ASCII (the usual record) is its own preview.
        boolean keyIsAscii = Previews.isWholePrintableAscii(key, PREVIEW_CHARS);
        boolean valueIsAscii = Previews.isWholePrintableAscii(value, PREVIEW_CHARS);
        keyPreview = keyIsAscii ? new String(key, StandardCharsets.ISO_8859_1) : Previews.preview(key, PREVIEW_CHARS);
        valuePreview = valueIsAscii ? new String(value, StandardCharsets.ISO_8859_1) : Previews.preview(value, PREVIEW_CHARS);
        headers = headers(r);
        serializedSize = keySize + valueSize;
        boolean keyIsPreview = keyKept && keyIsAscii;
        boolean valueIsPreview = retained && valueIsAscii;
        keyBytes = keyKept && !keyIsPreview ? key : null;
        valueBytes = retained && !valueIsPreview ? value : null;
        flags = (byte) ((key == null ? KEY_IS_NULL : 0) | (retained ? RETAINED : 0)
                | (keyIsPreview ? KEY_IS_PREVIEW : 0) | (valueIsPreview ? VALUE_IS_PREVIEW : 0));
    }

    /** The row for one record; keeps the bytes only when they are small (memory stays bounded). */
    public static RecordRow of(ConsumerRecord<byte[], byte[]> r) {
        return new RecordRow(r);
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
        return List.copyOf(rows);
    }

    public String topic() {
        return topic;
    }

    public int partition() {
        return partition;
    }

    public long offset() {
        return offset;
    }

    public long timestampMs() {
        return timestampMs;
    }

    public String keyPreview() {
        return keyPreview;
    }

    public String valuePreview() {
        return valuePreview;
    }

    public List<HeaderRow> headers() {
        return headers;
    }

    public int headerCount() {
        return headers.size();
    }

    /** Key plus value bytes, as stored on the broker. */
    public int serializedSize() {
        return serializedSize;
    }

    /** The record has no key (as opposed to a key that was not kept). */
    public boolean keyIsNull() {
        return (flags & KEY_IS_NULL) != 0;
    }

    /** {@link #key()} and {@link #value()} are the record's whole bytes. */
    public boolean valueRetained() {
        return (flags & RETAINED) != 0;
    }

    /** The key's bytes; null for a null key and for a key too large to keep. */
    public byte[] key() {
        return (flags & KEY_IS_PREVIEW) != 0 ? keyPreview.getBytes(StandardCharsets.ISO_8859_1) : keyBytes;
    }

    /** The value's bytes; null for a null value and when they were not kept ({@link #valueRetained()} false). */
    public byte[] value() {
        return (flags & VALUE_IS_PREVIEW) != 0 ? valuePreview.getBytes(StandardCharsets.ISO_8859_1) : valueBytes;
    }

    /**
     * The text the live filter searches: key, value and header values, whole where the bytes were
     * kept and are text, previews otherwise. Computed on demand so rows do not carry it twice.
     */
    public String searchText() {
        StringBuilder text = new StringBuilder();
        // Bytes not kept are null here, so those parts fall back to their previews.
        text.append(searchable(keyBytes, keyPreview)).append('\n').append(searchable(valueBytes, valuePreview));
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

    @Override
    public String toString() {
        return "RecordRow[" + topic + "-" + partition + "@" + offset + "]";
    }
}
