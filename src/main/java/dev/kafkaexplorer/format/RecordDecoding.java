package dev.kafkaexplorer.format;

import dev.kafkaexplorer.kafka.consume.Previews;

/**
 * How one live run reads keys and values: the chosen key and value formats with the cluster's
 * registry (if any). Made off the FX thread when the run starts; thread-safe.
 *
 * <p>{@link #prepare} runs on the consumer thread for every record and fetches the schemas that
 * record needs (blocking on the registry the first time an id is seen; a missing id is remembered
 * too). After it, {@link #key} and {@link #value} are pure CPU work and never block, so a table
 * cell may call them for the rows it shows. Bytes that come from elsewhere (a record re-read for
 * the detail pane) are prepared first on the worker that reads them.
 */
public interface RecordDecoding {

    /** Fetches what decoding these bytes needs. Never throws: a failure shows on the row when decoded. */
    void prepare(byte[] key, byte[] value);

    Decoded key(byte[] key);

    Decoded value(byte[] value);

    /** The schema named by the value's header, without decoding it (the schema column); null when none. */
    SchemaRef valueSchema(byte[] value);

    /**
     * The key as one table line of at most about {@code maxChars} characters ("…" when cut): for Auto
     * without a schema exactly the preview the table always showed ("(null)", text, "0x…"); else the
     * decoded text with control characters escaped; for a failed decode "(reason) " and the bytes' preview.
     */
    default String keyLine(byte[] key, int maxChars) {
        return Previews.oneLine(key(key).text(), maxChars);
    }

    /** The value as one table line, as {@link #keyLine}. */
    default String valueLine(byte[] value, int maxChars) {
        return Previews.oneLine(value(value).text(), maxChars);
    }
}
