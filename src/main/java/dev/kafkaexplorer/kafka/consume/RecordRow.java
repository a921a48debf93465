package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.SchemaRef;
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
 *
 * <p>A run with chosen formats (or a schema registry) gives each row its {@link RowDecoding}, one
 * object shared by the run's rows: the previews are then decoded the same lazy way, and a row
 * costs no more memory (the reference fits where the object's alignment left room). Without one,
 * rows read exactly as before.
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
    private final Dropped dropped;
    /** The run's decoding; null when the run reads the bytes as they are. */
    private final RowDecoding decoding;
    private final byte flags;

    /** What a row keeps of bytes it does not keep: their previews and the value's schema, made on the consumer thread. */
    private record Dropped(String keyPreview, String valuePreview, SchemaRef valueSchema) {
    }

    private RecordRow(ConsumerRecord<byte[], byte[]> r, RowDecoding decoding) {
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
        this.decoding = decoding;
        // The key is dropped only with the value: one holder for both.
        dropped = retained ? null : new Dropped(keyKept ? null : keyPreview(key, decoding), valuePreview(value, decoding),
                decoding == null ? null : decoding.valueSchema(value));
        flags = (byte) ((key == null ? KEY_IS_NULL : 0) | (retained ? RETAINED : 0));
    }

    /** The row for one record; keeps the bytes only when they are small (memory stays bounded). */
    public static RecordRow of(ConsumerRecord<byte[], byte[]> r) {
        return new RecordRow(r, null);
    }

    /**
     * The row for one record of a run that decodes with {@code decoding} (null: reads the bytes as
     * they are). The record must have been {@linkplain RowDecoding#prepare prepared}.
     */
    public static RecordRow of(ConsumerRecord<byte[], byte[]> r, RowDecoding decoding) {
        return new RecordRow(r, decoding);
    }

    private static String keyPreview(byte[] key, RowDecoding decoding) {
        return decoding == null ? Previews.preview(key, PREVIEW_CHARS) : decoding.keyLine(key, PREVIEW_CHARS);
    }

    private static String valuePreview(byte[] value, RowDecoding decoding) {
        return decoding == null ? Previews.preview(value, PREVIEW_CHARS) : decoding.valueLine(value, PREVIEW_CHARS);
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
        return dropped != null && dropped.keyPreview() != null ? dropped.keyPreview() : keyPreview(keyBytes, decoding);
    }

    /**
     * The value as one line of at most {@link #PREVIEW_CHARS} characters: decoded by the run's
     * formats ("⚠ " and the reason when it could not be), else as {@link Previews#preview} shows bytes.
     */
    public String valuePreview() {
        return dropped != null ? dropped.valuePreview() : valuePreview(valueBytes, decoding);
    }

    /** The registered schema named by the value's header ({@link SchemaRef#columnText()}: the schema column); null when none. */
    public SchemaRef valueSchema() {
        if (dropped != null) {
            return dropped.valueSchema();
        }
        return decoding == null ? null : decoding.valueSchema(valueBytes);
    }

    /** The run's decoding, for the detail pane and export; null when the run read the bytes as they are. */
    public RowDecoding decoding() {
        return decoding;
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
     * kept and are text (or decoded: the decoded text), previews otherwise. Computed on demand so
     * rows do not carry it twice.
     */
    public String searchText() {
        StringBuilder text = new StringBuilder();
        text.append(searchable(keyBytes, dropped == null ? null : dropped.keyPreview(), decoding == null ? null : decoding.key(keyBytes)))
                .append('\n')
                .append(searchable(valueBytes, dropped == null ? null : dropped.valuePreview(), decoding == null ? null : decoding.value(valueBytes)));
        for (HeaderRow h : headers) {
            text.append('\n').append(searchable(h.value(), null, null));
        }
        return text.toString();
    }

    private static String searchable(byte[] bytes, String preview, Decoded decoded) {
        if (decoded != null) {
            return RowDecoding.searchable(decoded);
        }
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
