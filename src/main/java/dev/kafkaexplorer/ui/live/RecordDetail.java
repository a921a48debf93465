package dev.kafkaexplorer.ui.live;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.kafkaexplorer.format.Decoded;
import dev.kafkaexplorer.format.SchemaRef;
import dev.kafkaexplorer.kafka.consume.HeaderRow;
import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.kafka.consume.RowDecoding;
import java.io.IOException;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.ByteSizes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the detail pane shows for one record, formatted off the FX thread: the whole value as text
 * (what Copy takes), the part of it the pane shows, and the value's own bytes (what Save writes).
 * Read with the run's formats, the key is its exact value, the value pretty JSON for structured
 * formats, and the kind names the format; bytes that cannot be decoded show as a hex dump, with
 * the reason in {@code problem}.
 *
 * @param schema  the registered schema that decoded the value (or that its header names); null when none
 * @param problem why the key or value could not be decoded, in words; empty when both were
 */
public record RecordDetail(String metadata, List<HeaderText> headers, String keyText, String keyKind,
                           String valueText, String valueKind, String valueShown, byte[] value,
                           SchemaRef schema, String problem) {

    /** One header as text. */
    public record HeaderText(String name, String value) {
    }

    /** Above this a hex dump would be too long to be useful; the rest is noted as cut. */
    static final int HEX_DUMP_BYTES = 64 * 1024;
    /**
     * The most of a value the pane shows: a text area lays out all its text on the FX thread, and
     * megabytes would hold it for seconds (see docs/benchmarks.md, large paste).
     */
    static final int SHOWN_CHARS = BoundedTextArea.DEFAULT_LIMIT;
    /** Decimals as written (an Avro decimal 10.50 stays 10.50), big integers exact. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** Formats a record whose key and value bytes are whole (from the row, or re-read from the broker). */
    static RecordDetail of(RecordRow row, byte[] key, byte[] value) {
        String metadata = "Partition " + row.partition() + " · offset " + row.offset() + " · "
                + Instant.ofEpochMilli(row.timestampMs()) + " · " + row.serializedSize() + " bytes · "
                + row.headerCount() + (row.headerCount() == 1 ? " header" : " headers");
        List<HeaderText> headers = row.headers().stream()
                .map(h -> new HeaderText(h.name(), headerValue(h)))
                .toList();
        RowDecoding decoding = row.decoding();
        Decoded decodedKey = null;
        Decoded decodedValue = null;
        if (decoding != null) {
            // Cached since the row was made; a re-read record may need its schema again. A worker may wait.
            decoding.prepare(key, value);
            decodedKey = decoding.keyDetail(key);
            decodedValue = decoding.valueDetail(value);
        }
        String[] k = decodedKey == null ? format(key) : format(decodedKey, key);
        String[] v = decodedValue == null ? format(value) : format(decodedValue, value);
        String shown = v[0].length() <= SHOWN_CHARS ? v[0] : v[0].substring(0, SHOWN_CHARS);
        SchemaRef schema = decodedValue != null && decodedValue.schema() != null ? decodedValue.schema() : row.valueSchema();
        List<String> problems = new ArrayList<>(2);
        if (decodedKey != null && decodedKey.failed()) {
            problems.add("The key could not be read as " + decoding.keyFormat().label() + ": " + decodedKey.problem());
        }
        if (decodedValue != null && decodedValue.failed()) {
            problems.add("The value could not be read as " + decoding.valueFormat().label() + ": " + decodedValue.problem());
        }
        return new RecordDetail(metadata, headers, k[0], k[1], v[0], v[1], shown, value, schema, String.join("\n", problems));
    }

    /** {text, kind} of decoded bytes: pretty JSON or the exact text; for bytes that could not be decoded, a hex dump. */
    private static String[] format(Decoded decoded, byte[] bytes) {
        if (decoded.failed()) {
            String kind = decoded.kind() == null || decoded.kind().isBlank() ? bytes.length + " bytes" : decoded.kind();
            return new String[] {Previews.hexDump(bytes, HEX_DUMP_BYTES), kind + " · not decoded"};
        }
        String text = decoded.text();
        if (decoded.json()) {
            try {
                text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(text));
            } catch (IOException e) {
                // Shown compact, as the decoder wrote it: still the value, only not indented.
            }
        }
        return new String[] {text, decoded.kind()};
    }

    /** The line naming the value's schema ("Schema: subject orders-value, version 3, id 17"); empty when none. */
    public String schemaLine() {
        return schema == null ? "" : "Schema: " + schema.describe();
    }

    /** Whether the pane shows only the start of the value. */
    public boolean valueCut() {
        return valueShown.length() < valueText.length();
    }

    /** The line under a cut value, saying how much is shown and that Copy and Save take it all; empty when whole. */
    String valueCutNote() {
        if (!valueCut()) {
            return "";
        }
        return "Cut for display: the first " + ByteSizes.grouped(valueShown.length()) + " of "
                + ByteSizes.grouped(valueText.length()) + " characters. Copy and Save take the whole value.";
    }

    private static String headerValue(HeaderRow h) {
        return Previews.preview(h.value(), 1000);
    }

    /** {text, kind}: pretty JSON, text, or a hex dump for binary. */
    private static String[] format(byte[] bytes) {
        if (bytes == null) {
            return new String[] {"", "null"};
        }
        if (bytes.length == 0) {
            return new String[] {"", "empty"};
        }
        var json = Previews.prettyJson(bytes);
        if (json.isPresent()) {
            return new String[] {json.get(), "JSON, " + bytes.length + " bytes"};
        }
        if (Previews.isText(bytes)) {
            return new String[] {new String(bytes, StandardCharsets.UTF_8), "text, " + bytes.length + " bytes"};
        }
        return new String[] {Previews.hexDump(bytes, HEX_DUMP_BYTES), "binary, " + bytes.length + " bytes"};
    }
}
