package dev.kafkaexplorer.kafka.consume;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One consumed record, made on the consumer thread, ready to show. The key and value bytes are
 * kept whole only when key + value take at most {@link #RETAIN_BYTES}; otherwise {@link #value()}
 * (and {@link #key()}, if that alone is larger) is null, {@link #valueRetained()} is false, the row
 * keeps a preview cut to {@link #PREVIEW_CHARS} made here, and the detail pane re-reads the record
 * with {@link RecordFetcher}. Byte arrays are shared, not copied: treat them as read-only.
 *
 * <p>The previews of kept bytes are made when asked for, that is when a table cell shows the row:
 * a few dozen rows per frame, not each of the million a second that may stream past unseen. Made
 * here for every record, they were a quarter of the consumer thread's work and a copy of every
 * value for the collector to move while the rows age (DESIGN.md §3.4 departs here, README).
 */
public final class RecordRow {

    public static final int PREVIEW_CHARS = 200;
    public static final int RETAIN_BYTES = 1024;

    private static final byte KEY_IS_NULL = 1;
    private static final byte RETAINED = 2;

    private final String topic;
    private final int partition;
    private final long offset;
    private final long timestampMs;
    private final List<HeaderRow> headers;
    private final int serializedSize;
    /** Null when the record has none, or when it was too large to keep (then its preview is set). */
    private final byte[] keyBytes;
    private final byte[] valueBytes;
    /** Made at once only for bytes not kept; null otherwise. */
    private final String keyPreviewOfDropped;
    private final String valuePreviewOfDropped;
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
        headers = headers(r);
        serializedSize = keySize + valueSize;
        keyBytes = keyKept ? key : null;
        valueBytes = retained ? value : null;
        keyPreviewOfDropped = keyKept ? null : Previews.preview(key, PREVIEW_CHARS);
        valuePreviewOfDropped = retained ? null : Previews.preview(value, PREVIEW_CHARS);
        flags = (byte) ((key == null ? KEY_IS_NULL : 0) | (retained ? RETAINED : 0));
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

    /** The key as one line of at most {@link #PREVIEW_CHARS} characters ({@link Previews#preview}). */
    public String keyPreview() {
        return keyPreviewOfDropped != null ? keyPreviewOfDropped : Previews.preview(keyBytes, PREVIEW_CHARS);
    }

    /** The value as one line of at most {@link #PREVIEW_CHARS} characters ({@link Previews#preview}). */
    public String valuePreview() {
        return valuePreviewOfDropped != null ? valuePreviewOfDropped : Previews.preview(valueBytes, PREVIEW_CHARS);
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
        return keyBytes;
    }

    /** The value's bytes; null for a null value and when they were not kept ({@link #valueRetained()} false). */
    public byte[] value() {
        return valueBytes;
    }

    /**
     * The text the live filter searches: key, value and header values, whole where the bytes were
     * kept and are text, previews otherwise. Computed on demand so rows do not carry it twice.
     */
    public String searchText() {
        StringBuilder text = new StringBuilder();
        text.append(searchable(keyBytes, keyPreviewOfDropped)).append('\n').append(searchable(valueBytes, valuePreviewOfDropped));
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
