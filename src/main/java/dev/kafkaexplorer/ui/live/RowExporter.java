package dev.kafkaexplorer.ui.live;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kafkaexplorer.kafka.consume.HeaderRow;
import dev.kafkaexplorer.kafka.consume.Previews;
import dev.kafkaexplorer.kafka.consume.RecordRow;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Writes rows to JSON Lines or CSV. Text keys and values are written as text, binary ones as
 * base64 (with the encoding named), so nothing is lost. Blocking: run it off the FX thread.
 */
public final class RowExporter {

    /** A record's whole key and value. */
    public record WholeRecord(byte[] key, byte[] value) {
    }

    /** The file formats offered. */
    public enum Format { JSON_LINES, CSV }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RowExporter() {
    }

    /**
     * @param reread gives the whole key and value of a row that did not keep them (re-read from the broker)
     * @param written    counts rows written, for a progress display
     */
    public static void export(List<RecordRow> rows, Path file, Format format, Function<RecordRow, WholeRecord> reread,
                              AtomicLong written) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        boolean done = false;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            if (format == Format.CSV) {
                out.write("topic,partition,offset,timestamp,key_encoding,key,value_encoding,value,headers\r\n");
            }
            for (RecordRow row : rows) {
                WholeRecord whole = row.valueRetained() ? new WholeRecord(row.key(), row.value()) : reread.apply(row);
                byte[] key = row.keyIsNull() ? null : whole.key();
                byte[] value = whole.value();
                if (format == Format.JSON_LINES) {
                    writeJsonLine(out, row, key, value);
                } else {
                    writeCsvLine(out, row, key, value);
                }
                written.incrementAndGet();
            }
            done = true;
        } finally {
            // A failed export leaves no half-written file behind.
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeJsonLine(Writer out, RecordRow row, byte[] key, byte[] value) throws IOException {
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("topic", row.topic());
            g.writeNumberField("partition", row.partition());
            g.writeNumberField("offset", row.offset());
            g.writeStringField("timestamp", Instant.ofEpochMilli(row.timestampMs()).toString());
            writeBytes(g, "key", key);
            writeBytes(g, "value", value);
            g.writeObjectFieldStart("headers");
            for (HeaderRow h : row.headers()) {
                g.writeStringField(h.name(), h.value() == null ? null : encode(h.value()));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
    }

    private static void writeBytes(JsonGenerator g, String field, byte[] bytes) throws IOException {
        if (bytes == null) {
            g.writeNullField(field);
            return;
        }
        boolean text = Previews.isText(bytes);
        g.writeStringField(field + "Encoding", text ? "utf8" : "base64");
        g.writeStringField(field, encode(bytes));
    }

    private static String encode(byte[] bytes) {
        return Previews.isText(bytes) ? new String(bytes, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(bytes);
    }

    private static void writeCsvLine(Writer out, RecordRow row, byte[] key, byte[] value) throws IOException {
        StringWriter headers = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(headers)) {
            g.writeStartObject();
            for (HeaderRow h : row.headers()) {
                g.writeStringField(h.name(), h.value() == null ? null : encode(h.value()));
            }
            g.writeEndObject();
        }
        out.write(String.join(",", csv(row.topic()), String.valueOf(row.partition()), String.valueOf(row.offset()),
                csv(Instant.ofEpochMilli(row.timestampMs()).toString()),
                key == null ? "null" : Previews.isText(key) ? "utf8" : "base64", key == null ? "" : csv(encode(key)),
                value == null ? "null" : Previews.isText(value) ? "utf8" : "base64", value == null ? "" : csv(encode(value)),
                csv(headers.toString())));
        out.write("\r\n");
    }

    /** RFC 4180: quote every field that holds a comma, quote or line break; double inner quotes. */
    static String csv(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
