package dev.kafkaexplorer.ui.live;

import dev.kafkaexplorer.kafka.consume.HeaderRow;
import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import dev.kafkaexplorer.ui.common.BoundedTextArea;
import dev.kafkaexplorer.ui.common.ByteSizes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * What the detail pane shows for one record, formatted off the FX thread: the whole value as text
 * (what Copy takes), the part of it the pane shows, and the value's own bytes (what Save writes).
 */
public record RecordDetail(String metadata, List<HeaderText> headers, String keyText, String keyKind,
                           String valueText, String valueKind, String valueShown, byte[] value) {

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

    /** Formats a record whose key and value bytes are whole (from the row, or re-read from the broker). */
    static RecordDetail of(RecordRow row, byte[] key, byte[] value) {
        String metadata = "Partition " + row.partition() + " · offset " + row.offset() + " · "
                + Instant.ofEpochMilli(row.timestampMs()) + " · " + row.serializedSize() + " bytes · "
                + row.headerCount() + (row.headerCount() == 1 ? " header" : " headers");
        List<HeaderText> headers = row.headers().stream()
                .map(h -> new HeaderText(h.name(), headerValue(h)))
                .toList();
        String[] k = format(key);
        String[] v = format(value);
        String shown = v[0].length() <= SHOWN_CHARS ? v[0] : v[0].substring(0, SHOWN_CHARS);
        return new RecordDetail(metadata, headers, k[0], k[1], v[0], v[1], shown, value);
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
