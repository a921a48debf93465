package dev.kafkaexplorer.format;

import dev.kafkaexplorer.kafka.consume.Previews;
import java.nio.charset.StandardCharsets;

/**
 * Bytes shown as the app always showed bytes it knows nothing about (Auto without a schema, and
 * the bytes under a failed decode): JSON as written, text, or a hex dump; one-line previews are
 * {@link Previews#preview}'s. The same rules as the detail pane had before formats existed.
 */
final class RawBytes {

    /** Above this a hex dump would be too long to be useful; the rest is noted as cut (as the detail pane did). */
    static final int HEX_DUMP_BYTES = 64 * 1024;

    static final Decoded NULL = new Decoded("", false, "null", null, null);
    static final Decoded EMPTY = new Decoded("", false, "empty", null, null);

    private RawBytes() {
    }

    /**
     * JSON (an object or array, kept as written: the detail pane pretty-prints it), text, or a hex
     * dump for binary. Work in proportion to the bytes: call it where that is allowed.
     */
    static Decoded decode(byte[] bytes) {
        if (bytes == null) {
            return NULL;
        }
        if (bytes.length == 0) {
            return EMPTY;
        }
        if (looksLikeJsonContainer(bytes) && isJson(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), true, "JSON, " + bytes.length + " bytes", null, null);
        }
        if (Previews.isText(bytes)) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), false, "text, " + bytes.length + " bytes", null, null);
        }
        return new Decoded(Previews.hexDump(bytes, HEX_DUMP_BYTES), false, "binary, " + bytes.length + " bytes", null, null);
    }

    /** The bytes under a decode that failed: shown as {@link #decode} shows them, with the format's kind and the reason. */
    static Decoded failed(byte[] bytes, String kind, SchemaRef schema, String problem) {
        Decoded raw = decode(bytes);
        return new Decoded(raw.text(), raw.json(), kind, schema, problem);
    }

    /** A cheap first look: only text starting with { or [ is parsed, as only objects and arrays were shown as JSON. */
    private static boolean looksLikeJsonContainer(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{' || b == '[';
            }
        }
        return false;
    }

    private static boolean isJson(byte[] bytes) {
        try {
            JsonText.parse(bytes, 0, bytes.length);
            return true;
        } catch (FormatException e) {
            return false;
        }
    }
}
