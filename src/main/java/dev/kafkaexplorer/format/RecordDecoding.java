package dev.kafkaexplorer.format;

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

    /**
     * The schema named by the value's header, without decoding it (the schema column); null when
     * none. For Auto: the schema Auto reads the value by, null where it would show the bytes as
     * they are (no header, id 0, schema not found or not usable). Only a byte check and a map read.
     */
    SchemaRef valueSchema(byte[] value);

    /** The schema named by the key's header, as {@link #valueSchema}. */
    SchemaRef keySchema(byte[] key);
}
