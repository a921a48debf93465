package dev.kafkaexplorer.kafka.consume;

import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.RecordDecoding;
import dev.kafkaexplorer.format.RecordDecodings;
import dev.kafkaexplorer.format.RecordFormat;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.format.WireFormat;
import dev.kafkaexplorer.registry.SchemaRegistries;
import dev.kafkaexplorer.registry.SchemaRegistry;
import java.util.Objects;

/**
 * How the rows of one live run read their keys and values: the run's {@link RecordDecoding} with
 * the formats it was made for. Every row of the run shares this one object. Thread-safe.
 *
 * <p>Where a side is Auto and its bytes carry no registry header (or the cluster has no registry),
 * {@link #key} and {@link #value} answer null: the row then shows the bytes exactly as the app
 * always did, at the same cost. Null and empty bytes are shown as always too ("(null)", "(empty)").
 */
public final class RowDecoding {

    private final RecordDecoding decoding;
    private final RecordFormat keyFormat;
    private final RecordFormat valueFormat;
    private final boolean registry;

    /** {@code registry}: whether the decoding has a schema registry (Auto then reads framed payloads). */
    public RowDecoding(RecordDecoding decoding, RecordFormat keyFormat, RecordFormat valueFormat, boolean registry) {
        this.decoding = Objects.requireNonNull(decoding, "decoding");
        this.keyFormat = Objects.requireNonNull(keyFormat, "keyFormat");
        this.valueFormat = Objects.requireNonNull(valueFormat, "valueFormat");
        this.registry = registry;
    }

    /**
     * The decoding of the run {@code request} asks for, or null when its formats are Auto and its
     * cluster has no registry: rows then read as they always did, with nothing decoded.
     * Made on the consumer thread (the registry client is made here, without any network call).
     */
    public static RowDecoding forRun(ConsumeRequest request) {
        boolean hasRegistry = request.access().schemaRegistry().isPresent();
        if (!hasRegistry && request.keyFormat() == RecordFormat.AUTO && request.valueFormat() == RecordFormat.AUTO) {
            return null;
        }
        SchemaRegistry registry = request.access().schemaRegistry().map(SchemaRegistries::forAccess).orElse(null);
        return new RowDecoding(RecordDecodings.of(request.keyFormat(), request.valueFormat(), registry),
                request.keyFormat(), request.valueFormat(), registry != null);
    }

    /** Fetches the schemas a record needs: on the consumer thread, before its row is made. May block on the registry. */
    public void prepare(byte[] key, byte[] value) {
        decoding.prepare(key, value);
    }

    /**
     * The key as its format reads it, or null where the row shows the bytes as the app always did:
     * Auto on bytes without a registry header, or whose schema was not found or did not fit (Auto
     * makes no promise about bytes; {@link #keyDetail} has its note why). For the table, the
     * filter and export. Pure CPU once prepared; for Auto on bytes whose schema it would not read
     * by (most Long keys start with the magic byte), only a byte check and a map read: such bytes
     * are not decoded only for the answer to be set aside, each time a cell draws them.
     */
    public Decoded key(byte[] key) {
        if (!decodes(keyFormat, key) || (keyFormat == RecordFormat.AUTO && decoding.keySchema(key) == null)) {
            return null;
        }
        return asRead(keyFormat, decoding.key(key));
    }

    /** The value as its format reads it, or null where the row shows the bytes as always (as {@link #key}). */
    public Decoded value(byte[] value) {
        if (!decodes(valueFormat, value) || (valueFormat == RecordFormat.AUTO && decoding.valueSchema(value) == null)) {
            return null;
        }
        return asRead(valueFormat, decoding.value(value));
    }

    /**
     * The key as the detail pane shows it: also where Auto found no schema, with its note in the
     * kind ("…; schema id 777 could not be read: …"). Null for null and empty bytes and where Auto
     * never looks (no registry, no header).
     */
    public Decoded keyDetail(byte[] key) {
        return decodes(keyFormat, key) ? decoding.key(key) : null;
    }

    /** The value as the detail pane shows it (as {@link #keyDetail}). */
    public Decoded valueDetail(byte[] value) {
        return decodes(valueFormat, value) ? decoding.value(value) : null;
    }

    /** The registered schema the value's header names, or null. */
    public SchemaRef valueSchema(byte[] value) {
        return decodes(valueFormat, value) ? decoding.valueSchema(value) : null;
    }

    /** One table line of the key: decoded, or as {@link Previews#preview} where it reads as always. */
    public String keyLine(byte[] key, int maxChars) {
        Decoded decoded = key(key);
        return decoded == null ? Previews.preview(key, maxChars) : preview(decoded, maxChars);
    }

    /** One table line of the value (as {@link #keyLine}). */
    public String valueLine(byte[] value, int maxChars) {
        Decoded decoded = value(value);
        return decoded == null ? Previews.preview(value, maxChars) : preview(decoded, maxChars);
    }

    private static Decoded asRead(RecordFormat format, Decoded decoded) {
        // Auto makes no promise about bytes: what it read without a schema shows as the bytes always did.
        boolean readAsAlways = format == RecordFormat.AUTO && decoded.schema() == null && !decoded.failed();
        return readAsAlways ? null : decoded;
    }

    public RecordFormat keyFormat() {
        return keyFormat;
    }

    public RecordFormat valueFormat() {
        return valueFormat;
    }

    private boolean decodes(RecordFormat format, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return false;
        }
        return format != RecordFormat.AUTO || (registry && WireFormat.isFramed(bytes));
    }

    /**
     * What a table cell shows of a decoded key or value: its text on one line cut to
     * {@code maxChars}, or for bytes that could not be decoded "⚠ " and the reason.
     */
    public static String preview(Decoded decoded, int maxChars) {
        if (decoded.failed()) {
            return Previews.oneLine("⚠ " + decoded.problem(), maxChars);
        }
        return Previews.oneLine(decoded.text(), maxChars);
    }

    /** What the filter searches of a decoded key or value: its whole text, or the reason it could not be read. */
    static String searchable(Decoded decoded) {
        return decoded.failed() ? "⚠ " + decoded.problem() : decoded.text();
    }
}
